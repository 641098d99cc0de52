/*
 * A namespace file (locales/<lang>/<ns>.json) as flat keys. The locale tests and the clinic's
 * translation review (lib/translations) read the shipped files and a clinic's correction through
 * these same helpers, so a correction is held to exactly the rules of the shipped translation.
 */

export type TTree = { [key: string]: string | TTree };

/** i18next's plural suffixes (Intl.PluralRules categories). */
export const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Every string of a tree as [dotted key, value], in file order. */
export function leaves(tree: TTree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [[`${prefix}${key}`, value] as [string, string]]
      : leaves(value, `${prefix}${key}.`),
  );
}

/** The key without its plural suffix, and the suffix ('' for a key that is not a plural form). */
export function pluralParts(key: string): { base: string; form: string } {
  return { base: key.replace(PLURAL, ''), form: PLURAL.exec(key)?.[1] ?? '' };
}

/** key (plural suffix folded) -> { form -> value } */
export function grouped(tree: TTree): Map<string, Map<string, string>> {
  const map = new Map<string, Map<string, string>>();
  for (const [key, value] of leaves(tree)) {
    const { base, form } = pluralParts(key);
    map.set(base, (map.get(base) ?? new Map()).set(form, value));
  }
  return map;
}

/** The interpolation variables of a value, as written: `{{count}}`. */
export const variables = (value: string) => new Set(value.match(/\{\{\w+\}\}/g) ?? []);

/** The tree with some dotted keys given other values (a clinic's corrections); the input is not changed. */
export function withValues(tree: TTree, values: Readonly<Record<string, string>>): TTree {
  const copy = structuredClone(tree);
  for (const [key, value] of Object.entries(values)) {
    const path = key.split('.');
    const last = path.pop();
    const node = path.reduce<TTree | undefined>((at, part) => {
      const next = at?.[part];
      return typeof next === 'object' ? next : undefined;
    }, copy);
    // Only a string the tree already has: a correction never adds a key or replaces a group.
    if (node && last !== undefined && typeof node[last] === 'string') node[last] = value;
  }
  return copy;
}
