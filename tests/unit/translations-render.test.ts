import { afterAll, describe, expect, it } from 'vitest';

import { renderHandoutHtml } from '@/lib/html/render';
import { createRenderPool } from '@/lib/pdf/pool';
import { parseSpec, renderHandout } from '@/lib/pdf/render';

import { pdfText } from '../helpers/pdf';
import { BRAND } from '../helpers/specs';

/*
 * A clinic's correction prints in its handouts (issue 16), through the one pipeline: the render
 * input carries the overrides, in the calling thread and in a pool worker alike, and the handout code
 * changes with them, so a printed page says which corrections produced it.
 */

const SPEC = { brand: BRAND, locale: 'es', sections: [{ id: 'hydration' }, { id: 'red-flags' }] };
const TITLE = 'Espasmo lumbar: lo que usted puede hacer en casa';
const CORRECTED = { es: { 'doc.title': TITLE } };

describe('a handout with the clinic’s corrections', () => {
  it('prints the correction, and its code changes with the override set', async () => {
    const shipped = await renderHandout(SPEC);
    const corrected = await renderHandout(SPEC, { overridesFor: async () => CORRECTED });
    expect((await pdfText(corrected.pdf)).text).toContain(TITLE);
    expect((await pdfText(shipped.pdf)).text).not.toContain(TITLE);
    expect(corrected.code).not.toBe(shipped.code);
    expect(corrected.code.slice(0, 4)).toBe(shipped.code.slice(0, 4));

    // Same spec and same corrections: same code, same bytes. No corrections: the code it always had.
    const again = await renderHandout(SPEC, { overridesFor: async () => CORRECTED });
    expect(again.code).toBe(corrected.code);
    expect(Buffer.compare(again.pdf, corrected.pdf)).toBe(0);
    expect((await renderHandout(SPEC, { overridesFor: async () => ({}) })).code).toBe(shipped.code);
  }, 120_000);

  it('prints it in the web copy too, under the PDF’s code', async () => {
    const overridesFor = async () => CORRECTED;
    const web = await renderHandoutHtml(SPEC, { overridesFor });
    expect(web.html).toContain(TITLE);
    expect(web.code).toBe((await renderHandout(SPEC, { overridesFor })).code);
    expect((await renderHandoutHtml(SPEC)).html).not.toContain(TITLE);
  }, 120_000);

  it('asks only for the handout’s own languages, and never for English', async () => {
    const asked: string[][] = [];
    const overridesFor = async (locales: string[]) => {
      asked.push(locales);
      return CORRECTED;
    };
    await renderHandout({ ...SPEC, locale: 'en', secondaryLocale: 'es' }, { overridesFor });
    const english = await renderHandout({ ...SPEC, locale: 'en' }, { overridesFor });
    expect(asked).toEqual([['es']]);
    expect((await pdfText(english.pdf)).text).not.toContain(TITLE);
  }, 120_000);

  describe('in a render pool worker', () => {
    const pool = createRenderPool({ workers: 1, maxQueue: 1, warmLocales: [] });
    afterAll(() => pool.close());

    it('gets the overrides with the job, and the same code as the calling thread', async () => {
      const spec = parseSpec(SPEC);
      const inWorker = await pool.render(spec, undefined, CORRECTED);
      expect((await pdfText(inWorker.pdf)).text).toContain(TITLE);
      expect(inWorker.code).toBe((await renderHandout(SPEC, { overridesFor: async () => CORRECTED })).code);
      // The next job without them prints the shipped text: nothing stays behind in the worker.
      expect((await pdfText((await pool.render(spec)).pdf)).text).not.toContain(TITLE);
    }, 120_000);
  });
});
