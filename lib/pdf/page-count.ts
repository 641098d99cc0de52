/**
 * Pages in a PDF react-pdf wrote: each page is one `/Type /Page` dictionary (the tree node is
 * `/Type /Pages`). For the request log, so a render's size is known without reading its content.
 */
export function countPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}
