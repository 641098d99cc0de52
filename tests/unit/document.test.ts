import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';

import { renderHandout } from '@/lib/pdf/render';

import { BRAND, loadSpec, loadSpecFiles, renderText } from '../helpers/specs';

const EMERGENCY_ITEMS = [
  'You cannot control when you pee or poop (bladder or bowels).',
  'You feel numb between your legs or on your bottom.',
  'You have back pain with chest pain',
];
const TODAY_ITEMS = [
  'Your legs or arms feel numb, tingly, or weak.',
  'You cannot walk or move because of pain.',
];

async function pageSizes(pdf: Uint8Array): Promise<number[][]> {
  const document = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
  const sizes: number[][] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    sizes.push((await document.getPage(number)).view.map(Math.round));
  }
  await document.destroy();
  return sizes;
}

describe('the printed handout', () => {
  it.each([
    ['no sections given', { brand: BRAND }],
    ['one section', { brand: BRAND, sections: [{ id: 'hydration' }] }],
    ['an empty section list', { brand: BRAND, sections: [] }],
  ])('always prints red-flag lists A and B (%s)', async (_name, spec) => {
    const { text } = await renderText(spec);
    expect(text).toContain('Call 911 or go to the emergency room now if:');
    expect(text).toContain('Call your doctor or clinic today at 555-0100 if:');
    for (const item of [...EMERGENCY_ITEMS, ...TODAY_ITEMS]) expect(text).toContain(item);
  });

  it('uses the clinic emergency number in the red flags and the footer', async () => {
    const { text } = await renderText({ brand: { ...BRAND, emergencyNumber: '112' } });
    expect(text).toContain('Call 112 or go to the emergency room now if:');
    expect(text).toContain('Emergency? Call 112');
  });

  it('prints the after-hours line only when the clinic has one', async () => {
    const withLine = await renderText({ brand: { ...BRAND, afterHoursPhone: '555-0199' } });
    expect(withLine.pageTexts[0]).toContain('After hours: 555-0199');
    expect((await renderText({ brand: BRAND })).text).not.toContain('After hours');
  });

  it.each([
    ['letter', [0, 0, 612, 792]],
    ['a4', [0, 0, 595, 842]],
  ])('prints on %s paper', async (paper, size) => {
    const { pdf } = await renderHandout({
      brand: BRAND,
      paper,
      sections: [{ id: 'heat-cold' }, { id: 'leg-lift' }],
    });
    const sizes = await pageSizes(pdf);
    expect(sizes.length).toBeGreaterThan(1);
    for (const pageSize of sizes) expect(pageSize).toEqual(size);
  });

  it('has the header, and a footer with page X of Y on every page', async () => {
    const result = await renderText(loadSpec('examples/everything.json'));
    expect(result.pageTexts[0]).toContain('Riverside Physical Therapy');
    expect(result.pageTexts[0]).toContain('For: Jordan Nguyen');
    expect(result.pageTexts[0]).toContain('Date: November 21, 2026');
    expect(result.pageTexts[0]).toContain('From: Sam Lee, PT, DPT');
    expect(result.pageTexts[0]).toContain('A note from your care team');
    result.pageTexts.forEach((page, index) => {
      expect(page).toContain(`Page ${index + 1} of ${result.pages}`);
      expect(page).toContain('Emergency? Call 911');
      expect(page).toContain('Riverside Physical Therapy · (555) 010-2030');
      expect(page).toContain(result.code);
    });
  });

  it('writes title, author and language into the metadata', async () => {
    const { info } = await renderText({ brand: BRAND });
    expect(info).toMatchObject({
      Title: 'Low back spasm: your home care plan',
      Author: 'Test Clinic',
      Language: 'en-US',
    });
  });

  it('is byte-identical for the same spec, and keeps its code when only the patient changes', async () => {
    const spec = {
      brand: BRAND,
      patient: { name: 'Ann Lee', date: '2026-03-01' },
      sections: [{ id: 'heat-cold' }],
    };
    const first = await renderHandout(spec);
    const second = await renderHandout(structuredClone(spec));
    expect(Buffer.compare(first.pdf, second.pdf)).toBe(0);

    const otherPatient = await renderHandout({ ...spec, patient: { name: 'Bo Chen' } });
    expect(otherPatient.code).toBe(first.code);
    expect(Buffer.compare(otherPatient.pdf, first.pdf)).not.toBe(0);

    const otherContent = await renderHandout({
      ...spec,
      sections: [{ id: 'heat-cold', params: { heatMinutes: 10 } }],
    });
    expect(otherContent.code).not.toBe(first.code);
  });

  it('never puts the patient name in the file name', async () => {
    const { filename } = await renderHandout({ brand: BRAND, patient: { name: 'Ann Lee' } });
    expect(filename).toMatch(/^back-spasm-handout-[\d.]+-[0-9A-F]{6}\.pdf$/);
  });

  it('keeps the red-flag lists A and B together on one page', async () => {
    for (const { spec } of loadSpecFiles()) {
      const { pageTexts } = await renderText(spec);
      const page = pageTexts.find((text) => text.includes('emergency room now'));
      expect(page).toBeDefined();
      expect(page).toContain('You cannot walk or move because of pain.');
    }
    // Five specs, some drawn twice to pull a short last page back (lib/pdf/draw.ts).
  }, 120_000);
});
