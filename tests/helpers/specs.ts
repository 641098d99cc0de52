import { renderHandout } from '@/lib/pdf/render';

import { pdfText } from './pdf';
import { loadSpec } from './spec-files';

export { BRAND, loadSpec, loadSpecFiles, oneSection } from './spec-files';

/** Renders a spec through the real pipeline and returns what a reader of the PDF would see. */
export async function renderText(spec: unknown) {
  const rendered = await renderHandout(spec);
  return { ...rendered, ...(await pdfText(rendered.pdf)) };
}

type SpecSection = { id: string; params?: Record<string, unknown> };

/**
 * Every section of examples/everything.json with every kind of patient text written: a name, a note,
 * a work note and the clinician's medicine text, each with a word no section prints (`secrets`, in
 * lower case), for the tests that no cache keeps any of it.
 */
export function specWithPatientText() {
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
