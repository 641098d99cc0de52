import { z } from 'zod';

/** Inline logos travel inside the JSON spec, so they are kept small; larger files go through upload. */
export const MAX_LOGO_BYTES = 512 * 1024;

const DATA_URL = /^data:(image\/png|image\/jpeg);base64,([A-Za-z0-9+/]+={0,2})$/;

const SIGNATURES: Record<string, number[]> = {
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  'image/jpeg': [0xff, 0xd8, 0xff],
};

/** Decodes with atob, not Buffer: the builder validates specs with this schema in the browser too. */
export function decodeLogoDataUrl(value: string): { mime: string; bytes: Uint8Array } | undefined {
  const match = DATA_URL.exec(value);
  if (!match?.[1] || !match[2]) return undefined;
  try {
    return { mime: match[1], bytes: Uint8Array.from(atob(match[2]), (char) => char.charCodeAt(0)) };
  } catch {
    return undefined;
  }
}

/** A PNG or JPEG data URL whose bytes really are what its type says. Deep decoding happens in lib/pdf/logo. */
export const ZLogoDataUrlSchema = z.string().superRefine((value, ctx) => {
  if (value.length > Math.ceil((MAX_LOGO_BYTES * 4) / 3) + 64) {
    ctx.addIssue({ code: 'custom', message: `The logo is too large (at most ${MAX_LOGO_BYTES / 1024} KB).` });
    return;
  }
  const decoded = decodeLogoDataUrl(value);
  if (!decoded) {
    ctx.addIssue({ code: 'custom', message: 'The logo must be a PNG or JPEG image (a base64 data URL).' });
    return;
  }
  const signature = SIGNATURES[decoded.mime] ?? [];
  if (!signature.every((byte, i) => decoded.bytes[i] === byte)) {
    ctx.addIssue({ code: 'custom', message: `The logo's content is not a valid ${decoded.mime} file.` });
  }
});
