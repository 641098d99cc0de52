import { afterEach, describe, expect, it, vi } from 'vitest';

import { STARTERS } from '@/lib/builder/starters';
import { MIN_WORKER_HEAP_MB, renderConfigFromEnv, workerResourceLimits } from '@/lib/pdf/render-config';
import { languagesInUse, practiceSpec, warmUpSpecs } from '@/lib/pdf/warm-up';
import { ZBrandSchema } from '@/lib/spec/brand';
import { ZSectionIdSchema } from '@/lib/spec/ids';

/* The server's rendering as the environment sets it (README, "Configuration"). */

const CLINIC = ZBrandSchema.parse({ name: 'Riverbend Physio', phone: '555-0199', accentColor: '#7a3b8c' });

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('the render configuration from the environment', () => {
  it('caps each worker at 512 MB, warms the languages in use, 4 waiting per worker, by default', () => {
    vi.stubEnv('HANDOUT_RENDER_WORKERS', '2');
    expect(renderConfigFromEnv()).toMatchObject({
      workers: 2,
      maxQueue: 8,
      workerHeapMb: 512,
      workerYoungMb: 192,
      warmLocales: ['en'],
      idleLocales: [],
    });
    // English (the builder's default) first, then the saved handouts' languages, each once.
    expect(renderConfigFromEnv(['es', 'en', 'zh-Hans', 'es']).warmLocales).toEqual(['en', 'es', 'zh-Hans']);
    vi.stubEnv('HANDOUT_WARM_LOCALES', ' in-use ');
    expect(renderConfigFromEnv(['ar'])).toMatchObject({ warmLocales: ['en', 'ar'], idleLocales: [] });
  });

  it('with `all`, warms the languages in use at boot and every other one afterwards', () => {
    vi.stubEnv('HANDOUT_WARM_LOCALES', 'all');
    const { warmLocales, idleLocales = [] } = renderConfigFromEnv(['so']);
    expect(warmLocales).toEqual(['en', 'so']);
    expect(idleLocales).toHaveLength(18);
    expect(idleLocales).toContain('zh-Hans');
    expect(idleLocales).not.toContain('so');
  });

  it('takes 0 as no heap cap, and a cap at the minimum', () => {
    vi.stubEnv('HANDOUT_WORKER_HEAP_MB', '0');
    expect(renderConfigFromEnv().workerHeapMb).toBe(0);
    vi.stubEnv('HANDOUT_WORKER_HEAP_MB', String(MIN_WORKER_HEAP_MB));
    expect(renderConfigFromEnv().workerHeapMb).toBe(MIN_WORKER_HEAP_MB);
  });

  it('starts each worker with both generations sized, or V8 sizes one for one set to 0', () => {
    vi.stubEnv('HANDOUT_RENDER_WORKERS', '2');
    expect(workerResourceLimits(renderConfigFromEnv())).toEqual({
      maxOldGenerationSizeMb: 512,
      maxYoungGenerationSizeMb: 192,
    });
    vi.stubEnv('HANDOUT_WORKER_YOUNG_MB', '96');
    vi.stubEnv('HANDOUT_WORKER_HEAP_MB', '0');
    expect(workerResourceLimits(renderConfigFromEnv())).toEqual({ maxYoungGenerationSizeMb: 96 });
    vi.stubEnv('HANDOUT_WORKER_YOUNG_MB', '0');
    expect(workerResourceLimits(renderConfigFromEnv())).toEqual({});
    vi.stubEnv('HANDOUT_WORKER_YOUNG_MB', 'big');
    expect(() => renderConfigFromEnv()).toThrow('HANDOUT_WORKER_YOUNG_MB must be a whole number, not "big".');
  });

  it('refuses a cap no worker could render under, and one that is not a number', () => {
    vi.stubEnv('HANDOUT_WORKER_HEAP_MB', String(MIN_WORKER_HEAP_MB - 1));
    expect(() => renderConfigFromEnv()).toThrow(
      `HANDOUT_WORKER_HEAP_MB must be 0 (no cap) or at least ${MIN_WORKER_HEAP_MB}, not ${MIN_WORKER_HEAP_MB - 1}.`,
    );
    vi.stubEnv('HANDOUT_WORKER_HEAP_MB', 'lots');
    expect(() => renderConfigFromEnv()).toThrow('HANDOUT_WORKER_HEAP_MB must be a whole number, not "lots".');
  });

  it('warms only the languages named, or none, whatever is in use', () => {
    vi.stubEnv('HANDOUT_WARM_LOCALES', 'es, ar');
    expect(renderConfigFromEnv(['fr'])).toMatchObject({ warmLocales: ['es', 'ar'], idleLocales: [] });
    vi.stubEnv('HANDOUT_WARM_LOCALES', 'none');
    expect(renderConfigFromEnv(['fr'])).toMatchObject({ warmLocales: [], idleLocales: [] });
  });

  it('has each worker draw 100 practice handouts, or as many as set, or none', () => {
    expect(renderConfigFromEnv().practiceRenders).toBe(100);
    vi.stubEnv('HANDOUT_PRACTICE_RENDERS', '0');
    expect(renderConfigFromEnv().practiceRenders).toBe(0);
    vi.stubEnv('HANDOUT_PRACTICE_RENDERS', '12');
    expect(renderConfigFromEnv().practiceRenders).toBe(12);
    vi.stubEnv('HANDOUT_PRACTICE_RENDERS', '-1');
    expect(() => renderConfigFromEnv()).toThrow('HANDOUT_PRACTICE_RENDERS must be a whole number, not "-1".');
  });

  it('names what it does not know', () => {
    vi.stubEnv('HANDOUT_WARM_LOCALES', 'es, klingon');
    expect(() => renderConfigFromEnv()).toThrow(
      /^HANDOUT_WARM_LOCALES takes in-use, all, none or handout languages \(en, es, .*\), not "klingon"\.$/,
    );
  });
});

