import { buildPayload } from '@/lib/payload/build';
import type { TContentItem, TSectionPayload } from '@/lib/payload/schema';
import { ZHandoutSpecSchema } from '@/lib/spec/schema';

/**
 * The payload of a spec without drawing it: fast enough to sweep many variants. Parsed with the schema
 * itself rather than lib/pdf/render's parseSpec, so that a test using it never loads react-pdf (mutation
 * testing imports every test file again for each mutant).
 */
export function payloadOf(spec: unknown) {
  return buildPayload(ZHandoutSpecSchema.parse(spec), {
    code: 'TEST',
    creationDate: new Date(0),
    fontFamily: ['NotoSans'],
  });
}

export function itemsOf(section: TSectionPayload): TContentItem[] {
  return section.blocks.flatMap((block) => {
    switch (block.kind) {
      case 'paragraph':
        return [block.item];
      case 'do-dont':
        return [...block.do, ...block.dont];
      case 'tracker':
        return block.rows.map((row) => row.item);
      default:
        return block.items;
    }
  });
}

function blockText(block: TSectionPayload['blocks'][number]): string[] {
  switch (block.kind) {
    case 'paragraph':
      return [block.item.text];
    case 'do-dont':
      return [
        block.doTitle,
        ...block.do.map((item) => item.text),
        block.dontTitle,
        ...block.dont.map((item) => item.text),
      ];
    case 'tracker':
      return block.rows.map((row) => row.item.text);
    default:
      return [...(block.title ? [block.title] : []), ...block.items.map((item) => item.text)];
  }
}

/** The words of a payload in reading order, as one string: the PDF's text without drawing it. */
export function payloadText(spec: unknown): string {
  const payload = payloadOf(spec);
  return [
    ...payload.header.facts.map((fact) => `${fact.label}: ${fact.value}`),
    ...(payload.note ? [payload.note.title, payload.note.text] : []),
    ...payload.sections.flatMap((section) => [section.title, ...section.blocks.flatMap(blockText)]),
  ].join(' ');
}
