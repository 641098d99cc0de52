import { renderToBuffer } from '@react-pdf/renderer';

import { HandoutError } from '@/lib/errors';
import type { THandoutSpec } from '@/lib/spec/schema';
import type { TOverrides } from '@/lib/translations/schema';
import { HandoutDocument } from '@/templates/layout/document';

import { prepareHandout } from './prepare';

export interface RenderedHandout {
  pdf: Buffer;
  code: string;
  /** A download name without patient data. */
  filename: string;
}

/**
 * A valid spec with its brand inline -> PDF bytes. The CPU-heavy half of the pipeline: it runs in a
 * render worker (lib/pdf/pool.ts) or, outside the server, in the calling process. No I/O but fonts.
 */
export async function drawHandout(spec: THandoutSpec, overrides: TOverrides = {}): Promise<RenderedHandout> {
  const { payload, code } = await prepareHandout(spec, overrides);
  try {
    const pdf = await renderToBuffer(HandoutDocument({ payload }));
    return { pdf, code, filename: `back-spasm-handout-${code}.pdf` };
  } catch (error) {
    // The renderer's message can quote document text; keep it out of the error that gets logged.
    throw new HandoutError('render_failed', 'The PDF could not be drawn.', [], { cause: error });
  }
}
