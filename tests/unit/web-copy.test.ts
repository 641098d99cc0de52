import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import sharp from 'sharp';
import { describe, expect, it } from 'vitest';

import { POST } from '@/app/api/handouts/route';
import { runCli } from '@/lib/cli/handout-cli';
import { renderHandoutHtml } from '@/lib/html/render';

import { BRAND, loadSpec } from '../helpers/specs';

const firstVisit = loadSpec('examples/first-visit.json');
const count = (html: string, pattern: RegExp) => html.match(pattern)?.length ?? 0;

describe('the web copy (templates/html)', () => {
  it('sets language and direction, one h1, a heading per section, real lists and a red-flag region', async () => {
    const { html } = await renderHandoutHtml({ ...firstVisit, locale: 'ar' });
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="ar" dir="rtl">/);
    expect(count(html, /<h1[ >]/g)).toBe(1);
    const sections = (firstVisit.sections as unknown[]).length;
    expect(count(html, /<section id="section-[^"]+" [^>]*aria-labelledby=/g)).toBe(sections);
    expect(count(html, /<h2 id="section-/g)).toBe(sections);
    // Numbered steps are an <ol>, bullets a <ul>: the browser numbers them and a screen reader counts them.
    expect(html).toMatch(/<ol><li>/);
    expect(html).toMatch(/<ul><li>/);
    expect(html).toMatch(/<section id="section-red-flags" class="section red-flags"/);
    expect(
      count(html, /class="block callout callout-(?:emergency|urgent)" role="region" aria-labelledby="/g),
    ).toBe(2);
    // The clinic's contact is text a phone can read aloud or copy, not a picture.
    expect(html).toContain('(555) 010-2030');
  });

  it('in large print, sets every size a third larger from the root (body 24 px, about 18 pt)', async () => {
    const large = await renderHandoutHtml({ ...firstVisit, textSize: 'large' });
    const standard = await renderHandoutHtml(firstVisit);
    expect(large.html).toContain('html { font-size: 133%; }');
    expect(standard.html).not.toContain('html { font-size:');
    expect(large.code).not.toBe(standard.code);
  });

  it('names every drawing (SVG title) and prints its caption', async () => {
    const { html } = await renderHandoutHtml(firstVisit);
    const drawings = html.match(
      /<svg [^>]*role="img" aria-labelledby="([^"]+)"[^>]*><title id="\1">[^<]+<\/title>/g,
    );
    expect(drawings?.length).toBeGreaterThanOrEqual(3);
    expect(html).toMatch(/<figcaption>[^<]+<\/figcaption>/);
  });

  it('runs nothing and asks nothing from anywhere: no script, no link, no URL but data: and the SVG namespace', async () => {
    const logo = `data:image/png;base64,${(
      await sharp({ create: { width: 120, height: 40, channels: 3, background: '#1d5c8a' } })
        .png()
        .toBuffer()
    ).toString('base64')}`;
    const { html } = await renderHandoutHtml({ ...firstVisit, brand: { ...BRAND, logo } });
    expect(html).not.toMatch(
      /<script|<link|<iframe|<object|<embed|<form|\son[a-z]+=|javascript:|@import|url\(/i,
    );
    expect(html).toMatch(/<img src="data:image\/png;base64,[^"]+" alt="">/);
    const urls = html.match(/(?:https?:)?\/\/[^\s"'<)]+/g) ?? [];
    expect(urls.every((url) => url === 'http://www.w3.org/2000/svg')).toBe(true);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none';`);
  });

  it('escapes what the clinician typed', async () => {
    const { html } = await renderHandoutHtml({
      ...firstVisit,
      patient: { name: 'Ana <img src=x onerror=alert(1)>' },
      note: 'Walk & rest "often" </p><script>alert(1)</script>',
    });
    expect(html).toContain('Ana &lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('Walk &amp; rest &quot;often&quot; &lt;/p&gt;&lt;script&gt;');
    expect(html).not.toMatch(/<script|<img src=x/);
  });

  it('marks the second language of a bilingual handout', async () => {
    const { html } = await renderHandoutHtml({ ...firstVisit, secondaryLocale: 'ar' });
    expect(html).toMatch(
      /<section id="section-plan-ar" class="section translation" [^>]*lang="ar" dir="rtl">/,
    );
    expect(html).toMatch(/<p class="second-title" lang="ar" dir="rtl">/);
  });
});

const post = (body: unknown, query = '?format=html') =>
  POST(
    new Request(`http://localhost/api/handouts${query}`, {
      method: 'POST',
      body: JSON.stringify(body),
      headers: { 'content-type': 'application/json' },
    }),
  );

describe('POST /api/handouts?format=html', () => {
  it('answers an attachment that cannot run in the app origin, named without the patient', async () => {
    const response = await post({ ...firstVisit, patient: { name: 'Alex Rivera' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="back-spasm-handout-[\w.-]+\.html"$/,
    );
    expect(response.headers.get('content-disposition')).not.toMatch(/alex|rivera/i);
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toMatch(/^default-src 'none'; style-src 'unsafe-inline'; img-src data:;/);
    expect(policy).toContain('sandbox');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.text()).toContain('Alex Rivera');
  });

  it('answers 422 for a format it does not make', async () => {
    const response = await post(firstVisit, '?format=docx');
    expect(response.status).toBe(422);
    expect(JSON.stringify(await response.json())).toContain('?format');
  });

  it('answers 422 with the issues for an invalid spec, like the PDF', async () => {
    const response = await post({ brand: BRAND, sections: [{ id: 'leg-lift', params: { reps: 40 } }] });
    expect(response.status).toBe(422);
    expect(JSON.stringify(await response.json())).toContain('sections[0].params.reps');
  });
});

describe('npm run handout -- --format html', () => {
  it('writes the web copy', async () => {
    const target = path.join(mkdtempSync(path.join(tmpdir(), 'handout-html-')), 'first.html');
    const out: string[] = [];
    const io = { readStdin: async () => '', out: (line: string) => out.push(line), err: () => undefined };
    expect(await runCli(['examples/first-visit.json', '-o', target, '--format', 'html'], io)).toBe(0);
    expect(readFileSync(target, 'utf8')).toMatch(/^<!DOCTYPE html>[\s\S]*Positions to ease the pain/);
    expect(await runCli(['examples/first-visit.json', '-o', target, '--format', 'docx'], io)).toBe(1);
  });
});
