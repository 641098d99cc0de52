import { readFileSync } from 'node:fs';

import * as fontkit from 'fontkit';

import { FONT_FAMILIES, type FontFace, isFamilyAvailable, type TFontFamilyName } from './font-catalog';

/*
 * Font bytes, once per process. react-pdf read a file again for every face it loaded, in every render
 * worker: the four CJK faces (SC, TC, JP, KR) are one 20 MB collection, read twice per weight and again
 * by the glyph check, so each worker held about 240 MB of font files. Now the pool reads each file once
 * into a SharedArrayBuffer that every worker sees (shareFontFiles, adoptSharedFontFiles), and a thread
 * opens each face once for react-pdf and the glyph check alike (openFace). Outside the pool (the CLI,
 * the tests, HANDOUT_RENDER_WORKERS=0) a thread reads each file once, when a face in it is first needed.
 */
const files = new Map<string, Buffer>();

/** Every available font file, each read once into memory the render workers share (workerData). */
export function shareFontFiles(): Map<string, SharedArrayBuffer> {
  const shared = new Map<string, SharedArrayBuffer>();
  for (const name of Object.keys(FONT_FAMILIES) as TFontFamilyName[]) {
    if (!isFamilyAvailable(name)) continue;
    const { regular, bold } = FONT_FAMILIES[name];
    for (const { file } of [regular, bold]) {
      if (shared.has(file)) continue;
      const bytes = readFileSync(file);
      const buffer = new SharedArrayBuffer(bytes.byteLength);
      new Uint8Array(buffer).set(bytes);
      shared.set(file, buffer);
    }
  }
  return shared;
}

/** In a render worker: the font files the pool shared, used instead of reading them again. */
export function adoptSharedFontFiles(shared: ReadonlyMap<string, SharedArrayBuffer>): void {
  for (const [file, buffer] of shared) files.set(file, Buffer.from(buffer));
}

function fileBytes(file: string): Buffer {
  let bytes = files.get(file);
  if (!bytes) {
    bytes = readFileSync(file);
    files.set(file, bytes);
  }
  return bytes;
}

const faces = new Map<string, fontkit.Font>();

/** The fontkit face of a catalog entry, opened once per thread (a collection's face by its name). */
export function openFace(face: FontFace): fontkit.Font {
  const key = `${face.file}#${face.postscriptName ?? ''}`;
  let font = faces.get(key);
  if (!font) {
    const opened = fontkit.create(fileBytes(face.file), face.postscriptName) as
      fontkit.Font | fontkit.FontCollection | null;
    if (!opened || !('hasGlyphForCodePoint' in opened))
      throw new Error(`No single font ${face.postscriptName ?? ''} in ${face.file}.`);
    font = opened;
    faces.set(key, font);
  }
  return font;
}
