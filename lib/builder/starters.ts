import { ZSectionIdSchema } from '@/lib/spec/ids';
import { type THandoutSpecInput, ZHandoutSpecSchema } from '@/lib/spec/schema';

import { type FormState, PLACEHOLDER_BRAND, withSections } from './form-state';
import { forNewPatient } from './new-patient';

/**
 * Built-in starting points: which sections, in which order, with which settings. They start a new
 * handout: the sections are theirs, every per-patient field starts empty, and the clinic, clinician,
 * language, paper and units stay as the therapist set them.
 * tests/unit/builder-starters.test.ts parses each one with the spec schema.
 */
export const STARTERS = [
  {
    id: 'acute-first-visit',
    sections: [
      { id: 'plan' },
      { id: 'what-to-expect' },
      {
        id: 'relief-positions',
        params: { positions: ['legs-on-couch', 'stomach-over-pillows', 'back-knee-pillow'], minutes: 20 },
      },
      { id: 'heat-cold', params: { mode: 'heat-first', heatMinutes: 15, heatTimesPerDay: 3 } },
      { id: 'staying-active', params: { easyDays: 2, walkMinutes: 5, walksPerDay: 4 } },
      { id: 'sleep-positions', params: { positions: ['side-knee-pillow', 'back-knee-pillow'] } },
      { id: 'medicine', params: { mode: 'general' } },
      { id: 'red-flags' },
    ],
  },
  {
    id: 'prevention',
    sections: [
      { id: 'plan' },
      { id: 'about' },
      {
        id: 'stretching',
        params: { stretches: ['childs-pose', 'knee-to-chest'], phase: 'after-worst-pain', holdSeconds: 30 },
      },
      { id: 'leg-lift', params: { start: 'now', reps: 10, holdSeconds: 5 } },
      {
        id: 'staying-active',
        params: { easyDays: 0, walkMinutes: 10, walksPerDay: 3, otherActivities: ['bike'] },
      },
      { id: 'prevention' },
      { id: 'other-care' },
      { id: 'red-flags' },
    ],
  },
  {
    id: 'everything',
    sections: ZSectionIdSchema.options.map((id) => ({ id })),
  },
] as const satisfies readonly { id: string; sections: THandoutSpecInput['sections'] }[];

export type TStarterId = (typeof STARTERS)[number]['id'];

/** A starter's sections parsed by the spec schema (defaults filled), for the form's units. */
export function starterSections(starter: (typeof STARTERS)[number], units: FormState['units']) {
  return ZHandoutSpecSchema.parse({ units, sections: starter.sections, brand: PLACEHOLDER_BRAND }).sections;
}

export function applyStarter(state: FormState, id: TStarterId, today: string): FormState {
  const starter = STARTERS.find((candidate) => candidate.id === id);
  return starter ? withSections(forNewPatient(state, today), starterSections(starter, state.units)) : state;
}
