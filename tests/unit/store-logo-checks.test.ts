import { createHash, randomBytes } from 'node:crypto';

import sharp from 'sharp';
import { describe, expect, it } from 'vitest';

import { MAX_LOGO_PIXELS } from '@/lib/pdf/logo';
import { MAX_LOGO_BYTES } from '@/lib/spec/logo';
import { declaredKinds, sniffLogo } from '@/lib/store/logo-sniff';
import { LOGO_BOX, MAX_LOGO_UPLOAD_BYTES, prepareLogo } from '@/lib/store/logo-upload';
import { unsafeSvgReason } from '@/lib/store/svg-guard';

import { goodJpeg, goodPng, SVG, truncatedPng } from '../fixtures/store/images';
import { refusal } from '../helpers/refusal';

/*
 * The logo checks one by one, without the HTTP route or a store (tests/unit/store-logo.test.ts drives the
 * route): what the bytes are, what the sender claims, the size and pixel limits at their edges, and the
 * PNG that is stored. Every file is real and goes through sharp.
 */

const svgOfSize = (width: number, height: number) =>
  Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="${width}" height="${height}" fill="#1d5c8a"/></svg>`,
  );

describe('what the bytes are', () => {
  it('knows PNG, JPEG and SVG by their content', async () => {
    expect(sniffLogo(await goodPng())).toBe('png');
    expect(sniffLogo(await goodJpeg())).toBe('jpeg');
    expect(sniffLogo(SVG.good)).toBe('svg');
    // A byte-order mark and leading blank lines are part of ordinary SVG files; a namespace prefix too.
    expect(sniffLogo(Buffer.from('\uFEFF\n  <svg xmlns="http://www.w3.org/2000/svg"/>'))).toBe('svg');
    expect(sniffLogo(Buffer.from('<s:svg xmlns:s="http://www.w3.org/2000/svg"></s:svg>'))).toBe('svg');
  });

  it('needs the whole signature, not one byte of it', () => {
    expect(sniffLogo(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x00]))).toBeUndefined();
    expect(sniffLogo(Buffer.from([0xff, 0xd8, 0x00, 0x00]))).toBeUndefined();
  });

  it('refuses SVG that is not UTF-8 (UTF-16 from a Windows editor), or text that only mentions svg', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SVG.good.toString(), 'utf16le')]);
    expect(sniffLogo(utf16)).toBeUndefined();
    const refused = await refusal(prepareLogo(utf16, { type: 'image/svg+xml', name: 'logo.svg' }));
    expect(refused.issues).toEqual([{ path: 'logo', message: 'Only PNG, JPEG and SVG logos are accepted.' }]);

    expect(sniffLogo(Buffer.from('Our logo: <svg width="10" height="10"/>'))).toBeUndefined();
    expect(sniffLogo(Buffer.from('<html><body>svg logo</body></html>'))).toBeUndefined();
    expect(sniffLogo(Buffer.from('<svgz/>'))).toBeUndefined();
  });
});

describe('what the sender claims', () => {
  it.each([
    [{ type: 'image/png' }, ['png']],
    [{ type: 'IMAGE/PNG; charset=binary' }, ['png']],
    [{ type: ' image/jpeg ' }, ['jpeg']],
    [{ type: 'image/pjpeg' }, ['jpeg']],
    [{ type: 'application/octet-stream' }, []],
    [{ name: 'LOGO.JPG' }, ['jpeg']],
    [{ name: 'clinic.logo.png.jfif' }, ['jpeg']],
    [{ name: 'logo.svg' }, ['svg']],
    [{ name: 'logo' }, []],
    [{ name: 'logo.webp' }, []],
    [{}, []],
    [{ type: 'image/png', name: 'logo.jpeg' }, ['png', 'jpeg']],
  ])('%j claims %j', (declared, kinds) => {
    expect(declaredKinds(declared)).toEqual(kinds);
  });

  it.each([
    [{ type: 'image/jpeg' }, 'JPEG'],
    [{ type: 'Image/SVG+XML' }, 'SVG'],
    [{ name: 'logo.jpg' }, 'JPEG'],
    [{ name: 'logo.png.svg' }, 'SVG'],
    [{ type: 'image/png', name: 'logo.jpg' }, 'JPEG'],
  ])('refuses a PNG sent as %j, naming the claim', async (declared, claimed) => {
    const refused = await refusal(prepareLogo(await goodPng(), declared));
    expect(refused.issues).toEqual([
      {
        path: 'logo',
        message: `This file says it is ${claimed} but its content is PNG. Save it again in its real format.`,
      },
    ]);
  });

  it('takes a PNG whose name and type agree, or say nothing usable', async () => {
    for (const declared of [
      { type: 'image/png', name: 'LOGO.PNG' },
      { type: 'application/octet-stream' },
      {},
    ]) {
      expect(await prepareLogo(await goodPng(), declared)).toMatchObject({ width: 480, height: 240 });
    }
  });
});

describe('the limits at their edges', () => {
  it('takes a file of exactly 2 MB and refuses one byte more with a 413', async () => {
    const png = await goodPng();
    const exactly = Buffer.concat([png, Buffer.alloc(MAX_LOGO_UPLOAD_BYTES - png.length)]);
    expect(await prepareLogo(exactly)).toMatchObject({ width: 480, height: 240 });
    const over = await refusal(prepareLogo(Buffer.concat([exactly, Buffer.alloc(1)])));
    expect([over.code, over.message]).toEqual(['payload_too_large', 'The logo file is larger than 2 MB.']);
  });

  it('takes an image of exactly the pixel limit, scaled into the header box', async () => {
    const side = Math.sqrt(MAX_LOGO_PIXELS);
    const largest = await sharp({ create: { width: side, height: side, channels: 3, background: '#1d5c8a' } })
      .png()
      .toBuffer();
    expect(await prepareLogo(largest)).toMatchObject({ width: 240, height: 240 });
    const over = await sharp({
      create: { width: side + 1, height: side, channels: 3, background: '#1d5c8a' },
    })
      .png()
      .toBuffer();
    expect((await refusal(prepareLogo(over))).issues).toEqual([
      { path: 'logo', message: 'This image is 4097 × 4096 pixels; a logo may have at most 16.8 million.' },
    ]);
  });

  it('names the field it was given, and says what is wrong with the file', async () => {
    const path = 'brands[3].logo';
    const headerless = Buffer.from(await goodPng()).fill(0xff, 8, 40);
    expect((await refusal(prepareLogo(headerless, {}, path))).issues).toEqual([
      { path, message: 'This PNG file is damaged and cannot be read.' },
    ]);
    expect((await refusal(prepareLogo(await truncatedPng(), {}, path))).issues).toEqual([
      { path, message: 'This PNG file is damaged or incomplete and cannot be read.' },
    ]);
    expect((await refusal(prepareLogo(Buffer.alloc(0), {}, path))).issues).toEqual([
      { path, message: 'The logo file is empty.' },
    ]);
    expect((await refusal(prepareLogo(SVG.script, {}, path))).issues).toEqual([
      { path, message: 'This SVG cannot be used because it contains a script.' },
    ]);
  });
});

describe('the PNG that is stored', () => {
  it('draws an SVG of any proportions at the size of the header box', async () => {
    expect(await prepareLogo(svgOfSize(200, 80))).toMatchObject({ width: 600, height: 240 });
    expect(await prepareLogo(svgOfSize(20, 8))).toMatchObject({ width: 600, height: 240 });
    // A 300:1 strip fills the box's width; drawn at the box's height it would be 72000 pixels wide.
    expect((await prepareLogo(svgOfSize(3000, 10))).width).toBe(960);
  });

  it('keeps the true colours of a logo that fits the inline limit', async () => {
    // Red across, green down: tens of thousands of colours, which a palette of 256 would change.
    const gradient = Buffer.alloc(960 * 240 * 3, 128);
    for (let y = 0; y < 240; y += 1)
      for (let x = 0; x < 960; x += 1) {
        gradient[(y * 960 + x) * 3] = Math.floor((x * 255) / 959);
        gradient[(y * 960 + x) * 3 + 1] = Math.floor((y * 255) / 239);
      }
    const png = await sharp(gradient, { raw: { width: 960, height: 240, channels: 3 } })
      .png()
      .toBuffer();
    const stored = await prepareLogo(png);
    expect((await sharp(stored.png).metadata()).isPalette).toBe(false);
    expect(stored.sha256).toBe(createHash('sha256').update(stored.png).digest('hex'));
  });

  it('has room in the inline limit for a palette PNG of the whole box (a byte a pixel, and its palette)', () => {
    expect(LOGO_BOX.width * LOGO_BOX.height + LOGO_BOX.height + 64 * 1024).toBeLessThan(MAX_LOGO_BYTES);
  });

  it('stores a photographic logo, too large as true colour, as a palette PNG under the inline limit', async () => {
    // Noise just over the limit as true colour: quantising it costs seconds, so it is no larger.
    const photo = await sharp(randomBytes(960 * 190 * 3), { raw: { width: 960, height: 190, channels: 3 } })
      .png()
      .toBuffer();
    expect(photo.byteLength).toBeGreaterThan(MAX_LOGO_BYTES);
    const stored = await prepareLogo(photo);
    expect(stored.png.byteLength).toBeLessThanOrEqual(MAX_LOGO_BYTES);
    expect(await sharp(stored.png).metadata()).toMatchObject({ format: 'png', isPalette: true, width: 960 });
  });
});

describe('the SVG scan reads character references as the XML parser will', () => {
  it.each([
    ['a hexadecimal url(', '<rect style="fill: &#x75;rl(/etc/hostname)"/>', /url\(\)/],
    ['an upper-case hexadecimal url(', '<rect style="fill: &#X75;rl(/etc/hostname)"/>', /url\(\)/],
    ['a script in named references', '<text>&lt;script&gt;</text>', /script/],
  ])('refuses %s', (_label, body, reason) => {
    expect(unsafeSvgReason(`<svg xmlns="http://www.w3.org/2000/svg">${body}</svg>`)).toMatch(reason);
  });

  it('leaves references that decode to nothing dangerous alone', () => {
    expect(
      unsafeSvgReason('<svg><text>Smith &amp; Jones &#169; &#0; &#x110000;</text></svg>'),
    ).toBeUndefined();
  });
});
