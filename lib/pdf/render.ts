import { HandoutError, invalidSpec, issuesFromZod } from '@/lib/errors';
import type { TLocale } from '@/lib/i18n/locales';
import type { TBrand } from '@/lib/spec/brand';
import { type THandoutSpec, ZHandoutSpecSchema } from '@/lib/spec/schema';
import { resolveBrandReference } from '@/lib/store/resolve-brand';
import type { TOverrides, TReviewLocale } from '@/lib/translations/schema';

import { drawHandout, type RenderedHandout } from './draw';
import { createRenderPool, type RenderPool } from './pool';
import { heldPool, holdPool } from './pool-holder';
import { renderConfigFromEnv } from './render-config';

export type { RenderedHandout } from './draw';

/** Any JSON value -> a valid spec, or HandoutError('invalid_spec') listing every problem with its path. */
export function parseSpec(input: unknown): THandoutSpec {
  const result = ZHandoutSpecSchema.safeParse(input);
  if (!result.success) throw invalidSpec(issuesFromZod(result.error));
  return result.data;
}

/** What the store tells the render pool at boot: the clinic's languages and its own brand. */
export interface ClinicAtBoot {
  inUse?: readonly TLocale[];
  brand?: TBrand;
}

/**
 * Starts the server's render pool (instrumentation.ts, at boot), configured from the environment, the
 * languages in use and the brand its warm-up prints (lib/pdf/render-config.ts). Idempotent. Until it is
 * started, renders run in the calling thread.
 */
export function startRenderPool({ inUse = [], brand }: ClinicAtBoot = {}): RenderPool {
  return holdPool(() => createRenderPool({ ...renderConfigFromEnv(inUse), warmBrand: brand }));
}

/**
 * The one pipeline behind the preview, the download, the API and the CLI:
 * spec -> payload (content, brand, parameters resolved) -> document -> PDF bytes.
 * In the server it runs on the render pool, which refuses work beyond its queue with
 * HandoutError('overloaded'); the CLI and the tests draw in their own thread.
 */
export async function renderHandout(input: unknown, options: RenderOptions = {}): Promise<RenderedHandout> {
  const spec = parseSpec(await resolveBrandReference(input));
  const overrides = await overridesOf(spec, options.overridesFor);
  const pool = heldPool();
  return pool
    ? pool.render(spec, options.signal, overrides).catch(rethrowInThisBundle)
    : drawHandout(spec, overrides);
}

/** The clinic's corrections of the languages this spec prints (English is the source: never corrected). */
export async function overridesOf(
  spec: THandoutSpec,
  overridesFor: RenderOptions['overridesFor'],
): Promise<TOverrides> {
  const locales = [spec.locale, spec.secondaryLocale].filter(
    (locale): locale is TReviewLocale => locale !== undefined && locale !== 'en',
  );
  return overridesFor && locales.length ? overridesFor(locales) : {};
}

export interface RenderOptions {
  signal?: AbortSignal;
  /**
   * The clinic's corrections of the handout's languages (the server reads them from its store); the CLI
   * and the tests render the shipped text.
   */
  overridesFor?: (locales: TReviewLocale[]) => Promise<TOverrides>;
}

/*
 * The pool was created by instrumentation.ts's bundle, whose HandoutError is another class than the
 * route's: without this, `instanceof HandoutError` fails at the edge and an overload becomes a 500.
 */
function rethrowInThisBundle(error: unknown): never {
  if (error instanceof HandoutError || !(error instanceof Error) || error.name !== 'HandoutError')
    throw error;
  const { code, issues } = error as HandoutError;
  throw new HandoutError(code, error.message, issues, { cause: error.cause });
}
