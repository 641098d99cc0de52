import { describe, expect, it } from 'vitest';

import { ZHandoutSpecSchema } from '@/lib/spec/schema';

import { payloadOf } from '../helpers/payload';
import { sectionView } from '../helpers/section-view';

/*
 * The medicine note as the patient reads it (brief 1.10, §8): the general note with all its cautions in
 * every mode, the clinician's text below it and labelled as from the care team. No PDF is drawn.
 */
const BRAND = { name: 'Test Clinic', phone: '555-0100' };
const medicine = (params: Record<string, unknown> = {}) => sectionView({ id: 'medicine', params });

const GENERAL = [
  '# Pain medicine',
  'Ask your doctor or pharmacist which pain medicine is safe for you. Follow the label. Do not take more than the label says.',
  '## Pain pills',
  '- Ibuprofen and naproxen are anti-inflammatory pain medicines (NSAIDs). Acetaminophen (Tylenol) is a different kind of pain medicine.',
  '- Do not take 2 NSAIDs together, like ibuprofen with naproxen or aspirin.',
  '- If you take a daily aspirin for your heart, do not stop it. Ask before you take ibuprofen.',
  '- NSAIDs can cause stomach bleeding and kidney problems.',
  '- Ask your doctor first if you take a blood thinner, are pregnant, or have ulcers, kidney disease, heart disease, or high blood pressure.',
  '- Acetaminophen is in many cold and pain products. Too much can harm your liver, mainly with alcohol.',
  '## Other medicines',
  '- Do not give aspirin to anyone under 19.',
  '- Muscle relaxants are for a short time only. They can make you sleepy or dizzy. Do not drive or drink alcohol while you take them.',
  '- In older adults, muscle relaxants make falls more likely.',
  '- Pain creams or gels help some people. Follow the label. Never use them with heat or a tight wrap.',
];

describe('medicine', () => {
  it('by default prints the general note only', () => {
    expect(medicine()).toEqual(GENERAL);
  });

  it("adds the clinician's text below the general note, never instead of it", () => {
    expect(medicine({ mode: 'clinician', clinicianText: 'Ibuprofen 400 mg with food.' })).toEqual([
      ...GENERAL,
      '## From your care team',
      '- Ibuprofen 400 mg with food.',
    ]);
  });

  it("tags the medicine text as the clinician's own for the clinical owner's audit", () => {
    const section = payloadOf({
      brand: BRAND,
      sections: [
        { id: 'medicine', params: { mode: 'clinician', clinicianText: 'Ibuprofen 400 mg with food.' } },
      ],
    }).sections[0];
    expect(section?.blocks.at(-1)).toMatchObject({
      items: [{ key: 'medicine.clinicianText', text: 'Ibuprofen 400 mg with food.', sources: ['CLINICIAN'] }],
    });
  });

  it('leaves out text typed before switching back to the general note', () => {
    expect(medicine({ mode: 'general', clinicianText: 'Ibuprofen 400 mg with food.' })).toEqual(GENERAL);
  });

  const issues = (params: Record<string, unknown>) =>
    ZHandoutSpecSchema.safeParse({ brand: BRAND, sections: [{ id: 'medicine', params }] }).error?.issues.map(
      ({ path, message }) => ({ path: path.join('.'), message }),
    ) ?? [];

  it("refuses the clinician's mode without its text, and accepts the general note without it", () => {
    expect(issues({ mode: 'clinician' })).toEqual([
      {
        path: 'sections.0.params.clinicianText',
        message: 'Write the medicine note, or switch to the general note.',
      },
    ]);
    expect(issues({ mode: 'clinician', clinicianText: '   ' })).toHaveLength(1);
    expect(issues({ mode: 'general' })).toEqual([]);
  });
});
