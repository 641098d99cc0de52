import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { HandoutError } from '@/lib/errors';
import { parseSpec } from '@/lib/pdf/render';
import { describeSections } from '@/lib/spec/describe';

import { BOUNDS, boundSpec, valuesOf } from '../helpers/bounds';
import { BRAND, renderText } from '../helpers/specs';

/*
 * Issue 9: no setting may print unsafe or contradictory text. fast-check walks the parameter space
 * (every enum choice and toggle, the limits of every number, sections present or not, clinics with and
 * without an after-hours line), each spec is rendered through the real pipeline in this process, and
 * the rules below are checked on the text read back from the PDF: each safety line is present wherever
 * its topic is, and no line of one choice appears under another.
 *
 * Bounded on purpose (a fixed seed, hand-picked edge examples plus RUNS random specs): it has to fit the
 * whole suite's budget on two cores.
 */
const RUNS = 24;

/** A number at its limits more often than in between: the limits are where text changes. */
const int = (min: number, max: number) => fc.oneof(fc.constantFrom(min, max), fc.integer({ min, max }));
const subset = <T>(items: readonly T[]) => fc.subarray([...items], { minLength: 1 });

const heatCold = fc.record({
  mode: fc.constantFrom('heat-first', 'heat-only', 'cold-only', 'cold-then-heat', 'patient-choice'),
  heatMinutes: int(10, 20),
  heatTimesPerDay: int(1, 6),
  heatTypes: subset(['pad', 'microwave-pack', 'damp-towel', 'shower'] as const),
  coldMinutes: int(10, 20),
  coldEveryHours: int(2, 4),
  coldMaxPerDay: int(2, 8),
  coldFirstDays: int(1, 3),
});
const reliefPositions = fc
  .record({
    positions: subset([
      'legs-on-couch',
      'stomach-over-pillows',
      'back-knee-pillow',
      'side-knee-pillow',
      'quiet-rest',
    ] as const),
    legSupport: fc.constantFrom('couch', 'chair', 'ottoman'),
    bellyPillows: int(1, 3),
    kneeSupport: fc.constantFrom('one-pillow', 'two-pillows', 'bolster'),
    minutes: int(10, 60),
    avoidFloor: fc.boolean(),
  })
  .filter((p) => !(p.avoidFloor && p.positions.includes('legs-on-couch')));
const stayingActive = fc
  .record({
    easyDays: int(0, 3),
    walkMinutes: int(2, 15),
    walksPerDay: int(2, 8),
    addMinutesDaily: fc.boolean(),
    walkCapMinutes: int(10, 45),
  })
  .filter(
    (p) => (p.easyDays === 0 || p.walkMinutes * p.walksPerDay <= 60) && p.walkMinutes <= p.walkCapMinutes,
  );
const stretching = fc.record({
  stretches: subset(['childs-pose', 'knee-to-chest'] as const),
  holdSeconds: int(15, 60),
  reps: int(1, 5),
  timesPerDay: int(1, 3),
  phase: fc.constantFrom('after-worst-pain', 'during-spasm'),
});
const legLift = fc.record({
  reps: int(5, 15),
  holdSeconds: int(2, 10),
  setsPerLeg: int(1, 3),
  sessionsPerDay: int(1, 2),
  legs: fc.constantFrom('both', 'left', 'right'),
  firstLeg: fc.constantFrom('less-painful', 'right', 'left'),
  restSeconds: fc.oneof(fc.constantFrom(15, 59, 60, 90, 120), fc.integer({ min: 15, max: 120 })),
  start: fc.constantFrom('after-pain-eases', 'now'),
});
const hydration = fc.record({ electrolyteTip: fc.boolean(), fluidLimit: fc.boolean() });
const medicine = fc.oneof(
  fc.constant({ mode: 'general' as const }),
  fc.constant({ mode: 'clinician' as const, clinicianText: 'Take the pills Dr. Diaz gave you at night.' }),
);
const sleep = fc.record({
  positions: subset(['side-knee-pillow', 'back-knee-pillow', 'back-knee-low-back-pillow'] as const),
});

type Arb<T> = fc.Arbitrary<T>;
type ParamsOf<A> = A extends Arb<infer T> ? T : never;
interface Chosen {
  plan?: object;
  'heat-cold'?: ParamsOf<typeof heatCold>;
  'relief-positions'?: ParamsOf<typeof reliefPositions>;
  'staying-active'?: ParamsOf<typeof stayingActive>;
  stretching?: ParamsOf<typeof stretching>;
  'leg-lift'?: ParamsOf<typeof legLift>;
  hydration?: ParamsOf<typeof hydration>;
  medicine?: ParamsOf<typeof medicine>;
  'sleep-positions'?: ParamsOf<typeof sleep>;
  tracker?: object;
}
interface Case {
  sections: Chosen;
  phone: string;
  afterHoursPhone?: string;
}

