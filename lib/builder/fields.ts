import { z } from 'zod';

import type { TSectionId, TUnits } from '@/lib/spec/ids';

/** What the form needs to know about one section; the server passes `describeSections()` output. */
export interface SectionDescription {
  id: TSectionId;
  isLocked: boolean;
  params: unknown;
  unitLimits?: Partial<Record<string, Record<TUnits, { min: number; max: number }>>>;
}

export type TField =
  | { kind: 'number'; name: string; min: number; max: number; unitLimits?: Record<TUnits, TRange> }
  | { kind: 'choice'; name: string; options: string[] }
  | { kind: 'choices'; name: string; options: string[]; minItems: number }
  | { kind: 'toggle'; name: string }
  | { kind: 'text'; name: string; maxLength: number };
type TRange = { min: number; max: number };

// The small part of JSON Schema that the registry's zod schemas produce.
const ZPropertySchema = z.looseObject({
  type: z.string().optional(),
  enum: z.array(z.string()).optional(),
  minimum: z.number().optional(),
  maximum: z.number().optional(),
  maxLength: z.number().optional(),
  minItems: z.number().optional(),
  items: z.looseObject({ enum: z.array(z.string()).optional() }).optional(),
});
const ZObjectSchema = z.looseObject({ properties: z.record(z.string(), ZPropertySchema).default({}) });

function toField(name: string, property: z.infer<typeof ZPropertySchema>, section: SectionDescription) {
  const unitLimits = section.unitLimits?.[name];
  if (property.type === 'integer' || property.type === 'number') {
    const { min, max } = unitLimits?.imperial ?? { min: property.minimum ?? 0, max: property.maximum ?? 0 };
    return { kind: 'number', name, min, max, ...(unitLimits ? { unitLimits } : {}) } satisfies TField;
  }
  if (property.type === 'boolean') return { kind: 'toggle', name } satisfies TField;
  if (property.type === 'array' && property.items?.enum) {
    const minItems = property.minItems ?? 0;
    return { kind: 'choices', name, options: property.items.enum, minItems } satisfies TField;
  }
  if (property.enum) return { kind: 'choice', name, options: property.enum } satisfies TField;
  if (property.type === 'string') {
    return { kind: 'text', name, maxLength: property.maxLength ?? 200 } satisfies TField;
  }
  return undefined;
}

/** The controls for one section, in the order its schema declares its parameters. */
export function fieldsOf(section: SectionDescription): TField[] {
  const parsed = ZObjectSchema.safeParse(section.params);
  if (!parsed.success) return [];
  return Object.entries(parsed.data.properties).flatMap(([name, property]) => {
    const field = toField(name, property, section);
    return field ? [field] : [];
  });
}

export type TFieldMap = Record<TSectionId, TField[]>;

export function fieldMap(sections: readonly SectionDescription[]): TFieldMap {
  return Object.fromEntries(sections.map((section) => [section.id, fieldsOf(section)])) as TFieldMap;
}

/** A number field's limits for the handout's units (the lift height's limits depend on them). */
export function rangeOf(field: Extract<TField, { kind: 'number' }>, units: TUnits): TRange {
  const { min, max } = field.unitLimits?.[units] ?? field;
  return { min, max };
}
