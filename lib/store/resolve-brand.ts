import { HandoutError, invalidSpec } from '@/lib/errors';
import type { TBrand } from '@/lib/spec/brand';

import { getStore } from './open';

/** The clinic's default profile as a handout's inline brand, or undefined when it has none. */
export async function defaultBrand(): Promise<TBrand | undefined> {
  const profile = await getStore().brands.getDefault();
  return profile ? getStore().brands.forSpec(profile.id) : undefined;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A spec names its clinic inline (`brand`), by saved profile (`brandId`), or not at all, in which case
 * the default profile is used when there is one. This replaces the reference by the profile itself
 * before the spec is validated, so the rest of the pipeline only ever sees an inline brand.
 */
export async function resolveBrandReference(input: unknown): Promise<unknown> {
  if (!isObject(input)) return input;
  const { brandId, ...rest } = input;
  if (brandId === undefined) {
    if ('brand' in rest) return input;
    const fallback = await defaultBrand();
    return fallback ? { ...rest, brand: fallback } : input;
  }
  if ('brand' in rest)
    throw invalidSpec([{ path: 'brandId', message: 'Give either brand or brandId, not both.' }]);
  if (typeof brandId !== 'string')
    throw invalidSpec([{ path: 'brandId', message: 'brandId must be a text id.' }]);
  try {
    return { ...rest, brand: await getStore().brands.forSpec(brandId) };
  } catch (error) {
    if (error instanceof HandoutError && error.code === 'not_found') {
      throw invalidSpec([{ path: 'brandId', message: 'No clinic profile has this id.' }]);
    }
    throw error;
  }
}
