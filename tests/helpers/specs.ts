import { renderHandout } from '@/lib/pdf/render';

import { pdfText } from './pdf';

export { BRAND, loadSpec, loadSpecFiles, oneSection } from './spec-files';

/** Renders a spec through the real pipeline and returns what a reader of the PDF would see. */
export async function renderText(spec: unknown) {
  const rendered = await renderHandout(spec);
  return { ...rendered, ...(await pdfText(rendered.pdf)) };
}