const maybe = <T>(arb: Arb<T>) => fc.option(arb, { nil: undefined, freq: 2 });
const caseArb: Arb<Case> = fc.record({
  sections: fc.record({
    plan: maybe(fc.constant({})),
    'relief-positions': maybe(reliefPositions),
    'heat-cold': maybe(heatCold),
    'staying-active': maybe(stayingActive),
    stretching: maybe(stretching),
    'leg-lift': maybe(legLift),
    'sleep-positions': maybe(sleep),
    hydration: maybe(hydration),
    medicine: maybe(medicine),
    tracker: maybe(fc.constant({})),
  }),
  phone: fc.constantFrom('(555) 010-2030', '555-0100'),
  afterHoursPhone: fc.option(fc.constant('555-0199'), { nil: undefined }),
});

function specOf(c: Case) {
  const sections = Object.entries(c.sections)
    .filter(([, params]) => params !== undefined)
    .map(([id, params]) => ({ id, params }));
  return {
    locale: 'en',
    sections,
    brand: {
      name: 'Test Clinic',
      phone: c.phone,
      ...(c.afterHoursPhone ? { afterHoursPhone: c.afterHoursPhone } : {}),
    },
  };
}

const minutes = (n: number) => `${n} minute${n === 1 ? '' : 's'}`;
const seconds = (n: number) => `${n} second${n === 1 ? '' : 's'}`;
const times = (n: number) => (n === 1 ? '1 time' : `${n} times`);
const STOP_NEXT =
  'If it does not ease within a day, call us. If you have a sign from the red box, call 911 now.';

/** A rule: the lines that must print when the topic is in the handout, and those that must not. */
interface Rule {
  name: string;
  present: string[];
  absent?: string[];
}

