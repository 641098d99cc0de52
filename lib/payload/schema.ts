import { z } from 'zod';

import { ZPaperSchema, ZSectionIdSchema, ZSourceTagSchema, ZTextSizeSchema } from '@/lib/spec/ids';

/** One sentence or bullet the patient reads, with the sources it was written from (never printed). */
export const ZContentItemSchema = z.object({
  key: z.string(),
  text: z.string(),
  sources: z.array(ZSourceTagSchema).min(1),
});
export type TContentItem = z.infer<typeof ZContentItemSchema>;

export const ZIllustrationIdSchema = z.enum([
  'legs-on-couch',
  'legs-on-chair',
  'legs-on-footstool',
  'stomach-over-pillows',
  'stomach-over-1-pillow',
  'stomach-over-3-pillows',
  'back-knee-pillow',
  'back-knee-2-pillows',
  'back-knee-bolster',
  'side-knee-pillow',
  'back-knee-low-back-pillow',
  'leg-lift-start',
  'leg-lift-lift',
  'childs-pose',
  'knee-to-chest',
  'floor-transfer',
  'heat-do',
  'heat-dont',
]);
export type TIllustrationId = z.infer<typeof ZIllustrationIdSchema>;

const ZFigureSchema = z.object({
  illustration: ZIllustrationIdSchema,
  /** Short description of the drawing, for readers who cannot see it. */
  description: z.string(),
  /** A few printed words under the drawing, in the handout language (brief §8). */
  caption: z.string().optional(),
  isCrossedOut: z.boolean().default(false),
});

/** The few layouts a section is made of; the kit draws each one. */
export const ZBlockSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('paragraph'), item: ZContentItemSchema }),
  z.object({
    kind: z.literal('bullets'),
    title: z.string().optional(),
    items: z.array(ZContentItemSchema),
    /** A list of short items may print in two columns; a drawer with one column ignores it. */
    columns: z.literal([1, 2]).default(1),
  }),
  z.object({
    kind: z.literal('steps'),
    title: z.string().optional(),
    items: z.array(ZContentItemSchema),
    keepWithNext: z.boolean().default(false),
  }),
  z.object({
    kind: z.literal('figure'),
    title: z.string(),
    figures: z.array(ZFigureSchema).min(1),
    items: z.array(ZContentItemSchema),
    isNumbered: z.boolean().default(false),
    /** Never printed on another page than the block after it (getting down to the floor, then a floor position). */
    keepWithNext: z.boolean().default(false),
  }),
  z.object({
    kind: z.literal('do-dont'),
    doTitle: z.string(),
    dontTitle: z.string(),
    do: z.array(ZContentItemSchema),
    dont: z.array(ZContentItemSchema),
  }),
  z.object({
    kind: z.literal('callout'),
    tone: z.enum(['note', 'caution', 'urgent', 'emergency']),
    title: z.string(),
    items: z.array(ZContentItemSchema),
    columns: z.literal([1, 2]).default(1),
    /** Printed on the same page as the next block (the legend of the drawing that follows). */
    keepWithNext: z.boolean().default(false),
  }),
  /** A tick chart: one row per daily action, one box per time it is done, for each day. */
  z.object({
    kind: z.literal('tracker'),
    dayLabels: z.array(z.string()).min(1),
    rows: z.array(z.object({ item: ZContentItemSchema, timesPerDay: z.int().min(1).max(8) })),
  }),
]);
export type TBlock = z.infer<typeof ZBlockSchema>;
export type TBlockInput = z.input<typeof ZBlockSchema>;

export const ZSectionPayloadSchema = z.object({
  id: ZSectionIdSchema,
  title: z.string(),
  blocks: z.array(ZBlockSchema),
});
export type TSectionPayload = z.infer<typeof ZSectionPayloadSchema>;

/** Everything the document component needs, already in the patient's language. Pure data. */
export const ZHandoutPayloadSchema = z.object({
  locale: z.string(),
  direction: z.enum(['ltr', 'rtl']),
  paper: ZPaperSchema,
  textSize: ZTextSizeSchema,
  fontFamily: z.array(z.string()).min(1),
  lineBreaking: z.enum(['words', 'cjk']),
  code: z.string(),
  meta: z.object({ title: z.string(), author: z.string(), subject: z.string(), creationDate: z.date() }),
  brand: z.object({
    name: z.string(),
    contactLines: z.array(z.string()),
    accentColor: z.string(),
    logo: z.object({ data: z.instanceof(Buffer), format: z.enum(['png', 'jpg']) }).optional(),
  }),
  header: z.object({
    title: z.string(),
    subtitle: z.string(),
    facts: z.array(z.object({ label: z.string(), value: z.string() })),
  }),
  note: z.object({ title: z.string(), text: z.string() }).optional(),
  sections: z.array(ZSectionPayloadSchema),
  /** A bilingual handout: every section again in a second language, printed below the first. */
  secondary: z
    .object({
      locale: z.string(),
      languageName: z.string(),
      direction: z.enum(['ltr', 'rtl']),
      lineBreaking: z.enum(['words', 'cjk']),
      fontFamily: z.array(z.string()).min(1),
      title: z.string(),
      sections: z.array(ZSectionPayloadSchema),
    })
    .optional(),
  footer: z.object({ clinicLine: z.string(), emergencyLine: z.string(), pageLabel: z.string() }),
});
export type THandoutPayload = z.infer<typeof ZHandoutPayloadSchema>;
