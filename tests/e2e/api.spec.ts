import { readFileSync } from 'node:fs';

import { expect, test } from '@playwright/test';

import { pdfText } from '../helpers/pdf';

const firstVisit = JSON.parse(readFileSync('examples/first-visit.json', 'utf8')) as Record<string, unknown>;

test('POST /api/handouts returns a PDF with the chosen content and no patient name in the file name', async ({
  request,
}) => {
  const response = await request.post('/api/handouts', { data: firstVisit });
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('application/pdf');
  const disposition = response.headers()['content-disposition'] ?? '';
  expect(disposition).toMatch(/^attachment; filename="back-spasm-handout-[0-9.]+-[0-9A-F]{6}\.pdf"$/);
  expect(disposition).not.toContain('Rivera');
  const { text, pages } = await pdfText(await response.body());
  expect(pages).toBeGreaterThanOrEqual(2);
  expect(text).toContain('Keep the heat on for 15 minutes, 3 times a day.');
  expect(text).toContain('Call 911 or go to the emergency room now if:');
});

test('the server answers 422 with issues, 413 for a huge body, and never 500 for bad input', async ({
  request,
}) => {
  const invalid = await request.post('/api/handouts', {
    data: { ...firstVisit, sections: [{ id: 'heat-cold', params: { heatMinutes: 45 } }] },
  });
  expect(invalid.status()).toBe(422);
  expect(await invalid.json()).toMatchObject({ issues: [{ path: 'sections[0].params.heatMinutes' }] });

  const malformed = await request.post('/api/handouts', {
    headers: { 'content-type': 'application/json' },
    data: Buffer.from('{"brand": '),
  });
  expect(malformed.status()).toBe(422);

  const huge = await request.post('/api/handouts', {
    headers: { 'content-type': 'application/json' },
    data: Buffer.from(JSON.stringify({ note: 'x'.repeat(3 * 1024 * 1024) })),
  });
  expect(huge.status()).toBe(413);
});

test('GET /api/sections lists every section with its limits', async ({ request }) => {
  const response = await request.get('/api/sections');
  expect(response.status()).toBe(200);
  const body = (await response.json()) as {
    sections: { id: string; params: { properties: Record<string, unknown> } }[];
  };
  expect(body.sections.map((section) => section.id)).toContain('red-flags');
  const heat = body.sections.find((section) => section.id === 'heat-cold');
  expect(heat?.params.properties.heatMinutes).toMatchObject({ minimum: 10, maximum: 20, default: 15 });
});
