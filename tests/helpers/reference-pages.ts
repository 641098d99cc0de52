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
  ['ar', 1],
  ['ar', 2],
  ['zh-Hans', 1],
  ['zh-Hans', 2],
  ['es', 2],
  ['hi', 1],
  ['hi', 'last'],
  ['bn', 1],
  ['bn', 'last'],
  // Bengali runs a page longer: lists A and B end on page 5, list C alone on page 6 (issue 11's page budgets).
  ['bn', 5],
  ['ur', 1],
  ['ur', 'last'],
  ['am', 1],
  ['am', 'last'],
] as const;

export type ReferencePage = readonly [locale: string, which: number | 'last'];

export const referenceFile = ([locale, which]: ReferencePage) =>
  path.join('tests/reference', `first-visit-${locale}-${which === 'last' ? 'last' : `p${which}`}.png`);

/** The page of examples/first-visit.json in that language, as pdftoppm draws it at 50 dpi. */
export async function renderReferencePage([locale, which]: ReferencePage, workDir: string): Promise<PNG> {
  const { pdf } = await renderHandout({ ...loadSpec('examples/first-visit.json'), locale });
  const page = which === 'last' ? (await pdfText(pdf)).pages : which;
  const file = path.join(workDir, `${locale}.pdf`);
  writeFileSync(file, pdf);
  const prefix = path.join(workDir, `${locale}-p${page}`);
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
