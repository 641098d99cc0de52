/*
 * librsvg follows references: an <image href="file:///…">, a CSS url() or an XML entity can make it read
 * local files into the rendered logo. Only self-contained SVG passes: internal #fragments and inline
 * raster images. The scan is deliberately blunt (it may refuse an odd but harmless file) because it runs
 * on text, before any parser sees it.
 */

const FORBIDDEN: readonly [RegExp, string][] = [
  [/<!DOCTYPE|<!ENTITY/i, 'declares a DOCTYPE or entities'],
  [/<(?:[\w.-]+:)?script[\s/>]/i, 'contains a script'],
  [/<(?:[\w.-]+:)?foreignObject[\s/>]/i, 'embeds foreign content (foreignObject)'],
  [/<(?:[\w.-]+:)?include[\s/>]/i, 'includes another file'],
  [/[\s"'/](?:[\w.-]+:)?on[\w.:-]*\s*=/i, 'has an event-handler attribute (on…)'],
  [/@import/i, 'imports an external style sheet'],
  // CSS escapes could spell url( in a way the scan below would not see.
  [/\\/, 'uses escape sequences'],
  [/<\?xml[^>]*encoding\s*=\s*["'](?!utf-?8["'])/i, 'is not UTF-8 encoded'],
];

const HREF = /(?:^|[\s"'/])(?:[\w.-]+:)?href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]*))/gi;
const URL_CALL = /url\s*\(\s*["']?\s*([^"')\s]*)/gi;
const SAFE_HREF = /^(?:#|data:image\/(?:png|jpeg|gif|webp)[;,])/i;

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Character references are decoded by the XML parser before CSS or URLs are read, so scan both forms. */
function decodeReferences(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|lt|gt|amp|quot|apos);/gi, (whole, ref: string) => {
    const lower = ref.toLowerCase();
    if (lower in NAMED) return NAMED[lower] ?? whole;
    const code = lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

function problemIn(text: string): string | undefined {
  for (const [pattern, problem] of FORBIDDEN) if (pattern.test(text)) return problem;
  for (const match of text.matchAll(HREF)) {
    const value = (match[1] ?? match[2] ?? match[3] ?? '').trim();
    if (!SAFE_HREF.test(value)) return 'links to an external file or address';
  }
  for (const match of text.matchAll(URL_CALL)) {
    if (!(match[1] ?? '').startsWith('#')) return 'refers to an external resource with url()';
  }
  return undefined;
}

/** Why this SVG cannot be used as a logo, or undefined when it is self-contained and script-free. */
export function unsafeSvgReason(text: string): string | undefined {
  return problemIn(text) ?? problemIn(decodeReferences(text));
}
