/**
 * A tiny HTML writer for the web copy. Not react-dom/server: route handlers run under React's
 * react-server condition, where react-dom/server refuses to load. Every string child is escaped;
 * only `Markup` (built here) passes through as it is.
 */
export class Markup {
  constructor(readonly html: string) {}
  toString(): string {
    return this.html;
  }
}

export type Child = Markup | string | number | false | null | undefined | readonly Child[];
export type Attributes = Record<string, string | number | boolean | undefined>;

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
};

/** For text and double-quoted attribute values (every attribute is written in double quotes). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => ESCAPES[char] ?? char);
}

/** Elements without a closing tag. */
const VOID = new Set(['meta', 'img', 'br', 'hr', 'link']);

function attributes(attrs: Attributes): string {
  return Object.entries(attrs)
    .filter(([, value]) => value !== undefined && value !== false)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`))
    .join('');
}

function children(list: readonly Child[]): string {
  return list
    .map((child): string => {
      if (child === null || child === undefined || child === false) return '';
      if (child instanceof Markup) return child.html;
      if (Array.isArray(child)) return children(child);
      return escapeHtml(String(child));
    })
    .join('');
}

/** One element; attribute names are written as given (kebab-case for SVG, e.g. stroke-width). */
export function el(tag: string, attrs: Attributes = {}, ...content: Child[]): Markup {
  const open = `<${tag}${attributes(attrs)}>`;
  return new Markup(VOID.has(tag) ? open : `${open}${children(content)}</${tag}>`);
}

/** Several siblings without a wrapping element. */
export function fragment(...content: Child[]): Markup {
  return new Markup(children(content));
}

/** Trusted text written by this module's callers, never by a user (the style sheet). */
export function trusted(html: string): Markup {
  return new Markup(html);
}
