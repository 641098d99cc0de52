import path from 'node:path';

import { Font } from '@react-pdf/renderer';

/** Where the bundled font files live; overridable for deployments that move the app. */
export const FONTS_DIR =
  process.env.HANDOUT_FONTS_DIR ?? path.join(/*turbopackIgnore: true*/ process.cwd(), 'fonts');

interface FaceFile {
  family: string;
  regular: string;
  bold: string;
}

const BUNDLED: FaceFile[] = [
  { family: 'NotoSans', regular: 'NotoSans-Regular.ttf', bold: 'NotoSans-Bold.ttf' },
  { family: 'NotoSansArabic', regular: 'NotoSansArabic-Regular.ttf', bold: 'NotoSansArabic-Bold.ttf' },
];

let isRegistered = false;

/**
 * Registers every font once per process. Called by the render pipeline, never inside a component:
 * react-pdf keeps fonts in a global store, and re-registering would re-parse the files on each render.
 */
export function registerFonts(): void {
  if (isRegistered) return;
  for (const face of BUNDLED) {
    Font.register({
      family: face.family,
      fonts: [
        { src: path.join(/*turbopackIgnore: true*/ FONTS_DIR, face.regular), fontWeight: 'normal' },
        { src: path.join(/*turbopackIgnore: true*/ FONTS_DIR, face.bold), fontWeight: 'bold' },
      ],
    });
  }
  // No hyphenation in any language: broken words are harder to read for the patients we write for,
  // and react-pdf's built-in patterns are US English only.
  Font.registerHyphenationCallback((word) => [word]);
  isRegistered = true;
}
