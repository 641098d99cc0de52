import { z } from 'zod';

import { handoutT } from '@/lib/i18n/server';
import { LOCKED_SECTION, SECTIONS } from '@/templates/registry';
import { LIFT_HEIGHT } from '@/templates/sections/leg-lift';

import { ZSectionIdSchema } from './ids';
import { DEFAULT_SECTIONS } from './schema';

/**
 * The registry as data, for the form to build itself from: each section's parameters as JSON Schema
 * (types, defaults, minimum and maximum), generated from the same zod schemas that validate the spec.
 */
export function describeSections() {
  const t = handoutT('en');
  return ZSectionIdSchema.options.map((id) => ({
    id,
    title: t(`${id}.title`),
    isLocked: id === LOCKED_SECTION,
    isDefault: DEFAULT_SECTIONS.includes(id) || id === LOCKED_SECTION,
    params: z.toJSONSchema(SECTIONS[id].params, { io: 'input', unrepresentable: 'any' }),
    ...(id === 'leg-lift' ? { unitLimits: { liftHeight: LIFT_HEIGHT } } : {}),
  }));
}
