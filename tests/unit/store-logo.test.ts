import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { DELETE, GET, PUT } from '@/app/api/brands/[id]/logo/route';
import { MAX_LOGO_UPLOAD_BYTES, prepareLogo } from '@/lib/store/logo-upload';
import { getStore } from '@/lib/store/open';
import { unsafeSvgReason } from '@/lib/store/svg-guard';

import { gif, goodJpeg, goodPng, pixelBombPng, SVG, truncatedPng } from '../fixtures/store/images';
import { NORTHSIDE } from '../fixtures/store/temp-store';
import { AS_ADMIN } from '../helpers/actors';
import { forEachEngine } from '../helpers/engines';
import { apiRequest } from '../helpers/requests';

let brandId: string;

const context = () => ({ params: Promise.resolve({ id: brandId }) });
const url = () => `http://localhost/api/brands/${brandId}/logo`;

/** A browser's multipart PUT from this machine, naming the profile's version as the editor read it. */
async function multipartRequest(form: FormData, method = 'PUT'): Promise<Request> {
  const { version } = await getStore().brands.get(brandId);
  return new Request(apiRequest(method, undefined, { version }), { body: form });
}

async function upload(bytes: Uint8Array, name: string, type: string): Promise<Response> {
  const form = new FormData();
  form.set('logo', new File([new Uint8Array(bytes)], name, { type }));
  return PUT(await multipartRequest(form), context());
}

async function storedLogo() {
  const response = await GET(new Request(url()), context());
  return response.status === 200 ? Buffer.from(await response.arrayBuffer()) : undefined;
}

