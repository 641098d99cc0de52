/**
 * The sections a handout can hold. The form, the document, the API and the tests all iterate this.
 *
 * Adding a section:
 *   1. add its id to ZSectionIdSchema (lib/spec/ids.ts), where it also takes its default position;
 *   2. write templates/sections/<id>.ts: its params schema (defaults, hard limits) and its build step;
 *   3. add one line below;
 *   4. add its keys to locales/en/handout.json (title and every item) and to every other locale,
 *      and its form labels to locales/<locale>/ui.json. The parity and render tests tell you what is missing.
 */
import type { z } from 'zod';

import type { TSectionId } from '@/lib/spec/ids';

import type { SectionDefinition } from './section';
import { about } from './sections/about';
import { heatCold } from './sections/heat-cold';
import { hydration } from './sections/hydration';
import { legLift } from './sections/leg-lift';
import { medicine } from './sections/medicine';
import { otherCare } from './sections/other-care';
import { plan } from './sections/plan';
import { prevention } from './sections/prevention';
import { redFlags } from './sections/red-flags';
import { reliefPositions } from './sections/relief-positions';
import { sleepPositions } from './sections/sleep-positions';
import { stayingActive } from './sections/staying-active';
import { stretching } from './sections/stretching';
import { tracker } from './sections/tracker';
import { whatToExpect } from './sections/what-to-expect';

export const SECTIONS = {
  plan,
  about,
  'what-to-expect': whatToExpect,
  'relief-positions': reliefPositions,
  'heat-cold': heatCold,
  'staying-active': stayingActive,
  stretching,
  'leg-lift': legLift,
  'sleep-positions': sleepPositions,
  hydration,
  medicine,
  prevention,
  'other-care': otherCare,
  tracker,
  'red-flags': redFlags,
} as const satisfies { [Id in TSectionId]: SectionDefinition<z.ZodType, Id> };

/** Always printed: the spec adds it at the end when it is left out, and it cannot be removed. */
export const LOCKED_SECTION: TSectionId = 'red-flags';

/** A section's definition seen through its common shape, for code that walks every section alike. */
export function sectionDefinition(id: TSectionId): SectionDefinition {
  return SECTIONS[id];
}
