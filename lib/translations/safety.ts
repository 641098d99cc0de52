/*
 * The strings that need two different reviewers before they count as reviewed: a wrong word in them can
 * hurt a patient. Red flags (lists A and B, the emergency line and the pointers to them), the heat and
 * cold burn rules, the medicine warnings, and the "stop if" rules of the exercises. Keys with their
 * plural suffix folded; a rule is a whole key or a group ending in a dot.
 */
const SAFETY_RULES = {
  'red-flag': ['red-flags.', 'doc.emergency', 'common.stopNext', 'plan.help'],
  heat: [
    'heat-cold.dont.',
    'heat-cold.heat.pad',
    'heat-cold.heat.microwave',
    'heat-cold.heat.layer',
    'heat-cold.heat.gap',
    'heat-cold.heat.check',
    'heat-cold.heat.captionDont',
    'heat-cold.towel.water',
    'heat-cold.towel.test',
    'heat-cold.cold.ice',
    'heat-cold.cold.check',
    'heat-cold.cold.raynaud',
    'heat-cold.cold.max',
    'heat-cold.skinNext',
  ],
  medicine: [
    'medicine.ask',
    'medicine.two',
    'medicine.bleeding',
    'medicine.askFirst',
    'medicine.liver',
    'medicine.aspirin',
    'medicine.relaxants',
    'medicine.falls',
    'medicine.creams',
    'medicine.dailyAspirin',
  ],
  stop: ['stretching.stop', 'leg-lift.stop', 'relief-positions.safety.stop'],
} as const;

export type TSafetyKind = keyof typeof SAFETY_RULES;

/** Which kind of safety line a key (plural suffix folded) is, if any. */
export function safetyKind(base: string): TSafetyKind | undefined {
  const kinds = Object.keys(SAFETY_RULES) as TSafetyKind[];
  return kinds.find((kind) =>
    SAFETY_RULES[kind].some((rule) => (rule.endsWith('.') ? base.startsWith(rule) : base === rule)),
  );
}

/** Approvals by different reviewers a string needs before it counts as reviewed. */
export const approvalsNeeded = (base: string): 1 | 2 => (safetyKind(base) ? 2 : 1);
