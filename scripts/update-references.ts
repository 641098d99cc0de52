/**
 * `npm run test:update-references [-- ar zh-Hans]`: renders the reviewed page images again and writes
 * them to tests/reference/ (every one, or only those languages'). Run it on purpose, after looking at
 * the pages a change moved; tests/unit/reference-images.test.ts only ever compares.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { PNG } from 'pngjs';

import { REFERENCE_PAGES, referenceFile, renderReferencePage } from '../tests/helpers/reference-pages';

const only = process.argv.slice(2);
const work = mkdtempSync(path.join(tmpdir(), 'handout-ref-update-'));
const pages = REFERENCE_PAGES.filter(([locale]) => only.length === 0 || only.includes(locale));
if (pages.length === 0) throw new Error(`No reference page for ${only.join(', ')}`);
for (const page of pages) {
  const image = await renderReferencePage(page, work);
  writeFileSync(referenceFile(page), PNG.sync.write(image));
  console.log(`wrote ${referenceFile(page)}`);
}
