import type { TSectionPayload } from '@/lib/payload/schema';

import { htmlBlock } from './blocks';
import { el, type Markup } from './markup';

interface HtmlSectionOptions {
  accent: string;
  /** The handout's direction (a translation's own is in `language`). */
  direction: 'ltr' | 'rtl';
  /** Set for the second language of a bilingual handout: its tag, direction and name. */
  language?: { tag: string; direction: 'ltr' | 'rtl'; name: string };
}

/**
 * One section as a region named by its heading (a screen reader lists the sections as landmarks).
 * The id on the element, `section-<id>` (or `section-<id>-<tag>`), lets a link jump to it.
 */
export function htmlSection(section: TSectionPayload, options: HtmlSectionOptions): Markup {
  const { language } = options;
  const id = language ? `section-${section.id}-${language.tag}` : `section-${section.id}`;
  return el(
    'section',
    {
      id,
      class: `section${section.id === 'red-flags' ? ' red-flags' : ''}${language ? ' translation' : ''}`,
      'aria-labelledby': `${id}-title`,
      lang: language?.tag,
      dir: language?.direction,
    },
    language ? el('p', { class: 'language-label' }, language.name) : null,
    el('h2', { id: `${id}-title` }, section.title),
    section.blocks.map((block, index) =>
      htmlBlock(block, {
        accent: options.accent,
        direction: language?.direction ?? options.direction,
        id: `${id}-${index}`,
      }),
    ),
  );
}
