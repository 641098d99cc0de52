import { formatPath, type HandoutIssue } from '@/lib/errors';

import { missingGlyphs } from './glyphs';

// Machine values, not text a reader sees: no need to check them against the fonts.
const SKIPPED_KEYS = new Set(['logo', 'accentColor', 'date', 'locale', 'paper', 'units', 'id']);

/**
 * Every string of the spec that holds a character no font of the handout can draw, with its path.
 * Free text is checked here, after the schema, because the answer depends on the handout's fonts.
 */
export function findUnprintableText(
  value: unknown,
  stack: readonly string[],
  path: (string | number)[] = [],
): HandoutIssue[] {
  if (typeof value === 'string') {
    const missing = missingGlyphs(value, stack);
    if (missing.length === 0) return [];
    const shown = missing
      .slice(0, 5)
      .map(
        (char) => `"${char}" (U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')})`,
      );
    return [
      {
        path: formatPath(path),
        message: `These characters cannot be printed: ${shown.join(', ')}. Please remove them.`,
      },
    ];
  }
  if (Array.isArray(value))
    return value.flatMap((item, index) => findUnprintableText(item, stack, [...path, index]));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) =>
      SKIPPED_KEYS.has(key) ? [] : findUnprintableText(item, stack, [...path, key]),
    );
  }
  return [];
}