function rules(c: Case): Rule[] {
  const s = c.sections;
  const out: Rule[] = [];
  const rule = (name: string, when: boolean, present: string[], absent: string[] = []) => {
    out.push(when ? { name, present, absent } : { name: `no ${name}`, present: [], absent: present });
  };

  // Red flags print on every handout; list B names the phone once and says what to do after hours.
  out.push({
    name: 'red flags',
    present: [
      'You cannot control when you pee or poop (bladder or bowels).',
      'You feel numb between your legs or on your bottom.',
      'You have a fever or chills, or your back is red or warm to the touch.',
      'You are 50 or older and this back pain is new.',
      `Call your doctor or clinic today at ${c.phone} if:`,
      c.afterHoursPhone
        ? `When the clinic is closed, call ${c.afterHoursPhone}.`
        : 'When the clinic is closed, go to urgent care. For a sign in the red box, call 911.',
    ],
    absent: [`(${c.phone})`, 'over 50'],
  });

  const hc = s['heat-cold'];
  const heat = hc && hc.mode !== 'cold-only';
  const cold = hc && hc.mode !== 'heat-only';
  const padOrPack = heat && hc.heatTypes.some((type) => type === 'pad' || type === 'microwave-pack');
  rule('pad or pack lines', !!padOrPack, [
    'Put a towel between the heat pack or pad and your skin.',
    'Lie on your side or stomach. Place the pack on your low back.',
    'Do not lie on a heat pack or pad, or sleep with one on.',
    'Keep the heat on for',
    ...(hc && padOrPack
      ? [`Keep the heat on for ${minutes(hc.heatMinutes)}, ${times(hc.heatTimesPerDay)} a day.`]
      : []),
  ]);
  rule('heating pad line', !!heat && !!hc?.heatTypes.includes('pad'), [
    'Use a heating pad set to low or medium.',
  ]);
  rule('damp towel steps', !!heat && !!hc?.heatTypes.includes('damp-towel'), [
    'Use warm tap water, not boiling water.',
    'Test the wet towel on your inner arm first. It should feel warm, not hot.',
    'Wring it out well.',
    'Leave it on your back for',
    ...(hc
      ? [
          `Leave it on your back for ${minutes(Math.min(hc.heatMinutes, 15))}, ${times(hc.heatTimesPerDay)} a day.`,
        ]
      : []),
  ]);
  rule('shower line', !!heat && !!hc?.heatTypes.includes('shower'), [
    'Take a warm shower for about 10 to 15 minutes',
    ...(hc ? [`Take a warm shower for about 10 to 15 minutes, ${times(hc.heatTimesPerDay)} a day.`] : []),
  ]);
  rule('heat safety', !!heat, ['Check your skin halfway.', 'Do not use heat with a pain cream or patch.']);
  rule('cold safety', !!cold, [
    'Wrap a cold pack or a bag of frozen peas in a thin towel.',
    'Never put ice right on your skin.',
    'Check your skin partway through.',
    `Do not use cold more than ${times(hc?.coldMaxPerDay ?? 1)} a day.`,
    'Do not use cold if cold makes your fingers or toes turn white or blue.',
  ]);
  rule('heat and cold cap', !!hc, [
    'If your skin is not back to normal the next day, call us.',
    'Do not use heat or cold for more than 20 minutes at a time.',
    'Do not use heat or cold on skin that is numb or broken.',
  ]);

  const rp = s['relief-positions'];
  rule('relief stop rule', !!rp, ['Stop any position that makes leg pain, numbness, or tingling worse.']);
  const onFloor = rp?.positions.some(
    (p) => p === 'legs-on-couch' || (p === 'back-knee-pillow' && !rp.avoidFloor),
  );
  rule('floor steps', !!onFloor, ['Getting down to the floor and up again', 'Stand next to a sturdy chair']);
  rule('bed log roll', !!rp && !onFloor, ['roll onto your side as one piece']);

  const sa = s['staying-active'];
  rule('no bed rest', !!sa, ["Don't stay in bed all day."]);
  rule('walk cap', !!sa?.addMinutesDaily, [
    `Stop adding at about ${minutes(sa?.walkCapMinutes ?? 0)} a walk.`,
  ]);
  rule('cramp stretch', !!sa && !!s.stretching, ['If a cramp starts, stop for a moment and stretch gently.']);
  rule('cramp without stretch', !!sa && !s.stretching, ['Change position slowly and breathe out.']);

  const st = s.stretching;
  rule('stretch rules', !!st, [
    `Stay there for ${seconds(st?.holdSeconds ?? 0)}.`,
    'A stretch should feel like a gentle pull, not pain.',
    'Do not bounce.',
    'Stop if pain spreads down your leg, or if you feel numb or tingly.',
  ]);
  rule('one side at a time', !!st?.stretches.includes('knee-to-chest'), [
    `Knee to chest: do it ${times(st?.reps ?? 0)} on each side.`,
  ]);

  const ll = s['leg-lift'];
  rule('leg-lift pace and rules', !!ll, [
    'Slowly lift the straight leg about 6 inches, no higher than your bent knee. Take about 2 to 3 seconds.',
    `Hold it up for ${seconds(ll?.holdSeconds ?? 0)}.`,
    'Slowly put it down. Take about 2 to 3 seconds.',
    'Breathe out as you lift. Do not hold your breath.',
    'Lift 1 leg at a time.',
    'Do not lift both legs together.',
    'Stop if your pain gets worse, or you feel sharp pain, pain down your leg, or numbness.',
  ]);
  rule('rounds', !!ll && ll.setsPerLeg > 1, ['between rounds', `Do ${ll?.setsPerLeg ?? 0} rounds.`]);
  rule('both legs make a round', !!ll && ll.setsPerLeg > 1 && ll.legs === 'both', [
    'Both legs together make 1 round.',
  ]);
  if (ll && ll.restSeconds >= 60)
    out.push({ name: 'rests in minutes', present: [], absent: [`${ll.restSeconds} seconds`] });

  rule('what to do after stopping', !!(rp || st || ll), [STOP_NEXT]);

  const hy = s.hydration;
  rule('fluid limit', !!hy?.fluidLimit, ["Follow your doctor's advice on how much to drink."]);
  rule('drink more', !!hy && !hy.fluidLimit, [
    'Drink plenty of water through the day.',
    'If your doctor limits how much you drink, follow that advice.',
  ]);

  const md = s.medicine;
  rule('medicine cautions', !!md, [
    'Ask your doctor or pharmacist which pain medicine is safe for you.',
    'Do not take 2 NSAIDs together',
    'If you take a daily aspirin for your heart, do not stop it. Ask before you take ibuprofen.',
    'NSAIDs can cause stomach bleeding and kidney problems.',
    'Ask your doctor first if you take a blood thinner, are pregnant, or have ulcers, kidney disease, heart disease, or high blood pressure.',
    'In older adults, muscle relaxants make falls more likely.',
    'Too much can harm your liver',
    'Do not give aspirin to anyone under 19.',
    'Do not drive or drink alcohol while you take them.',
    'Never use them with heat or a tight wrap.',
  ]);
  rule('clinician medicine text', md?.mode === 'clinician', [
    'From your care team',
    'Take the pills Dr. Diaz gave you at night.',
  ]);

  rule('never sleep on a pad', !!s['sleep-positions'], ['Never sleep on a heating pad.']);
  rule('plan', !!s.plan, ['Your plan', 'Read “When to get help” at the end.']);
  if (s.plan && sa) {
    const walks = `Take ${sa.walksPerDay} short walks, about ${minutes(sa.walkMinutes)} each.`;
    out.push({ name: 'plan walks', present: [walks] });
  }
  rule('tracker', !!s.tracker, ['7-day tracker', 'My back feels better today']);
  return out;
}

