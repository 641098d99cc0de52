/** The logo formats the upload accepts. */
export type TLogoKind = 'png' | 'jpeg' | 'svg';

export const KIND_LABEL: Record<TLogoKind, string> = { png: 'PNG', jpeg: 'JPEG', svg: 'SVG' };

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const SVG_ROOT = /<(?:[\w.-]+:)?svg[\s/>]/i;

const startsWith = (bytes: Uint8Array, signature: number[]) =>
  signature.every((byte, index) => bytes[index] === byte);

/** SVG must be UTF-8: the safety scan has to read exactly the text librsvg will parse. */
export function svgText(bytes: Uint8Array): string | undefined {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.trimStart().startsWith('<') && SVG_ROOT.test(text) ? text : undefined;
  } catch {
    return undefined;
  }
}

/** What the bytes are, whatever the file is called. */
export function sniffLogo(bytes: Uint8Array): TLogoKind | undefined {
  if (startsWith(bytes, PNG)) return 'png';
  if (startsWith(bytes, JPEG)) return 'jpeg';
  return svgText(bytes) === undefined ? undefined : 'svg';
}

const BY_TYPE: Record<string, TLogoKind> = {
  'image/png': 'png',
  'image/jpeg': 'jpeg',
  'image/jpg': 'jpeg',
  'image/pjpeg': 'jpeg',
  'image/svg+xml': 'svg',
};
const BY_EXTENSION: Record<string, TLogoKind> = {
  png: 'png',
  jpg: 'jpeg',
  jpeg: 'jpeg',
  jfif: 'jpeg',
  svg: 'svg',
};

/** What the sender claims: a file name and a media type, each of which may be missing or generic. */
export interface DeclaredFile {
  type?: string;
  name?: string;
}

export function declaredKinds({ type, name }: DeclaredFile): TLogoKind[] {
  const byType = BY_TYPE[(type ?? '').split(';')[0]?.trim().toLowerCase() ?? ''];
  const extension = /\.([a-z0-9]+)$/i.exec(name ?? '')?.[1]?.toLowerCase() ?? '';
  const byName = BY_EXTENSION[extension];
  return [byType, byName].filter((kind): kind is TLogoKind => kind !== undefined);
}
