import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';

import { renderHandout } from '@/lib/pdf/render';

import { pdfText } from '../helpers/pdf';
import { loadSpec } from '../helpers/specs';

/*
 * Page images of the layouts that break most easily (Arabic and Urdu shaping and direction, Chinese
 * wrapping, Devanagari and Bengali conjuncts and vowel signs, Ethiopic, a Latin language) compared with
 * reviewed references in tests/reference/ (for the newer scripts: page 1, and the last page, where the
 * red flags, always printed last, end).
 * A change that moves text fails here; when the change is intended, look at the new images and refresh
 * them with
 * UPDATE_REFERENCES=1 npx vitest run tests/unit/reference-images.test.ts
 */
const TOLERANCE = 0.005;
const work = mkdtempSync(path.join(tmpdir(), 'handout-ref-'));

async function pageCount(pdf: Buffer): Promise<number> {
  return (await pdfText(pdf)).pages;
}

function pageImage(pdf: Buffer, name: string, page: number): PNG {
  const file = path.join(work, `${name}.pdf`);
  writeFileSync(file, pdf);
  const prefix = path.join(work, `${name}-p${page}`);
  execFileSync('pdftoppm', [
    '-r',
    '50',
    '-png',
    '-singlefile',
    '-f',
    String(page),
    '-l',
    String(page),
    file,
    prefix,
  ]);
  return PNG.sync.read(readFileSync(`${prefix}.png`));
}

describe.each([
  ['ar', 1],
  ['ar', 2],
  ['zh-Hans', 1],
  ['zh-Hans', 2],
  ['es', 2],
  ['hi', 1],
  ['hi', 'last'],
  ['bn', 1],
  ['bn', 'last'],
  ['ur', 1],
  ['ur', 'last'],
  ['am', 1],
  ['am', 'last'],
  // Large print (issue 11): its own layout, in a left-to-right and a right-to-left language.
  ['en', 1, 'large'],
  ['ar', 1, 'large'],
] as const)('page %s %s %s', (locale, which, size?: 'large') => {
  const textSize = size ?? 'standard';
  it('matches its reviewed reference image', async () => {
    const { pdf } = await renderHandout({ ...loadSpec('examples/first-visit.json'), locale, textSize });
    const page = which === 'last' ? await pageCount(pdf) : which;
    const name = `${locale}${textSize === 'large' ? '-large' : ''}`;
    const actual = pageImage(pdf, name, page);
    const reference = path.join(
      'tests/reference',
      `first-visit-${name}-${which === 'last' ? 'last' : `p${which}`}.png`,
    );
    if (process.env.UPDATE_REFERENCES === '1' || !existsSync(reference)) {
      expect(process.env.CI, `missing reference ${reference}`).toBeFalsy();
      writeFileSync(reference, PNG.sync.write(actual));
    }
    const expected = PNG.sync.read(readFileSync(reference));
    expect([actual.width, actual.height]).toEqual([expected.width, expected.height]);
    const diff = new PNG({ width: actual.width, height: actual.height });
    const changed = pixelmatch(actual.data, expected.data, diff.data, actual.width, actual.height, {
      threshold: 0.1,
    });
    if (changed / (actual.width * actual.height) > TOLERANCE) {
      writeFileSync(path.join(work, `diff-${name}-${page}.png`), PNG.sync.write(diff));
    }
    expect(changed / (actual.width * actual.height), `see ${work}`).toBeLessThanOrEqual(TOLERANCE);
  });
});
