import { buildPayload } from '@/lib/payload/build';
import type { TContentItem, TSectionPayload } from '@/lib/payload/schema';
import { parseSpec } from '@/lib/pdf/render';

/** The payload of a spec without drawing it: fast enough to sweep many variants. */
export function payloadOf(spec: unknown) {
  return buildPayload(parseSpec(spec), { code: 'TEST', creationDate: new Date(0), fontFamily: ['NotoSans'] });
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
