import sharp from 'sharp';
import { describe, expect, it, vi } from 'vitest';

import { POST } from '@/app/api/handouts/route';
import { GET } from '@/app/api/sections/route';

import { pdfText } from '../helpers/pdf';
import { BRAND, loadSpec } from '../helpers/specs';

const post = (body: string, headers: Record<string, string> = {}) =>
  POST(
    new Request('http://localhost/api/handouts', {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json', ...headers },
    }),
  );

const pngDataUrl = async (width = 120, height = 40) =>
  `data:image/png;base64,${(
    await sharp({ create: { width, height, channels: 3, background: '#1d5c8a' } })
      .png()
      .toBuffer()
  ).toString('base64')}`;

describe('POST /api/handouts', () => {
  it('answers 200 with a PDF attachment', async () => {
    const response = await post(JSON.stringify(loadSpec('examples/first-visit.json')));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="back-spasm-handout-.+\.pdf"$/,
    );
    const { text, pages } = await pdfText(new Uint8Array(await response.arrayBuffer()));
    expect(text).toContain('Legs on a couch');
    // The count the request log records, as pdf.js counts the pages.
    expect(pages).toBeGreaterThan(1);
    expect(Number(response.headers.get('x-handout-pages'))).toBe(pages);
  });

  it('prints a real logo', async () => {
    const response = await post(JSON.stringify({ brand: { ...BRAND, logo: await pngDataUrl() } }));
    expect(response.status).toBe(200);
    const bytes = Buffer.from(await response.arrayBuffer()).toString('latin1');
    expect(bytes).toMatch(/\/Subtype \/Image/);
  });

  it.each([
    ['malformed JSON', '{"brand": ', '(root)'],
    [
      'an invalid spec',
      JSON.stringify({ brand: BRAND, sections: [{ id: 'leg-lift', params: { reps: 40 } }] }),
      'sections[0].params.reps',
    ],
    ['a JSON array', '[1, 2]', '(root)'],
  ])('answers 422 with issues for %s', async (_name, body, path) => {
    const response = await post(body);
    expect(response.status).toBe(422);
    const json = (await response.json()) as { issues: { path: string; message: string }[] };
    expect(json.issues.map((issue) => issue.path)).toContain(path);
  });

  it('answers 422 for a damaged logo and names the field', async () => {
    const good = await pngDataUrl();
    const bytes = Buffer.from(good.split(',')[1] ?? '', 'base64');
    const truncated = `data:image/png;base64,${bytes.subarray(0, 40).toString('base64')}`;
    const response = await post(JSON.stringify({ brand: { ...BRAND, logo: truncated } }));
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({
      issues: [{ path: 'brand.logo', message: expect.stringMatching(/could not be read/) }],
    });
  });

  it('answers 422 for a pixel bomb without decoding it', async () => {
    const bomb = await sharp({ create: { width: 5000, height: 5000, channels: 3, background: '#000' } })
      .png()
      .toBuffer();
    const response = await post(
      JSON.stringify({ brand: { ...BRAND, logo: `data:image/png;base64,${bomb.toString('base64')}` } }),
    );
    expect(response.status).toBe(422);
  });

  it('answers 413 for a body over the limit, declared or not', async () => {
    const big = JSON.stringify({ brand: BRAND, note: 'x'.repeat(2 * 1024 * 1024) });
    expect((await post(big)).status).toBe(413);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 40; i += 1) controller.enqueue(new Uint8Array(64 * 1024).fill(32));
        controller.close();
      },
    });
    const response = await POST(
      new Request('http://localhost/api/handouts', {
        method: 'POST',
        body: stream,
        duplex: 'half',
        headers: { 'content-type': 'application/json' },
      } as RequestInit),
    );
    expect(response.status).toBe(413);
  });

  it('never logs the patient name, even when rendering fails', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const render = await import('@/lib/pdf/render');
    const failing = vi
      .spyOn(render, 'renderHandout')
      .mockRejectedValueOnce(new Error('Ann Secret-Patient broke it'));
    const response = await post(JSON.stringify({ brand: BRAND, patient: { name: 'Ann Secret-Patient' } }));
    expect(response.status).toBe(500);
    expect(JSON.stringify(await response.json())).not.toContain('Secret');
    expect(log.mock.calls.flat().join(' ')).not.toContain('Secret');
    failing.mockRestore();
    log.mockRestore();
  });
});

describe('GET /api/sections', () => {
  it('lists every section with defaults and hard limits from the schema', async () => {
    const json = (await GET().json()) as {
      sections: { id: string; isLocked: boolean; params: { properties: Record<string, object> } }[];
    };
    expect(json.sections).toHaveLength(15);
    expect(json.sections.find((section) => section.id === 'red-flags')?.isLocked).toBe(true);
    const legLift = json.sections.find((section) => section.id === 'leg-lift');
    expect(legLift?.params.properties.reps).toMatchObject({ minimum: 5, maximum: 15, default: 10 });
    expect(legLift?.params.properties.holdSeconds).toMatchObject({ maximum: 10 });
  });
});

describe('a preview the browser cancelled', () => {
  it('answers quietly, without an error in the log', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.error(Object.assign(new Error('aborted'), { code: 'ECONNRESET' }));
      },
    });
    const response = await POST(
      new Request('http://localhost/api/handouts', {
        method: 'POST',
        body,
        duplex: 'half',
        headers: { 'content-type': 'application/json' },
      } as RequestInit),
    );
    expect(response.status).toBe(499);
    expect(log).not.toHaveBeenCalled();
    log.mockRestore();
  });
});