/** Hand-picked corners, run every time before the random ones, so each rule meets its topic. */
const EDGES: Case[] = [
  {
    phone: '(555) 010-2030',
    sections: {
      plan: {},
      'relief-positions': {
        positions: ['quiet-rest', 'side-knee-pillow'],
        legSupport: 'couch',
        bellyPillows: 1,
        kneeSupport: 'bolster',
        minutes: 60,
        avoidFloor: true,
      },
      'heat-cold': {
        mode: 'heat-only',
        heatMinutes: 20,
        heatTimesPerDay: 1,
        heatTypes: ['shower', 'damp-towel'],
        coldMinutes: 10,
        coldEveryHours: 2,
        coldMaxPerDay: 2,
        coldFirstDays: 1,
      },
      'staying-active': {
        easyDays: 3,
        walkMinutes: 15,
        walksPerDay: 4,
        addMinutesDaily: true,
        walkCapMinutes: 15,
      },
      medicine: { mode: 'clinician', clinicianText: 'Take the pills Dr. Diaz gave you at night.' },
      hydration: { electrolyteTip: true, fluidLimit: true },
    },
  },
  {
    phone: '555-0100',
    afterHoursPhone: '555-0199',
    sections: {
      'heat-cold': {
        mode: 'patient-choice',
        heatMinutes: 10,
        heatTimesPerDay: 6,
        heatTypes: ['pad', 'microwave-pack'],
        coldMinutes: 20,
        coldEveryHours: 4,
        coldMaxPerDay: 8,
        coldFirstDays: 3,
      },
      'relief-positions': {
        positions: ['back-knee-pillow'],
        legSupport: 'ottoman',
        bellyPillows: 3,
        kneeSupport: 'two-pillows',
        minutes: 10,
        avoidFloor: false,
      },
      stretching: {
        stretches: ['knee-to-chest'],
        holdSeconds: 60,
        reps: 5,
        timesPerDay: 3,
        phase: 'during-spasm',
      },
      'staying-active': {
        easyDays: 0,
        walkMinutes: 2,
        walksPerDay: 8,
        addMinutesDaily: false,
        walkCapMinutes: 10,
      },
      'leg-lift': {
        reps: 15,
        holdSeconds: 10,
        setsPerLeg: 3,
        sessionsPerDay: 2,
        legs: 'both',
        firstLeg: 'left',
        restSeconds: 120,
        start: 'now',
      },
      'sleep-positions': { positions: ['back-knee-low-back-pillow'] },
      medicine: { mode: 'general' },
      hydration: { electrolyteTip: false, fluidLimit: false },
      tracker: {},
    },
  },
  {
    phone: '555-0100',
    sections: {
      'heat-cold': {
        mode: 'cold-only',
        heatMinutes: 15,
        heatTimesPerDay: 3,
        heatTypes: ['pad'],
        coldMinutes: 15,
        coldEveryHours: 3,
        coldMaxPerDay: 6,
        coldFirstDays: 2,
      },
      'leg-lift': {
        reps: 5,
        holdSeconds: 2,
        setsPerLeg: 2,
        sessionsPerDay: 1,
        legs: 'right',
        firstLeg: 'less-painful',
        restSeconds: 90,
        start: 'after-pain-eases',
      },
      stretching: {
        stretches: ['childs-pose'],
        holdSeconds: 15,
        reps: 1,
        timesPerDay: 1,
        phase: 'after-worst-pain',
      },
    },
  },
];

