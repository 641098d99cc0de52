import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';

import { REFERENCE_PAGES, referenceFile, renderReferencePage } from '../helpers/reference-pages';

/*
 * Page images compared with reviewed references in tests/reference/ (the list: tests/helpers/reference-pages.ts).
 * A change that moves text fails here. This test never writes a reference, not even a missing one: a
 * run must not create what it compares against. When a change is intended, look at the new images and
 * write them on purpose with
 *   npm run test:update-references [-- ar zh-Hans]
 */
const TOLERANCE = 0.005;
const work = mkdtempSync(path.join(tmpdir(), 'handout-ref-'));

describe.each(REFERENCE_PAGES)('page %s %s %s', (locale, which, textSize) => {
  it('matches its reviewed reference image', async () => {
    const reference = referenceFile([locale, which, textSize]);
    expect(
      existsSync(reference),
      `missing reference ${reference}: render it, look at it, then create it with npm run test:update-references -- ${locale}`,
    ).toBe(true);
    const actual = await renderReferencePage([locale, which, textSize], work);
    const expected = PNG.sync.read(readFileSync(reference));
    expect([actual.width, actual.height]).toEqual([expected.width, expected.height]);
    const diff = new PNG({ width: actual.width, height: actual.height });
    const changed = pixelmatch(actual.data, expected.data, diff.data, actual.width, actual.height, {
      threshold: 0.1,
    });
    if (changed / (actual.width * actual.height) > TOLERANCE) {
      writeFileSync(path.join(work, `diff-${locale}-${textSize}-${which}.png`), PNG.sync.write(diff));
    }
    expect(changed / (actual.width * actual.height), `see ${work}`).toBeLessThanOrEqual(TOLERANCE);
  });
});
