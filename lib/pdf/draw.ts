import { setImmediate as nextTurn } from 'node:timers/promises';

import { renderToBuffer } from '@react-pdf/renderer';

import { HandoutError } from '@/lib/errors';
import { formatDate } from '@/lib/payload/format';
import type { THandoutPayload } from '@/lib/payload/schema';
import { MIN_LAST_PAGE_FILL, MIN_PAGE_FILL } from '@/lib/spec/page-budget';
import { perPatientValues } from '@/lib/spec/per-patient';
import type { THandoutSpec } from '@/lib/spec/schema';
import type { TOverrides } from '@/lib/translations/schema';
import { HandoutDocument } from '@/templates/layout/document';
import type { TDensity } from '@/templates/theme';

import { prepareHandout } from './prepare';
import { withPrivateText } from './private-text';
import { installTextLayoutCache } from './text-cache';

export interface RenderedHandout {
  pdf: Buffer;
  code: string;
  /** A download name without patient data. */
  filename: string;
}

async function drawWithFills(payload: THandoutPayload, density: TDensity) {
  const fills: number[] = [];
  const pdf = await renderToBuffer(
    HandoutDocument({ payload, density, onPageFill: (page, fill) => (fills[page - 1] = fill) }),
  );
  // react-pdf renders each document in a new React root that stays on React's list of scheduled roots,
  // with its whole tree, until the scheduler's next turn of the event loop takes it off. Renders back to
  // back in one process (the CLI, the tests, a server without workers) never gave it that turn, and
  // every handout drawn stayed in memory (about 0.8 MB each).
  await nextTurn();
  return { pdf, fills };
}

/** Rules a layout breaks: a page but the last under MIN_PAGE_FILL, a last page under MIN_LAST_PAGE_FILL. */
function fillFaults(fills: number[]): number {
  if (fills.length < 2) return 0;
  const short = fills.slice(0, -1).filter((fill) => fill < MIN_PAGE_FILL).length;
  return short + ((fills.at(-1) ?? 1) < MIN_LAST_PAGE_FILL ? 1 : 0);
}

/**
 * Issue 11: a last page that holds a few lines is pulled back. When the handout breaks a fill rule it is
 * drawn a second time with less air (templates/theme.ts, `compact`: same type, tighter spacing) and
 * that one is kept if it takes fewer pages, or as many and breaks fewer rules. Most handouts are
 * drawn once.
 */
async function drawPulledBack(payload: THandoutPayload): Promise<Buffer> {
  const normal = await drawWithFills(payload, 'normal');
  const faults = fillFaults(normal.fills);
  if (faults === 0) return normal.pdf;
  const compact = await drawWithFills(payload, 'compact');
  const isBetter =
    compact.fills.length < normal.fills.length ||
    (compact.fills.length === normal.fills.length && fillFaults(compact.fills) < faults);
  return isBetter ? compact.pdf : normal.pdf;
}

/**
 * A valid spec with its brand inline -> PDF bytes. The CPU-heavy half of the pipeline: it runs in a
 * render worker (lib/pdf/pool.ts) or, outside the server, in the calling process. No I/O but fonts.
 */
export async function drawHandout(spec: THandoutSpec, overrides: TOverrides = {}): Promise<RenderedHandout> {
  installTextLayoutCache();
  const { payload, code } = await prepareHandout(spec, overrides);
  const { names, texts } = perPatientValues(spec);
  const printedDate = spec.patient?.date ? [formatDate(spec.patient.date, spec.locale)] : [];
  try {
    // Both drawings of a pulled-back handout lay out the patient's text: neither may keep it.
    const pdf = await withPrivateText({ names, texts: [...texts, ...printedDate] }, () =>
      drawPulledBack(payload),
    );
    return { pdf, code, filename: `back-spasm-handout-${code}.pdf` };
  } catch (error) {
    // The renderer's message can quote document text; keep it out of the error that gets logged.
    throw new HandoutError('render_failed', 'The PDF could not be drawn.', [], { cause: error });
  }
}
