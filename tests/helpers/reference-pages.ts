import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { PNG } from 'pngjs';

import { renderHandout } from '@/lib/pdf/render';

import { pdfText } from './pdf';
import { loadSpec } from './specs';

/*
 * The reviewed page images: the layouts that break most easily (Arabic and Urdu shaping and direction,
 * Chinese wrapping, Devanagari and Bengali conjuncts and vowel signs, Ethiopic, a Latin language). For
 * the newer scripts: page 1, and the last page, where the red flags, always printed last, end.
 * tests/unit/reference-images.test.ts compares against them; only scripts/update-references.ts writes them.
 */
export const REFERENCE_PAGES = [
  ['ar', 1, 'standard'],
  ['ar', 2, 'standard'],
  ['zh-Hans', 1, 'standard'],
  ['zh-Hans', 2, 'standard'],
  ['es', 2, 'standard'],
  ['hi', 1, 'standard'],
  ['hi', 'last', 'standard'],
  ['bn', 1, 'standard'],
  ['bn', 'last', 'standard'],
  ['ur', 1, 'standard'],
  ['ur', 'last', 'standard'],
  ['am', 1, 'standard'],
  ['am', 'last', 'standard'],
  // Large print (issue 11): its own layout, in a left-to-right and a right-to-left language.
  ['en', 1, 'large'],
  ['ar', 1, 'large'],
] as const;

export type ReferencePage = readonly [locale: string, which: number | 'last', textSize: 'standard' | 'large'];

const nameOf = ([locale, , textSize]: ReferencePage) => `${locale}${textSize === 'large' ? '-large' : ''}`;

export const referenceFile = (page: ReferencePage) =>
  path.join(
    'tests/reference',
    `first-visit-${nameOf(page)}-${page[1] === 'last' ? 'last' : `p${page[1]}`}.png`,
  );

/** The page of examples/first-visit.json in that language, as pdftoppm draws it at 50 dpi. */
export async function renderReferencePage(reference: ReferencePage, workDir: string): Promise<PNG> {
  const [locale, which, textSize] = reference;
  const { pdf } = await renderHandout({ ...loadSpec('examples/first-visit.json'), locale, textSize });
  const page = which === 'last' ? (await pdfText(pdf)).pages : which;
  const file = path.join(workDir, `${nameOf(reference)}.pdf`);
  writeFileSync(file, pdf);
  const prefix = path.join(workDir, `${nameOf(reference)}-p${page}`);
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
