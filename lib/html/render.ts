import { prepareHandout } from '@/lib/pdf/prepare';
import { overridesOf, parseSpec, type RenderOptions } from '@/lib/pdf/render';
import { resolveBrandReference } from '@/lib/store/resolve-brand';
import { htmlDocument } from '@/templates/html/document';

export interface RenderedWebCopy {
  html: string;
  code: string;
  /** A download name without patient data (the PDF's, with .html). */
  filename: string;
}

/**
 * Any JSON value -> the accessible web copy of the handout: the same spec validation and the same
 * payload as the PDF (lib/pdf/render.ts), drawn as HTML. Cheap enough for the request thread: no
 * layout, no fonts to embed.
 */
export async function renderHandoutHtml(
  input: unknown,
  options: Pick<RenderOptions, 'overridesFor'> = {},
): Promise<RenderedWebCopy> {
  const spec = parseSpec(await resolveBrandReference(input));
  const { payload, code } = await prepareHandout(spec, await overridesOf(spec, options.overridesFor));
  return { html: htmlDocument(payload), code, filename: `back-spasm-handout-${code}.html` };
}
