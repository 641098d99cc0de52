import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { runCli } from '@/lib/cli/handout-cli';

import { pdfText } from '../helpers/pdf';

function io(stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    io: {
      readStdin: async () => stdin,
      out: (line: string) => out.push(line),
      err: (line: string) => err.push(line),
    },
  };
}

const dir = mkdtempSync(path.join(tmpdir(), 'handout-cli-'));

describe('npm run handout', () => {
  it('writes the PDF for a spec file and exits 0', async () => {
    const target = path.join(dir, 'first.pdf');
    const run = io();
    expect(await runCli(['examples/first-visit.json', '-o', target], run.io)).toBe(0);
    expect(run.out.join('\n')).toMatch(/Wrote .*first\.pdf/);
    expect((await pdfText(readFileSync(target))).text).toContain('Positions to ease the pain');
  });

  it('reads the spec from stdin with -', async () => {
    const target = path.join(dir, 'stdin.pdf');
    const run = io(
      JSON.stringify({ brand: { name: 'Stdin Clinic', phone: '555-0101' }, sections: [{ id: 'hydration' }] }),
    );
    expect(await runCli(['-', '--output', target], run.io)).toBe(0);
    expect((await pdfText(readFileSync(target))).text).toContain('Stdin Clinic');
  });

  it('exits 2 with one readable line per problem for an invalid spec', async () => {
    const source = path.join(dir, 'bad.json');
    writeFileSync(
      source,
      JSON.stringify({
        brand: { name: 'X', phone: '1' },
        sections: [{ id: 'nope' }, { id: 'heat-cold', params: { heatMinutes: 30 } }],
      }),
    );
    const target = path.join(dir, 'never.pdf');
    const run = io();
    expect(await runCli([source, '-o', target], run.io)).toBe(2);
    expect(run.err).toEqual([
      expect.stringMatching(/^sections\[0\]\.id: Unknown section "nope"/),
      'sections[1].params.heatMinutes: Use a whole number from 10 to 20.',
    ]);
    expect(() => readFileSync(target)).toThrow();
  });

  it('exits 2 for malformed JSON and 1 for usage or missing files', async () => {
    expect(await runCli(['-', '-o', path.join(dir, 'x.pdf')], io('{nope').io)).toBe(2);
    expect(await runCli(['examples/first-visit.json'], io().io)).toBe(1);
    expect(await runCli(['does-not-exist.json', '-o', path.join(dir, 'y.pdf')], io().io)).toBe(1);
    expect(await runCli(['--bogus'], io().io)).toBe(1);
  });
});
