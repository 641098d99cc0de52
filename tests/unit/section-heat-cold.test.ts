import { describe, expect, it } from 'vitest';

import { sectionView } from '../helpers/section-view';

/*
 * The heat and cold section as the patient reads it, line by line, for each mode and kind of heat
 * (brief §8: heat text follows the heat type; every method prints with its safety lines; cold has a
 * daily cap). No PDF is drawn: mutation testing runs this file for every mutant of the sections.
 */
const heatCold = (params: Record<string, unknown> = {}) => sectionView({ id: 'heat-cold', params });

const PICTURE_LEGEND = [
  '## (note) How to read the pictures',
  '- A red cross on a picture means: do not do this.',
];
const PAD_OR_PACK_DRAWINGS = [
  '## Heating pad or warm pack',
  '[A person lies on their side with a heat pack and a towel on their low back. | Do: pack on your low back, towel under it]',
  "[crossed out: Crossed out: a person lying on their back on top of a heat pack. | Don't: lie on the pack]",
];
const PAD = '- Use a heating pad set to low or medium. Pick one that turns off by itself.';
const PACK = '- Use a warm pack from the microwave. Test it on your arm first.';
const PAD_OR_PACK_RULES = [
  '- Put a towel between the heat pack or pad and your skin.',
  '- Lie on your side or stomach. Place the pack on your low back.',
];
const EACH_HEAT = '## Each time you use heat';
const GAP = '- Wait at least 2 hours between times.';
const HEAT_SKIN = [
  '- Check your skin halfway. Stop if it is very red or blotchy, or if it hurts.',
  '- If your skin is not back to normal the next day, call us.',
];
const cold = ({ minutes = 15, everyHours = 2, maxPerDay = 6 } = {}) => [
  '## How to use cold',
  '1. Wrap a cold pack or a bag of frozen peas in a thin towel.',
  `2. Hold it on the sore spot for ${minutes} minutes.`,
  `3. You can do this every ${everyHours} hours as needed.`,
  `4. Do not use cold more than ${maxPerDay} times a day.`,
  '5. Never put ice right on your skin.',
  '6. Check your skin partway through. Stop if it gets numb or very red.',
  '7. If your skin is not back to normal the next day, call us.',
  '8. Do not use cold if cold makes your fingers or toes turn white or blue.',
];
const DONT = '## (caution) Do not';
const LIE_ON = '- Do not lie on a heat pack or pad, or sleep with one on.';
const CREAM = '- Do not use heat with a pain cream or patch. It can burn you.';
const ALWAYS = [
  '- Do not use heat or cold for more than 20 minutes at a time.',
  '- Do not use heat or cold on skin that is numb or broken.',
  '- Ask your care team first if you have poor blood flow or numb feet from diabetes.',
];

describe('heat and cold', () => {
  it('by default: heat first (pad and pack, with their safety lines), then cold as the other choice', () => {
    expect(heatCold()).toEqual([
      '# Heat and cold',
      'Heat helps many people. It can help tight muscles relax and ease pain.',
      'You can try cold instead if it helps you more.',
      ...PICTURE_LEGEND,
      ...PAD_OR_PACK_DRAWINGS,
      PAD,
      PACK,
      ...PAD_OR_PACK_RULES,
      '- Keep the heat on for 15 minutes, 3 times a day.',
      EACH_HEAT,
      GAP,
      ...HEAT_SKIN,
      ...cold(),
      DONT,
      LIE_ON,
      CREAM,
      ...ALWAYS,
    ]);
  });

  it('heat only, by shower: the shower time and the skin check, none of the pad or pack lines, no cold', () => {
    expect(heatCold({ mode: 'heat-only', heatTypes: ['shower'] })).toEqual([
      '# Heat and cold',
      'Heat can help tight muscles relax and ease pain.',
      '## Warm shower',
      '- Take a warm shower for about 10 to 15 minutes, 3 times a day. Let the water run on your back.',
      EACH_HEAT,
      GAP,
      ...HEAT_SKIN,
      DONT,
      CREAM,
      ...ALWAYS,
    ]);
  });

  it('cold only: the cold steps with their numbers, no heat line at all', () => {
    expect(heatCold({ mode: 'cold-only', coldMinutes: 20, coldEveryHours: 4, coldMaxPerDay: 2 })).toEqual([
      '# Heat and cold',
      'Cold can ease pain. Use it as shown below.',
      ...cold({ minutes: 20, everyHours: 4, maxPerDay: 2 }),
      DONT,
      ...ALWAYS,
    ]);
  });

  it("the patient's choice with a damp towel once a day: the towel steps, no gap between times, then cold", () => {
    expect(heatCold({ mode: 'patient-choice', heatTypes: ['damp-towel'], heatTimesPerDay: 1 })).toEqual([
      '# Heat and cold',
      'You can use heat or cold. Use the one that helps you more.',
      '## Warm, damp towel',
      '1. Use warm tap water, not boiling water.',
      '2. Test the wet towel on your inner arm first. It should feel warm, not hot.',
      '3. Wring it out well.',
      '4. Leave it on your back for 15 minutes, 1 time a day.',
      EACH_HEAT,
      ...HEAT_SKIN,
      ...cold(),
      DONT,
      CREAM,
      ...ALWAYS,
    ]);
  });

  it('wet heat stays at 15 minutes when the heat minutes are set higher; the pad takes the set time', () => {
    const text = heatCold({ mode: 'heat-only', heatTypes: ['pad', 'damp-towel'], heatMinutes: 20 });
    expect(text).toContain('- Keep the heat on for 20 minutes, 3 times a day.');
    expect(text).toContain('4. Leave it on your back for 15 minutes, 3 times a day.');
  });

  it('cold for the first day, then a microwave pack: cold before heat, the pack line without the pad line', () => {
    expect(heatCold({ mode: 'cold-then-heat', heatTypes: ['microwave-pack'], coldFirstDays: 1 })).toEqual([
      '# Heat and cold',
      'For the first day, use cold. After that, use heat.',
      ...cold(),
      ...PICTURE_LEGEND,
      ...PAD_OR_PACK_DRAWINGS,
      PACK,
      ...PAD_OR_PACK_RULES,
      '- Keep the heat on for 15 minutes, 3 times a day.',
      EACH_HEAT,
      GAP,
      ...HEAT_SKIN,
      DONT,
      LIE_ON,
      CREAM,
      ...ALWAYS,
    ]);
  });

  it('a pad alone prints the pad line without the microwave line', () => {
    const text = heatCold({ mode: 'heat-only', heatTypes: ['pad'] });
    expect(text).toContain(PAD);
    expect(text).not.toContain(PACK);
    expect(text[1]).toBe('Heat can help tight muscles relax and ease pain.');
  });

  it('cold first for 3 days says so in the plural', () => {
    expect(heatCold({ mode: 'cold-then-heat', coldFirstDays: 3 })[1]).toBe(
      'For the first 3 days, use cold. After that, use heat.',
    );
  });
});
