import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { renderHandout } from '@/lib/pdf/render';

import { pdfText } from './pdf';

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

/** Renders a spec through the real pipeline and returns what a reader of the PDF would see. */
export async function renderText(spec: unknown) {
  const rendered = await renderHandout(spec);
  return { ...rendered, ...(await pdfText(rendered.pdf)) };
}

export function oneSection(
  id: string,
  params: Record<string, unknown> = {},
  extra: Record<string, unknown> = {},
) {
  return { brand: BRAND, sections: [{ id, params }], ...extra };
}
