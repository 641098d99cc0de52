import { z } from 'zod';

/** Every section a handout can hold, in the default reading order. */
export const ZSectionIdSchema = z.enum([
  'plan',
  'about',
  'what-to-expect',
  'relief-positions',
  'heat-cold',
  'staying-active',
  'stretching',
  'leg-lift',
  'sleep-positions',
  'hydration',
  'medicine',
  'prevention',
  'other-care',
  'tracker',
  'red-flags',
]);
export type TSectionId = z.infer<typeof ZSectionIdSchema>;

export const ZUnitsSchema = z.enum(['imperial', 'metric']);
export type TUnits = z.infer<typeof ZUnitsSchema>;

export const ZPaperSchema = z.enum(['letter', 'a4']);
export type TPaper = z.infer<typeof ZPaperSchema>;

/** Standard print, or large print for readers with low vision (issue 11): its own designed layout. */
export const ZTextSizeSchema = z.enum(['standard', 'large']);
export type TTextSize = z.infer<typeof ZTextSizeSchema>;

/**
 * Where a content item comes from: a seed article (000-004), mainstream clinical consensus (CONS), an
 * editor's default (ED), or text the treating clinician typed for this patient (CLINICIAN). Kept with
 * every item for the clinical owner's audit; never printed.
 */
export const ZSourceTagSchema = z.enum(['000', '001', '002', '003', '004', 'CONS', 'ED', 'CLINICIAN']);
export type TSourceTag = z.infer<typeof ZSourceTagSchema>;
