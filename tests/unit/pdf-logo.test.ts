import sharp from 'sharp';
import { describe, expect, it } from 'vitest';

import { normalizeLogo } from '@/lib/pdf/logo';

import { goodPng, pixelBombPng, truncatedPng } from '../fixtures/store/images';
import { refusal } from '../helpers/refusal';

/*
 * The logo as the PDF header gets it (lib/pdf/logo.ts): decoded in full, turned upright, at most 240 px
 * high, PNG without metadata, or a spec error on the logo's field; and decoded once while the same logo
 * prints all day. No PDF is drawn here.
 */

const dataUrl = (bytes: Buffer, mime = 'image/png') => `data:${mime};base64,${bytes.toString('base64')}`;
/** A 1 × 1 logo of its own colour, so that no other test has it in the cache. */
let colours = 0;
const freshLogo = async () => {
  colours += 1;
  return dataUrl(await goodPng(1, 1, `#${(0x100000 + colours * 97).toString(16)}`));
};

describe('the logo in the PDF header', () => {
  it('scales a large logo down to 240 px high, and never enlarges a small one', async () => {
    const large = await normalizeLogo(dataUrl(await goodPng(1200, 600)));
    expect(large.format).toBe('png');
    expect(await sharp(large.data).metadata()).toMatchObject({ format: 'png', width: 480, height: 240 });
    const small = await normalizeLogo(dataUrl(await goodPng(200, 50, '#7a1f5c')));
    expect(await sharp(small.data).metadata()).toMatchObject({ width: 200, height: 50 });
  });

  it('turns a camera JPEG upright and drops its EXIF data', async () => {
    // Stored 400 × 200 with "rotate 90°": it is a portrait photo, 200 wide and 400 high.
    const jpeg = await sharp({ create: { width: 400, height: 200, channels: 3, background: '#1d5c8a' } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toBuffer();
    const logo = await normalizeLogo(dataUrl(jpeg, 'image/jpeg'));
    const metadata = await sharp(logo.data).metadata();
    expect(metadata).toMatchObject({ format: 'png', width: 120, height: 240 });
    expect(metadata.exif).toBeUndefined();
  });

  it.each([
    ['not a data URL', async () => 'https://tracker.example/logo.png'],
    ['a truncated PNG', async () => dataUrl(await truncatedPng())],
    ['a pixel bomb', async () => dataUrl(pixelBombPng())],
  ])('refuses %s with a spec error on the logo field', async (_label, make) => {
    const refused = await refusal(normalizeLogo(await make()));
    expect([refused.code, refused.message]).toEqual(['invalid_spec', 'The handout spec is not valid.']);
    expect(refused.issues).toEqual([
      {
        path: 'brand.logo',
        message: 'The logo could not be read. It may be damaged, too large, or not a real PNG or JPEG.',
      },
    ]);
    expect((await refusal(normalizeLogo(await make(), 'brands[2].logo'))).issues[0]?.path).toBe(
      'brands[2].logo',
    );
  });

  it('refuses a logo of more than 4096 × 4096 pixels before decoding it', async () => {
    // Small as a file (one colour), 64 MB once decoded: the API and the command line take inline logos.
    const wide = await sharp({ create: { width: 4097, height: 4096, channels: 3, background: '#1d5c8a' } })
      .png()
      .toBuffer();
    expect((await refusal(normalizeLogo(dataUrl(wide)))).issues[0]?.path).toBe('brand.logo');
  });

  it('decodes a logo once while it keeps printing, and keeps the last 32 logos, not more', async () => {
    const first = await freshLogo();
    const second = await freshLogo();
    const decoded = await normalizeLogo(first);
    await normalizeLogo(second);
    expect(await normalizeLogo(first)).toBe(decoded);

    // 30 more logos make 32 since `first`: it is still held; one more, and it is decoded again.
    for (let i = 0; i < 30; i += 1) await normalizeLogo(await freshLogo());
    expect(await normalizeLogo(first)).toBe(decoded);
    await normalizeLogo(await freshLogo());
    const again = await normalizeLogo(first);
    expect(again).not.toBe(decoded);
    expect(again).toEqual(decoded);
  });
});
