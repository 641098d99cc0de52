import type { THandoutPayload } from '@/lib/payload/schema';

import { createTheme } from '../theme';
import { dirOf } from './direction';
import { el, fragment, type Markup, trusted } from './markup';
import { htmlSection } from './section';
import { htmlStyles } from './styles';

/**
 * The web copy of the PDF's policy, in the file itself: opened from a disk or a mail, it still loads
 * nothing from anywhere and runs nothing. The server adds its own, stricter header (the route).
 */
export const WEB_COPY_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

function clinicHeader(payload: THandoutPayload): Markup {
  const { brand } = payload;
  return el(
    'header',
    { class: 'clinic' },
    // The clinic's name is written beside it: the logo itself says nothing more.
    brand.logo
      ? el('img', {
          src: `data:image/${brand.logo.format === 'png' ? 'png' : 'jpeg'};base64,${brand.logo.data.toString('base64')}`,
          alt: '',
        })
      : null,
    el(
      'div',
      {},
      el('p', { class: 'clinic-name', dir: dirOf(brand.name, payload.direction) }, brand.name),
      brand.contactLines.map((line) =>
        el('p', { class: 'clinic-contact', dir: dirOf(line, payload.direction) }, line),
      ),
    ),
  );
}

function titleBlock(payload: THandoutPayload): Markup {
  const { header, secondary, note } = payload;
  return fragment(
    el('h1', {}, header.title),
    secondary
      ? el('p', { class: 'second-title', lang: secondary.locale, dir: secondary.direction }, secondary.title)
      : null,
    el('p', { class: 'subtitle' }, header.subtitle),
    header.facts.length > 0
      ? el(
          'ul',
          { class: 'facts' },
          header.facts.map((fact) =>
            el(
              'li',
              {},
              el('strong', {}, `${fact.label}: `),
              el('span', { dir: dirOf(fact.value, payload.direction) }, fact.value),
            ),
          ),
        )
      : null,
    note
      ? el(
          'section',
          { class: 'note', 'aria-labelledby': 'note-title' },
          el('h2', { id: 'note-title' }, note.title),
          el('p', { dir: dirOf(note.text, payload.direction) }, note.text),
        )
      : null,
  );
}

/**
 * The accessible web copy: the same payload as the PDF (templates/layout/document.tsx) drawn as one
 * self-contained HTML file. No script, no outside request; the drawings are inline SVG and the logo a
 * data URL. Sections keep the PDF's order; a bilingual handout follows each with its translation.
 */
export function htmlDocument(payload: THandoutPayload): string {
  const { color } = createTheme({
    accentColor: payload.brand.accentColor,
    direction: payload.direction,
    fontFamily: payload.fontFamily,
  });
  const { secondary, footer } = payload;
  const accent = payload.brand.accentColor;
  const sections = payload.sections.map((section, index) => {
    const second = secondary?.sections[index];
    return fragment(
      htmlSection(section, { accent, direction: payload.direction }),
      second && secondary
        ? htmlSection(second, {
            accent,
            direction: payload.direction,
            language: { tag: secondary.locale, direction: secondary.direction, name: secondary.languageName },
          })
        : null,
    );
  });
  const page = el(
    'html',
    { lang: payload.locale, dir: payload.direction },
    el(
      'head',
      {},
      el('meta', { charset: 'utf-8' }),
      el('meta', { 'http-equiv': 'Content-Security-Policy', content: WEB_COPY_CSP }),
      el('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
      el('meta', { name: 'author', content: payload.meta.author }),
      el('title', {}, payload.meta.title),
      el('style', {}, trusted(htmlStyles(color, payload.textSize))),
    ),
    el(
      'body',
      {},
      el(
        'div',
        { class: 'page' },
        clinicHeader(payload),
        el('main', {}, titleBlock(payload), sections),
        el(
          'footer',
          {},
          el('p', { dir: dirOf(footer.clinicLine, payload.direction) }, footer.clinicLine),
          el('p', { class: 'emergency-line' }, footer.emergencyLine),
          el('p', { dir: dirOf(payload.code, payload.direction) }, payload.code),
        ),
      ),
    ),
  );
  return `<!DOCTYPE html>\n${page.html}\n`;
}
