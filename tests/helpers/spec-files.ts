import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/*
 * Specs for tests, without the renderer: a test that only builds payloads imports this, not specs.ts,
 * and so never loads react-pdf (mutation testing imports each test file again for every mutant).
 */
export const BRAND = { name: 'Test Clinic', phone: '555-0100' } as const;

export function loadSpec(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
}

/** Every realistic spec the repository holds: the README's examples and the test fixtures. */
export function loadSpecFiles(): { file: string; spec: Record<string, unknown> }[] {
  return ['examples', 'tests/fixtures']
    .flatMap((dir) =>
      readdirSync(dir)
        .filter((name) => name.endsWith('.json'))
        .map((name) => path.join(dir, name)),
    )
    .map((file) => ({ file, spec: loadSpec(file) }));
}

export function oneSection(
  id: string,
  params: Record<string, unknown> = {},
  extra: Record<string, unknown> = {},
) {
  return { brand: BRAND, sections: [{ id, params }], ...extra };
}
