import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';

import { HandoutError } from '@/lib/errors';
import { renderHandoutHtml } from '@/lib/html/render';
import { renderHandout } from '@/lib/pdf/render';

export interface CliIo {
  readStdin: () => Promise<string>;
  out: (line: string) => void;
  err: (line: string) => void;
}

const USAGE =
  'Usage: npm run handout -- SPEC.json -o OUT.pdf [--format pdf|html]   (use - to read the spec from standard input)';

/** The PDF, or its accessible web copy (one self-contained HTML file). */
async function render(spec: unknown, format: 'pdf' | 'html'): Promise<{ bytes: Buffer; code: string }> {
  if (format === 'html') {
    const { html, code } = await renderHandoutHtml(spec);
    return { bytes: Buffer.from(html, 'utf8'), code };
  }
  const { pdf, code } = await renderHandout(spec);
  return { bytes: pdf, code };
}

/** Exit codes: 0 written, 1 usage or I/O problem, 2 the spec is invalid (one line per problem). */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        output: { type: 'string', short: 'o' },
        format: { type: 'string', short: 'f', default: 'pdf' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    io.err(error instanceof Error ? error.message : String(error));
    io.err(USAGE);
    return 1;
  }
  const [source, ...extra] = args.positionals;
  if (args.values.help) {
    io.out(USAGE);
    return 0;
  }
  const { format } = args.values;
  if (!source || extra.length > 0 || !args.values.output || (format !== 'pdf' && format !== 'html')) {
    io.err(USAGE);
    return 1;
  }

  let text: string;
  try {
    text = source === '-' ? await io.readStdin() : await readFile(source, 'utf8');
  } catch {
    io.err(`Cannot read ${source}.`);
    return 1;
  }

  let spec: unknown;
  try {
    spec = JSON.parse(text);
  } catch {
    io.err(`${source === '-' ? 'stdin' : source}: not valid JSON.`);
    return 2;
  }

  try {
    const { bytes, code } = await render(spec, format);
    await writeFile(args.values.output, bytes);
    io.out(`Wrote ${args.values.output} (${Math.round(bytes.length / 1024)} KB, handout ${code}).`);
    return 0;
  } catch (error) {
    if (error instanceof HandoutError && error.code === 'invalid_spec') {
      for (const issue of error.issues) io.err(`${issue.path}: ${issue.message}`);
      return 2;
    }
    io.err(error instanceof HandoutError ? error.message : 'Could not write the handout.');
    return 1;
  }
}
