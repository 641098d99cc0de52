import { createHash } from 'node:crypto';

import { CONTENT_VERSION } from '@/lib/content-version';
import type { THandoutSpec } from '@/lib/spec/schema';

/**
 * A short code printed in the footer: content version plus a hash of the spec. The patient block is
 * left out, so the same clinical handout gets the same code whoever it was printed for. The parsed spec
 * has its keys in schema order, so equal specs serialise identically. Large print is another printed
 * handout and gets its own code; standard print is left out of the hash so that the codes of handouts
 * printed before text sizes existed still match.
 */
export function handoutCode(spec: THandoutSpec): string {
  const { patient: _patient, textSize, ...rest } = spec;
  const clinical = textSize === 'large' ? { ...rest, textSize } : rest;
  const hash = createHash('sha256').update(JSON.stringify(clinical)).digest('hex').slice(0, 6).toUpperCase();
  return `${CONTENT_VERSION}-${hash}`;
}
