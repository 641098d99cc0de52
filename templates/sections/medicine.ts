import { z } from 'zod';

import { printableText } from '@/lib/spec/text';

import { defineSection } from '../section';

/**
 * Safety corrections S1, S5, S6, S9, S10, S14-S16. The software never generates a dose or names a
 * "best" drug; only text the clinician types may go further than the general note.
 */
const params = z
  .object({
    mode: z.enum(['general', 'clinician']).default('general'),
    clinicianText: printableText({ max: 600, isMultiline: true }).optional(),
  })
  .strict();

export const medicine = defineSection({
  id: 'medicine',
  params,
  validate: (p) =>
    p.mode === 'clinician' && !p.clinicianText
      ? [{ path: ['clinicianText'], message: 'Write the medicine note, or switch to the general note.' }]
      : [],
  build: (p, c) => ({
    title: c.text('medicine.title'),
    blocks: [
      // Locked: the "ask your doctor or pharmacist" line prints in every mode.
      { kind: 'paragraph', item: c.item('medicine.ask', ['000', 'CONS']) },
      {
        kind: 'bullets',
        title: c.text('medicine.pillsTitle'),
        items: [
          c.item('medicine.kinds', ['003', '004', 'CONS']),
          c.item('medicine.two', ['CONS']),
          c.item('medicine.dailyAspirin', ['CONS']),
          c.item('medicine.bleeding', ['CONS']),
          c.item('medicine.askFirst', ['CONS']),
          c.item('medicine.liver', ['CONS']),
        ],
      },
      {
        kind: 'bullets',
        title: c.text('medicine.otherTitle'),
        items: [
          c.item('medicine.aspirin', ['CONS']),
          c.item('medicine.relaxants', ['001', '003', '004', 'CONS']),
          c.item('medicine.falls', ['CONS']),
          c.item('medicine.creams', ['004', 'CONS']),
        ],
      },
      // Brief §8: the clinician's text is added below the general note, never instead of it.
      ...(p.mode === 'clinician' && p.clinicianText
        ? [
            {
              kind: 'bullets' as const,
              title: c.text('medicine.clinicianTitle'),
              items: [
                { key: 'medicine.clinicianText', text: p.clinicianText, sources: ['CLINICIAN' as const] },
              ],
            },
          ]
        : []),
    ],
  }),
});