describe('the languages in use', () => {
  it('are the first and second languages of the saved handouts, each once', () => {
    expect(languagesInUse([])).toEqual([]);
    expect(
      languagesInUse([
        { locale: 'es' },
        { locale: 'ar', secondaryLocale: 'en' },
        { locale: 'es', secondaryLocale: 'ar' },
      ]),
    ).toEqual(['es', 'ar', 'en']);
  });
});

describe('the warm-up handouts', () => {
  const ids = (spec: { sections: { id: string }[] }) => spec.sections.map(({ id }) => id);

  it('are the default handout in a language warmed after the first', () => {
    const specs = warmUpSpecs('ar');
    expect(specs).toHaveLength(1);
    expect(specs[0]).toMatchObject({ locale: 'ar' });
    // A made-up patient and clinician: the facts line and the date in this language are drawn too.
    expect(specs[0]?.patient?.name).toBe('Practice Patient');
    expect(specs[0]?.clinician?.name).toBe('Practice Clinician');
  });

  it('in the first language, are every section, then the starting points a clinician picks, twice', () => {
    const specs = warmUpSpecs('es', { isFull: true });
    expect(specs.map(ids)[0]).toEqual([...ZSectionIdSchema.options]);
    expect(specs.map(ids)).toContainEqual(
      expect.arrayContaining(['plan', 'relief-positions', 'heat-cold', 'staying-active', 'red-flags']),
    );
    expect(specs).toHaveLength(2 * STARTERS.length);
    expect(specs.slice(STARTERS.length).map(ids)).toEqual(specs.slice(0, STARTERS.length).map(ids));
    expect(specs.every((spec) => spec.locale === 'es' && spec.patient?.name === 'Practice Patient')).toBe(
      true,
    );
    // Two made-up clinics, in other colours: every block of the second round is laid out anew.
    const [first, second] = [specs[0]?.brand, specs[STARTERS.length]?.brand];
    expect(first?.name).not.toBe(second?.name);
    expect(first?.accentColor).not.toBe(second?.accentColor);
  });

  it('print the clinic’s own brand when it has one: after a made-up one in the first language', () => {
    const specs = warmUpSpecs('es', { isFull: true, brand: CLINIC });
    expect(specs.slice(0, STARTERS.length).map((spec) => spec.brand.name)).not.toContain(CLINIC.name);
    expect(specs.slice(STARTERS.length).every((spec) => spec.brand.name === CLINIC.name)).toBe(true);
    expect(warmUpSpecs('ar', { brand: CLINIC })[0]?.brand).toMatchObject({ name: CLINIC.name });
  });
});

describe('the practice handouts', () => {
  const rounds = Array.from({ length: 30 }, (_, round) => practiceSpec(round, ['en', 'ar']));

  it('print the clinic’s own brand when it has one', () => {
    expect(practiceSpec(3, ['en'], CLINIC).brand).toEqual(CLINIC);
    expect(rounds.some((spec) => spec.brand.name === CLINIC.name)).toBe(false);
  });

  it('take the starting points in turn, in each language in use, on both papers and both print sizes', () => {
    const starters = new Set(rounds.map((spec) => spec.sections.map(({ id }) => id).join()));
    expect(starters.size).toBe(STARTERS.length);
    expect(new Set(rounds.map((spec) => spec.locale))).toEqual(new Set(['en', 'ar']));
    expect(new Set(rounds.map((spec) => spec.paper))).toEqual(new Set(['letter', 'a4']));
    expect(new Set(rounds.map((spec) => spec.textSize))).toEqual(new Set(['standard', 'large']));
  });

  it('print a made-up patient and move the heat minutes, so that blocks are laid out anew', () => {
    expect(new Set(rounds.map((spec) => spec.patient?.name))).toEqual(new Set(['Practice Patient']));
    const heat = rounds.flatMap((spec) =>
      spec.sections.flatMap((section) => (section.id === 'heat-cold' ? [section.params.heatMinutes] : [])),
    );
    expect(new Set(heat).size).toBe(10);
    expect(Math.min(...heat)).toBeGreaterThanOrEqual(10);
    expect(Math.max(...heat)).toBeLessThanOrEqual(20);
  });
});
