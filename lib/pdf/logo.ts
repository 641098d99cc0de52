import { createHash } from 'node:crypto';

import sharp from 'sharp';

import { HandoutError } from '@/lib/errors';
import { decodeLogoDataUrl } from '@/lib/spec/logo';

/** Decoded pixels allowed in a logo: blocks decompression bombs before sharp allocates them. */
export const MAX_LOGO_PIXELS = 4096 * 4096;
const OUTPUT_HEIGHT = 240;

export interface NormalizedLogo {
  data: Buffer;
  format: 'png';
}

const cache = new Map<string, NormalizedLogo>();
const CACHE_LIMIT = 32;

/**
 * Fully decodes the logo (a truncated or corrupt file fails here with a clear message instead of
 * crashing the PDF renderer), scales it down and re-encodes it as PNG with metadata stripped.
 * Results are cached by content hash: a clinic prints the same logo all day.
 */
export async function normalizeLogo(dataUrl: string, path = 'brand.logo'): Promise<NormalizedLogo> {
  const decoded = decodeLogoDataUrl(dataUrl);
  if (!decoded) throw unreadable(path);
  const key = createHash('sha256').update(decoded.bytes).digest('hex');
  const hit = cache.get(key);
  if (hit) return hit;
  try {
    const data = await sharp(decoded.bytes, { limitInputPixels: MAX_LOGO_PIXELS, failOn: 'error' })
      .rotate()
      .resize({ height: OUTPUT_HEIGHT, withoutEnlargement: true })
      .png({ compressionLevel: 9 })
      .toBuffer();
    const logo: NormalizedLogo = { data, format: 'png' };
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value ?? '');
    cache.set(key, logo);
    return logo;
  } catch {
    throw unreadable(path);
  }
}

function unreadable(path: string): HandoutError {
  return new HandoutError('invalid_spec', 'The handout spec is not valid.', [
    { path, message: 'The logo could not be read. It may be damaged, too large, or not a real PNG or JPEG.' },
  ]);
}
