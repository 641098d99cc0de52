import { setImmediate as nextTurn } from 'node:timers/promises';

import { HandoutError } from '@/lib/errors';
import { formatDate } from '@/lib/payload/format';
import type { THandoutPayload } from '@/lib/payload/schema';
import { sectionStrings } from '@/lib/payload/section-strings';
import { MIN_LAST_PAGE_FILL, MIN_PAGE_FILL, pageLimit } from '@/lib/spec/page-budget';
import { perPatientValues } from '@/lib/spec/per-patient';
import type { THandoutSpec } from '@/lib/spec/schema';
import type { TOverrides } from '@/lib/translations/schema';
import { HandoutDocument } from '@/templates/layout/document';
import type { TDensity } from '@/templates/theme';

import { type LaidOut, layOut } from './lay-out';
import { installLayoutCaches } from './layout-caches';
import { type PageFloor, pageFloor } from './page-floor';
import { prepareHandout } from './prepare';
import { withPrivateText } from './private-text';

export interface RenderedHandout {
  pdf: Buffer;
  code: string;
  /** A download name without patient data. */
  filename: string;
}

/** One drawing of the handout, laid out and measured; only the one kept is written. */
type Drawn = LaidOut & { fills: number[] };

async function layOutWithFills(
  payload: THandoutPayload,
  density: TDensity,
  isPartingAllowed = false,
): Promise<Drawn> {
  const fills: number[] = [];
  const laidOut = await layOut(
    HandoutDocument({
      payload,
      density,
      isPartingAllowed,
      onPageFill: (page, fill) => (fills[page - 1] = fill),
    }),
  );
  return { ...laidOut, fills };
}

/** Rules a layout breaks: a page but the last under MIN_PAGE_FILL, a last page under MIN_LAST_PAGE_FILL. */
function fillFaults(fills: number[]): number {
  if (fills.length < 2) return 0;
  const short = fills.slice(0, -1).filter((fill) => fill < MIN_PAGE_FILL).length;
  return short + ((fills.at(-1) ?? 1) < MIN_LAST_PAGE_FILL ? 1 : 0);
}

/** Fewer pages, or as many and fewer broken fill rules; a tie keeps the drawing tried first. */
function isBetter(next: Drawn, best: Drawn): boolean {
  return (
    next.fills.length < best.fills.length ||
    (next.fills.length === best.fills.length && fillFaults(next.fills) < fillFaults(best.fills))
  );
}

/**
 * Issue 11: a last page that holds a few lines is pulled back. When the handout breaks a fill rule or
 * takes more pages than its limit, or is in large print, it is drawn a second time with less air (templates/theme.ts,
 * `compact`: same type, tighter spacing). When both still break a fill rule, a third drawing lets red-flag
 * lists A and B part at the list boundary (each whole, in its own box under its own title): a block of
 * about half a page that may not move leaves the page before it half empty in some languages. The
 * best drawing is kept and written; the others are only laid out (lay-out.ts). Most handouts are laid
 * out once.
 */
async function drawPulledBack(
  payload: THandoutPayload,
  { limit, isLargePrint, floor }: { limit: number; isLargePrint: boolean; floor: PageFloor },
  layOutBlank: (blank: THandoutSpec) => Promise<number>,
): Promise<Buffer> {
  // Every patient's normal drawing of this handout is over the limit (page-floor.ts): the tighter drawing
  // is laid out anyway, and when it takes fewer pages than any normal drawing, the normal one is not.
  const early = floor.isOver(limit) ? await layOutWithFills(payload, 'compact') : undefined;
  let best: Drawn;
  if (early && floor.beats(early.fills.length)) best = early;
  else {
    best = await layOutWithFills(payload, 'normal');
    if (best.fills.length > limit) await floor.learn(best.fills.length, layOutBlank);
    // Large print always tries the tighter drawing: at 18 pt its blocks are up to half a page, and in 9
    // of the 20 languages' first-visit handouts that broke no rule it still saved a page (two in Spanish
    // and Japanese): a sheet of paper and a page less to read, for a second layout of the rarer print size.
    const isWorthTighter = isLargePrint && best.fills.length > 1;
    if (fillFaults(best.fills) > 0 || best.fills.length > limit || isWorthTighter) {
      const compact = early ?? (await layOutWithFills(payload, 'compact'));
      if (isBetter(compact, best)) best = compact;
    }
  }
  if (fillFaults(best.fills) > 0) {
    const parted = await layOutWithFills(payload, 'normal', true);
    if (isBetter(parted, best)) best = parted;
  }
  const pdf = await best.write();
  // react-pdf renders each document in a new React root that stays on React's list of scheduled roots,
  // with its whole tree, until the scheduler's next turn of the event loop takes it off. Renders back to
  // back in one process (the CLI, the tests, a server without workers) never gave it that turn, and
  // every handout drawn stayed in memory (2.4 MB a first-visit handout with a patient name). Upstream
  // text: docs/upstream/react-root-retained.md (related: diegomura/react-pdf#2848).
  await nextTurn();
  return pdf;
}

/**
 * A valid spec with its brand inline -> PDF bytes. The CPU-heavy half of the pipeline: it runs in a
 * render worker (lib/pdf/pool.ts) or, outside the server, in the calling process. No I/O but fonts.
 */
export async function drawHandout(spec: THandoutSpec, overrides: TOverrides = {}): Promise<RenderedHandout> {
  installLayoutCaches();
  const { payload, code } = await prepareHandout(spec, overrides);
  const { names, texts } = perPatientValues(spec);
  const printedDate = spec.patient?.date ? [formatDate(spec.patient.date, spec.locale)] : [];
  // The most pages it may take without the builder's notice (the same limit the builder shows).
  const limit = pageLimit({
    textSize: spec.textSize,
    english: spec.locale === 'en',
    bilingual: spec.secondaryLocale !== undefined,
  });
  try {
    // Every drawing of a pulled-back handout lays out the patient's text: none may keep it. What the
    // sections print for any patient is no piece of it (a note that says "walks" and the tracker's "Walk").
    const shared = [
      ...sectionStrings(payload.sections),
      ...sectionStrings(payload.secondary?.sections ?? []),
    ];
    const floor = pageFloor(spec, overrides);
    const layOutBlank = async (blank: THandoutSpec) =>
      (await layOutWithFills((await prepareHandout(blank, overrides)).payload, 'normal')).fills.length;
    const pdf = await withPrivateText({ names, texts: [...texts, ...printedDate], shared }, () =>
      drawPulledBack(payload, { limit, isLargePrint: spec.textSize === 'large', floor }, layOutBlank),
    );
    return { pdf, code, filename: `back-spasm-handout-${code}.pdf` };
  } catch (error) {
    // The renderer's message can quote document text; keep it out of the error that gets logged.
    throw new HandoutError('render_failed', 'The PDF could not be drawn.', [], { cause: error });
  }
}
