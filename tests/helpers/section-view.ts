import type { TSectionPayload } from '@/lib/payload/schema';

import { payloadOf } from './payload';

const BRAND = { name: 'Test Clinic', phone: '555-0100' };

/**
 * One section as a reader meets it, line by line and in order, without drawing a PDF: the heading, each
 * block's title, its drawings (the description a screen reader speaks, then the printed caption), and its
 * lines, numbered where the page numbers them. Layout that changes no words (columns, tones' colours)
 * is left out, except the tone of a box, which says how urgent it is.
 */
export function sectionView(
  section: { id: string; params?: Record<string, unknown> },
  options: {
    brand?: Record<string, unknown>;
    units?: string;
    others?: { id: string; params?: Record<string, unknown> }[];
  } = {},
): string[] {
  const payload = payloadOf({
    brand: { ...BRAND, ...options.brand },
    ...(options.units ? { units: options.units } : {}),
    sections: [section, ...(options.others ?? [])],
  });
  const found = payload.sections.find((candidate) => candidate.id === section.id);
  if (!found) throw new Error(`no ${section.id} section in the payload`);
  return [`# ${found.title}`, ...found.blocks.flatMap(blockView)];
}

function blockView(block: TSectionPayload['blocks'][number]): string[] {
  switch (block.kind) {
    case 'paragraph':
      return [block.item.text];
    case 'bullets':
      return [...(block.title ? [`## ${block.title}`] : []), ...block.items.map((item) => `- ${item.text}`)];
    case 'steps':
      return [
        ...(block.title ? [`## ${block.title}`] : []),
        ...block.items.map((item, i) => `${i + 1}. ${item.text}`),
      ];
    case 'figure':
      return [
        `## ${block.title}`,
        ...block.figures.map(
          (figure) =>
            `[${figure.isCrossedOut ? 'crossed out: ' : ''}${figure.description}${figure.caption ? ` | ${figure.caption}` : ''}]`,
        ),
        ...block.items.map((item, i) => `${block.isNumbered ? `${i + 1}.` : '-'} ${item.text}`),
      ];
    case 'do-dont':
      return [
        `## ${block.doTitle}`,
        ...block.do.map((item) => `+ ${item.text}`),
        `## ${block.dontTitle}`,
        ...block.dont.map((item) => `x ${item.text}`),
      ];
    case 'callout':
      return [`## (${block.tone}) ${block.title}`, ...block.items.map((item) => `- ${item.text}`)];
    case 'tracker':
      return [
        `## ${block.dayLabels.join(' ')}`,
        ...block.rows.map((row) => `- ${row.item.text} (${row.timesPerDay})`),
      ];
  }
}
