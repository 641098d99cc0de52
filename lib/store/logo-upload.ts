import { createHash } from 'node:crypto';

import sharp, { type Sharp } from 'sharp';

import { MAX_LOGO_PIXELS } from '@/lib/pdf/logo';
import { MAX_LOGO_BYTES } from '@/lib/spec/logo';

import { invalidInput, tooLarge } from './errors';
import { MAX_LOGO_UPLOAD_BYTES } from './logo-limits';
import {
  type DeclaredFile,
  declaredKinds,
  KIND_LABEL,
  sniffLogo,
  svgText,
  type TLogoKind,
} from './logo-sniff';
import type { TStoredLogo } from './schemas';
import { unsafeSvgReason } from './svg-guard';

export { MAX_LOGO_UPLOAD_BYTES };

/** Every stored logo fits this box: sharp in the PDF header, small in the database. */
export const LOGO_BOX = { width: 960, height: 240 } as const;

function rejected(message: string, path: string): never {
  throw invalidInput('The logo could not be used.', [{ path, message }]);
}

/**
 * Pixel count from the header only: nothing is decoded until the size is known to be sane. A header
 * without a size (width or height 0) is refused here by sharp itself as a corrupt header.
 */
async function headerSize(input: Buffer, kind: TLogoKind, path: string) {
  const { width, height } = await sharp(input, { limitInputPixels: false })
    .metadata()
    .catch(() => rejected(`This ${KIND_LABEL[kind]} file is damaged and cannot be read.`, path));
  return { width, height };
}

async function decoder(input: Buffer, kind: TLogoKind, path: string) {
  const { width, height } = await headerSize(input, kind, path);
  const options = { limitInputPixels: MAX_LOGO_PIXELS, failOn: 'error' } as const;
  if (kind === 'svg') {
    // Vector art: render straight at the target size, whatever the declared size (no SVG is a bomb by size).
    const scale = Math.min(LOGO_BOX.width / width, LOGO_BOX.height / height);
    return sharp(input, { ...options, density: Math.min(Math.max(72 * scale, 1), 2400) });
  }
  if (width * height > MAX_LOGO_PIXELS) {
    const million = (MAX_LOGO_PIXELS / 1e6).toFixed(1);
    rejected(`This image is ${width} × ${height} pixels; a logo may have at most ${million} million.`, path);
  }
  // EXIF rotation is applied, then sharp drops all metadata (EXIF, GPS, ICC comments) on re-encoding.
  return sharp(input, options).rotate();
}

async function encode(image: Sharp, isPalette: boolean) {
  return image
    .clone()
    .resize({ ...LOGO_BOX, fit: 'inside', withoutEnlargement: true })
    .png({ compressionLevel: 9, palette: isPalette })
    .toBuffer({ resolveWithObject: true });
}

/**
 * Turns an uploaded file into the stored logo: type from the bytes, size and pixel limits, SVG safety
 * scan, full decode, scaled down into LOGO_BOX, re-encoded as PNG without metadata. Throws a 413 or a
 * 422 with a message the clinician can act on; nothing is written here.
 */
export async function prepareLogo(
  bytes: Uint8Array,
  declared: DeclaredFile = {},
  path = 'logo',
): Promise<TStoredLogo> {
  if (bytes.byteLength > MAX_LOGO_UPLOAD_BYTES) {
    throw tooLarge(`The logo file is larger than ${MAX_LOGO_UPLOAD_BYTES / 1024 / 1024} MB.`);
  }
  if (bytes.byteLength === 0) rejected('The logo file is empty.', path);
  const kind = sniffLogo(bytes) ?? rejected('Only PNG, JPEG and SVG logos are accepted.', path);
  const claimed = declaredKinds(declared).find((other) => other !== kind);
  if (claimed) {
    rejected(
      `This file says it is ${KIND_LABEL[claimed]} but its content is ${KIND_LABEL[kind]}. Save it again in its real format.`,
      path,
    );
  }
  if (kind === 'svg') {
    const reason = unsafeSvgReason(svgText(bytes) ?? '');
    if (reason) rejected(`This SVG cannot be used because it ${reason}.`, path);
  }
  const input = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const image = await decoder(input, kind, path);
  try {
    let { data, info } = await encode(image, false);
    // Photographic logos can stay large as true-colour PNG; a palette keeps them under the inline limit:
    // at most a byte a pixel, and LOGO_BOX holds 230 400 (tests/unit/store-logo-checks.test.ts).
    if (data.byteLength > MAX_LOGO_BYTES) ({ data, info } = await encode(image, true));
    return {
      png: data,
      sha256: createHash('sha256').update(data).digest('hex'),
      width: info.width,
      height: info.height,
    };
  } catch {
    return rejected(`This ${KIND_LABEL[kind]} file is damaged or incomplete and cannot be read.`, path);
  }
}