forEachEngine('logo upload routes', (engine) => {
  let restore: () => Promise<void>;
  beforeAll(async () => {
    ({ restore } = await engine.useForApp());
    brandId = (await getStore().brands.create(NORTHSIDE, AS_ADMIN)).id;
  });
  afterAll(() => restore());

  describe('logo upload', () => {
    it('accepts a PNG, scales it into the header box and stores it as PNG', async () => {
      const response = await upload(await goodPng(3000, 1000), 'logo.png', 'image/png');
      expect(response.status).toBe(200);
      const profile = (await response.json()) as { logo: { sha256: string; width: number; height: number } };
      expect(profile.logo).toMatchObject({ width: 720, height: 240 });
      const stored = await storedLogo();
      expect(stored && (await sharp(stored).metadata()).format).toBe('png');
    });

    it.each([
      ['a truncated PNG', () => truncatedPng(), 'broken.png', 'image/png', 422, /damaged or incomplete/],
      [
        'a JPEG renamed .png',
        () => goodJpeg(),
        'photo.png',
        'image/png',
        422,
        /says it is PNG but its content is JPEG/,
      ],
      ['a pixel bomb', async () => pixelBombPng(), 'bomb.png', 'image/png', 422, /100000 × 100000 pixels/],
      ['an SVG with a script', async () => SVG.script, 'logo.svg', 'image/svg+xml', 422, /contains a script/],
      ['an SVG with onload', async () => SVG.onload, 'logo.svg', 'image/svg+xml', 422, /event-handler/],
      [
        'an SVG linking a local file',
        async () => SVG.externalHref,
        'logo.svg',
        'image/svg+xml',
        422,
        /external/,
      ],
      ['an SVG linking a web address', async () => SVG.remoteHref, 'logo.svg', '', 422, /external/],
      ['an SVG with url() to a file', async () => SVG.cssUrl, 'logo.svg', '', 422, /url\(\)/],
      ['an SVG with an encoded url()', async () => SVG.encodedUrl, 'logo.svg', '', 422, /url\(\)|escape/],
      ['an SVG with foreignObject', async () => SVG.foreignObject, 'logo.svg', '', 422, /foreignObject/],
      ['an SVG with an external entity', async () => SVG.entity, 'logo.svg', '', 422, /DOCTYPE/],
      ['a GIF', async () => gif(), 'logo.gif', 'image/gif', 422, /Only PNG, JPEG and SVG/],
      [
        'a text file renamed .png',
        async () => Buffer.from('hello'),
        'logo.png',
        'image/png',
        422,
        /Only PNG/,
      ],
      ['an empty file', async () => Buffer.alloc(0), 'logo.png', 'image/png', 422, /empty/],
      [
        'a file over 2 MB',
        async () => Buffer.concat([await goodPng(), Buffer.alloc(MAX_LOGO_UPLOAD_BYTES)]),
        'big.png',
        'image/png',
        413,
        /larger than 2 MB/,
      ],
    ])('rejects %s and keeps the previous logo', async (_label, make, name, type, status, message) => {
      const before = await storedLogo();
      const shaBefore = (await getStore().brands.get(brandId)).logo?.sha256;
      expect(before && shaBefore).toBeTruthy();
      const response = await upload(await make(), name, type);
      expect(response.status).toBe(status);
      const body = (await response.json()) as { error: string; issues: { path: string; message: string }[] };
      expect([body.error, ...body.issues.map((issue) => issue.message)].join(' ')).toMatch(message);
      expect(await storedLogo()).toEqual(before);
      expect((await getStore().brands.get(brandId)).logo?.sha256).toBe(shaBefore);
    });

    it('takes the type from the bytes: a JPEG upload is re-encoded as PNG without its EXIF data', async () => {
      const jpeg = await goodJpeg();
      expect((await sharp(jpeg).metadata()).exif).toBeDefined();
      const response = await upload(jpeg, 'photo.jpg', 'image/jpeg');
      expect(response.status).toBe(200);
      const stored = await storedLogo();
      const metadata = stored && (await sharp(stored).metadata());
      expect(metadata).toMatchObject({ format: 'png', width: 400, height: 200 });
      expect(metadata?.exif).toBeUndefined();
      expect(stored?.includes(Buffer.from('Northside secret camera'))).toBe(false);
    });

    it('rasterises a clean SVG, whatever size it declares', async () => {
      for (const svg of [SVG.good, Buffer.from(SVG.huge)]) {
        const response = await upload(new Uint8Array(svg), 'logo.svg', 'image/svg+xml');
        expect(response.status).toBe(200);
        const { logo } = (await response.json()) as { logo: { width: number; height: number } };
        expect(logo.width).toBeLessThanOrEqual(960);
        expect(logo.height).toBe(240);
      }
    });

    it('refuses a logo sent as a raw body (415): only the multipart form a browser sends is taken', async () => {
      const { version, logo } = await getStore().brands.get(brandId);
      const response = await PUT(
        apiRequest('PUT', undefined, { version, headers: { 'content-type': 'image/svg+xml' } }),
        context(),
      );
      expect(response.status).toBe(415);
      expect((await getStore().brands.get(brandId)).logo).toEqual(logo);
    });

    it('deletes the logo, then answers 404 for it', async () => {
      const { version } = await getStore().brands.get(brandId);
      const response = await DELETE(apiRequest('DELETE', undefined, { version }), context());
      expect(response.status).toBe(200);
      expect(((await response.json()) as { logo: unknown }).logo).toBeNull();
      expect((await GET(new Request(url()), context())).status).toBe(404);
    });

    it('answers 404 for an unknown profile before reading the file', async () => {
      const form = new FormData();
      form.set('logo', new File([new Uint8Array(await goodPng())], 'logo.png', { type: 'image/png' }));
      const missing = { params: Promise.resolve({ id: '00000000-0000-4000-8000-000000000000' }) };
      const response = await PUT(
        new Request(apiRequest('PUT', undefined, { version: 1 }), { body: form }),
        missing,
      );
      expect(response.status).toBe(404);
    });
  });

  describe('the SVG scan', () => {
    it('passes internal references and inline raster images only', () => {
      expect(unsafeSvgReason(SVG.good.toString())).toBeUndefined();
      expect(unsafeSvgReason('<svg><image href="data:image/png;base64,AAAA"/></svg>')).toBeUndefined();
      expect(unsafeSvgReason('<svg><image href="data:image/svg+xml;base64,AAAA"/></svg>')).toMatch(
        /external/,
      );
      expect(unsafeSvgReason("<svg><use xlink:href = 'other.svg#a'/></svg>")).toMatch(/external/);
      expect(unsafeSvgReason('<svg><style>@import "x.css";</style></svg>')).toMatch(/import/);
      expect(unsafeSvgReason('<svg><x:script xmlns:x="http://www.w3.org/2000/svg"/></svg>')).toMatch(
        /script/,
      );
    });

    it('is applied by prepareLogo before any parser runs', async () => {
      await expect(prepareLogo(SVG.entity)).rejects.toMatchObject({ code: 'invalid_spec' });
    });
  });
});
