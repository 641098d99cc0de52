import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';

import { DATABASE_FILE } from '@/lib/store/db';
import { MIGRATIONS, runMigrations } from '@/lib/store/migrations';
import { openStore } from '@/lib/store/open';
import { ZPresetInputSchema } from '@/lib/store/schemas';

import { ACUTE_PRESET } from '../fixtures/store/temp-store';

/* Text written for one patient never rests in a saved handout (lib/spec/per-patient.ts). */

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('per-patient text and saved handouts', () => {
  it.each([
    ['staying-active', 'workNote', 'Forklift driver at Acme'],
    ['medicine', 'clinicianText', 'Naproxen twice a day'],
  ])('refuses %s.%s with a sentence on that field', (id, name, text) => {
    const result = ZPresetInputSchema.safeParse({
      ...ACUTE_PRESET,
      sections: [{ id, params: { [name]: text } }],
    });
    expect(result.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [['sections', 0, 'params', name], expect.stringMatching(/written for one patient/)],
    ]);
  });

  it.each([
    ['staying-active', 'workNote'],
    ['medicine', 'clinicianText'],
  ])(
    'refuses %s.%s sent empty with a sentence that says to leave it out, not that it holds text',
    (id, name) => {
      for (const value of ['', '   ']) {
        const result = ZPresetInputSchema.safeParse({
          ...ACUTE_PRESET,
          sections: [{ id, params: { [name]: value } }],
        });
        expect(result.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([
          [
            ['sections', 0, 'params', name],
            expect.stringMatching(/^Leave this field out: .*not even an empty one/),
          ],
        ]);
      }
    },
  );

  it('keeps the medicine plan "clinician" without its text: the text is written for each patient', () => {
    const result = ZPresetInputSchema.safeParse({
      ...ACUTE_PRESET,
      sections: [{ id: 'medicine', params: { mode: 'clinician' } }],
    });
    expect(result.error?.issues ?? []).toEqual([]);
    expect(result.data?.sections[0]?.params).toEqual({ mode: 'clinician' });
  });

  it('saves a handout whose per-patient fields are present but left empty (undefined)', () => {
    const result = ZPresetInputSchema.safeParse({
      ...ACUTE_PRESET,
      sections: [
        { id: 'staying-active', params: { walksPerDay: 5, workNote: undefined } },
        { id: 'medicine', params: { mode: 'general', clinicianText: undefined } },
      ],
    });
    expect(result.error?.issues ?? []).toEqual([]);
    expect(result.data?.sections[0]?.params).toMatchObject({ walksPerDay: 5 });
  });

  it('removes per-patient text that an older version saved, and keeps the rest of the row', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'handouts-scrub-'));
    dirs.push(dir);
    const file = path.join(dir, DATABASE_FILE);
    const db = new Database(file);
    runMigrations(db, MIGRATIONS.slice(0, 1));
    const sections = [
      { id: 'what-to-expect', params: {} },
      { id: 'staying-active', params: { walksPerDay: 5, workNote: 'Forklift driver at Acme' } },
      { id: 'medicine', params: { mode: 'clinician', clinicianText: 'Naproxen twice a day' } },
    ];
    db.prepare(
      `INSERT INTO presets (id, name, locale, paper, units, sections, created_at, updated_at)
       VALUES ('6f1c1f0e-8a4b-4d4b-9a57-0b8f0f0e3c11', 'Old', 'en', 'letter', 'imperial', ?, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')`,
    ).run(JSON.stringify(sections));
    db.close();

    const store = openStore(file);
    const [preset] = await store.presets.list();
    store.close();
    expect(JSON.stringify(preset)).not.toMatch(/Forklift|Naproxen|workNote|clinicianText/);
    expect(preset?.sections.map((section) => section.id)).toEqual([
      'what-to-expect',
      'staying-active',
      'medicine',
    ]);
    expect(preset?.sections[1]?.params).toMatchObject({ walksPerDay: 5 });
    expect(preset?.sections[2]?.params).toEqual({ mode: 'clinician' });
    const raw = new Database(file, { readonly: true });
    expect(JSON.stringify(raw.prepare('SELECT sections FROM presets').all())).not.toMatch(
      /Forklift|Naproxen/,
    );
    raw.close();
  });
});
