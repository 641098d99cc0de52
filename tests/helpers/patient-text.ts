// The privacy check shared by the render thread's caches' tests (vitest only).
import { expect } from 'vitest';

import type { KeptBlockStats } from '@/lib/pdf/block-layout-cache';
import { drawHandout } from '@/lib/pdf/draw';
import { parseSpec } from '@/lib/pdf/render';

import { pdfText } from './pdf';
import { loadSpec } from './spec-files';

type SpecSection = { id: string; params?: Record<string, unknown> };

/**
 * Every section of examples/everything.json with every kind of patient text written: a name, a note,
 * a work note and the clinician's medicine text, each with a word no section prints (`secrets`, in
 * lower case), for the tests that no cache keeps any of it.
 */
function specWithPatientText() {
  const name = 'Zorbalina Quistwether';
  const base = loadSpec('examples/everything.json');
  const sections = (base.sections as SpecSection[]).map((section) => {
    if (section.id === 'staying-active')
      return { ...section, params: { ...section.params, workNote: 'Qwerty desk rota for Mondays' } };
    if (section.id === 'medicine')
      return {
        ...section,
        params: { ...section.params, mode: 'clinician', clinicianText: 'Vexwort balm twice daily.' },
      };
    return section;
  });
  return {
    spec: {
      ...base,
      sections,
      note: 'Xylophone rest plan.\nCall Zorbalina on Fridays.',
      patient: { name, date: '2026-11-21' },
    },
    printed: [name, 'Xylophone', 'Qwerty', 'Vexwort'],
    secrets: ['zorbalina', 'quistwether', 'xylophone', 'qwerty', 'vexwort'],
  };
}

/**
 * Draws the spec with every kind of patient text into an emptied cache and checks that the handout
 * prints every piece, that the cache is in use (it kept the other sections) and that nothing it keeps
 * holds any piece. Returns what it keeps, in lower case, for the caller's own checks.
 */
export async function keptAfterPatientText(cache: () => KeptBlockStats): Promise<string> {
  const { spec, printed, secrets } = specWithPatientText();
  cache().clear();
  const { text } = await pdfText((await drawHandout(parseSpec(spec))).pdf);
  for (const words of printed) expect(text).toContain(words);
  expect(cache().entries).toBeGreaterThan(3);
  const kept = cache().texts().join('\n').toLowerCase();
  for (const secret of secrets) expect(kept).not.toContain(secret);
  return kept;
}