describe('every setting prints its safety lines, and only its own', () => {
  it('holds across the parameter space (checked on the PDF text)', { timeout: 600_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(caseArb, async (c) => {
        const { text } = await renderText(specOf(c));
        for (const { name, present, absent = [] } of rules(c)) {
          for (const line of present) expect(text, `${name}: missing "${line}"`).toContain(line);
          for (const line of absent) expect(text, `${name}: must not print "${line}"`).not.toContain(line);
        }
      }),
      { numRuns: RUNS, seed: 20261127, examples: EDGES.map((edge) => [edge]), endOnFailure: true },
    );
  });
});

/** The paths of the issues a refused spec comes back with ("sections[0].params.heatMinutes"). */
function refusedPaths(spec: unknown): string[] {
  try {
    parseSpec(spec);
  } catch (error) {
    if (error instanceof HandoutError) return error.issues.map((issue) => issue.path);
    throw error;
  }
  return [];
}

/*
 * Issue 17: the random walk above may or may not land on a limit; these do, every time. Each whole-number
 * setting at its minimum, its maximum and where its text changes form, read back from the PDF, with
 * what must be absent there; one step outside is refused, never clamped.
 */
describe('every whole-number setting at its limits', () => {
  it('the table holds every limited setting, with the limits of the brief', () => {
    const limited = describeSections().flatMap(({ id, params }) =>
      Object.entries(
        (params as { properties?: Record<string, { minimum?: number; maximum?: number }> }).properties ?? {},
      )
        .filter(([, schema]) => schema.minimum !== undefined)
        .map(([param, schema]) => `${id}.${param} ${schema.minimum}-${schema.maximum}`),
    );
    const table = BOUNDS.filter((bound) => bound.param !== 'liftHeight').map(
      (bound) => `${bound.section}.${bound.param} ${bound.min}-${bound.max}`,
    );
    expect(table.sort()).toEqual(limited.sort());
  });

  describe.each(BOUNDS.flatMap((bound) => valuesOf(bound).map((n) => ({ bound, n }))))(
    '$bound.section $bound.param = $n',
    ({ bound, n }) => {
      it('prints its line, and not the lines of other values', async () => {
        const { text } = await renderText(boundSpec(bound, n));
        const { present, absent = [] } = bound.at(n);
        for (const line of present) expect(text, `missing "${line}"`).toContain(line);
        for (const line of absent) expect(text, `must not print "${line}"`).not.toContain(line);
      });
    },
  );

  it.each(
    BOUNDS.map(
      (bound) => [`${bound.section} ${bound.param} ${bound.min - 1} and ${bound.max + 1}`, bound] as const,
    ),
  )('refuses %s', (_, bound) => {
    for (const n of [bound.min - 1, bound.max + 1])
      expect(refusedPaths(boundSpec(bound, n)), `${bound.param} = ${n}`).toEqual([
        `sections[0].params.${bound.param}`,
      ]);
  });

  it('prints 20 minutes of heat and of cold, and refuses 21 (brief: a hard cap, never clamped)', async () => {
    const heat = { mode: 'heat-first', heatTypes: ['pad'] };
    const { text } = await renderText({
      brand: BRAND,
      sections: [{ id: 'heat-cold', params: { ...heat, heatMinutes: 20, coldMinutes: 20 } }],
    });
    expect(text).toContain('Keep the heat on for 20 minutes');
    expect(text).toContain('Hold it on the sore spot for 20 minutes.');
    for (const param of ['heatMinutes', 'coldMinutes'])
      expect(
        refusedPaths({ brand: BRAND, sections: [{ id: 'heat-cold', params: { ...heat, [param]: 21 } }] }),
      ).toEqual([`sections[0].params.${param}`]);
  });

  it('keeps the walks of an easy day to 60 minutes, and lets 0 easy days walk more (brief §8)', async () => {
    const walks = (easyDays: number, walkMinutes: number, walksPerDay: number) => ({
      brand: BRAND,
      sections: [
        { id: 'staying-active', params: { easyDays, walkMinutes, walksPerDay, walkCapMinutes: 45 } },
      ],
    });
    expect(refusedPaths(walks(1, 12, 5))).toEqual([]);
    expect(refusedPaths(walks(1, 13, 5))).toEqual(['sections[0].params.walksPerDay']);
    expect(refusedPaths(walks(0, 15, 8))).toEqual([]);
    const { text } = await renderText(walks(0, 15, 8));
    expect(text).toContain('Take short, easy walks 8 times a day.');
    expect(text).not.toContain('keep your activity light and easy');
  });
});
