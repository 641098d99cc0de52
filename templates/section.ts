import type { z } from 'zod';

import type { HandoutKey } from '@/lib/i18n/keys';
import type { HandoutT } from '@/lib/i18n/server';
import type { TBlockInput, TContentItem } from '@/lib/payload/schema';
import type { TBrand } from '@/lib/spec/brand';
import type { TSectionId, TSourceTag, TUnits } from '@/lib/spec/ids';

/** What a section's build step may use: its locale's fixed t, the units and the clinic. */
export interface BuildContext {
  t: HandoutT;
  units: TUnits;
  brand: TBrand;
  /**
   * Every section this handout holds, in order, with its parameters already validated. The plan and the
   * tracker summarise the others, and a few lines depend on what else is taught (a cramp tip names a
   * stretch only when the handout teaches one).
   */
  sections: readonly { id: TSectionId; params: unknown }[];
  /** One patient-facing sentence by key, with the sources it rests on. */
  item: (key: HandoutKey, sources: readonly [TSourceTag, ...TSourceTag[]], values?: object) => TContentItem;
  /** Plain text (titles, labels) by key. */
  text: (key: HandoutKey, values?: object) => string;
  /** A number with its unit in words ("15 minutes"), so each language can inflect the unit. */
  quantity: (unit: 'minute' | 'second' | 'inch' | 'cm', count: number) => string;
}

export interface SpecContext {
  units: TUnits;
}

export interface SectionIssue {
  path: (string | number)[];
  message: string;
}

export interface SectionDefinition<Params extends z.ZodType = z.ZodType, Id extends TSectionId = TSectionId> {
  id: Id;
  /** zod schema of the section's parameters: defaults and hard limits live here and nowhere else. */
  params: Params;
  /** Checks that need the rest of the spec (the units, for example). */
  validate?(params: z.output<Params>, spec: SpecContext): SectionIssue[];
  // Method syntax keeps the registry assignable across sections with different parameter types.
  /** Language-free composition: which items, in which layout, for these parameters. */
  build(params: z.output<Params>, ctx: BuildContext): { title: string; blocks: TBlockInput[] };
  /** How many leading blocks stay on one page with the heading (default 1). Drawn by kit/section-frame. */
  keepWithHeading?: number;
}

export function defineSection<Params extends z.ZodType, const Id extends TSectionId>(
  definition: SectionDefinition<Params, Id>,
) {
  return definition;
}

/**
 * Another section of this handout, if it holds one: its parameters parsed again by its own schema, so
 * the caller gets them fully typed (they were validated with the spec; parsing is idempotent).
 */
export function sectionIn<Params extends z.ZodType>(
  ctx: Pick<BuildContext, 'sections'>,
  definition: { id: TSectionId; params: Params },
): z.output<Params> | undefined {
  const entry = ctx.sections.find((section) => section.id === definition.id);
  return entry ? definition.params.parse(entry.params) : undefined;
}
