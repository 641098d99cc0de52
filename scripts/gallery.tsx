/**
 * Renders every illustration into gallery/illustrations.pdf (and PNGs when pdftoppm is installed) so a
 * reviewer can look at them at print size (150 pt, the handout's figure column) and thumbnail size (64).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { Document, Page, renderToFile, Text, View } from '@react-pdf/renderer';

import { ZIllustrationIdSchema } from '@/lib/payload/schema';
import { DEFAULT_ACCENT } from '@/lib/spec/brand';
import { PdfIllustration } from '@/templates/illustrations/pdf';

const OUT_DIR = fileURLToPath(new URL('../gallery', import.meta.url));
const PDF_PATH = path.join(OUT_DIR, 'illustrations.pdf');
const PRINT_WIDTH = 150;
const THUMB_WIDTH = 64;

// heat-dont is shown both ways: it is printed crossed out, and the uncrossed drawing must read on its own.
const all = [
  ...ZIllustrationIdSchema.options.map((id) => ({ id, isCrossedOut: id === 'heat-dont' })),
  { id: 'heat-dont' as const, isCrossedOut: false },
];
// `npm run gallery -- knee-to-chest floor-transfer` shows only those drawings, for quick iteration.
const only = process.argv.slice(2);
const entries = only.length > 0 ? all.filter(({ id }) => only.includes(id)) : all;

function Gallery() {
  return (
    <Document title="Illustration gallery" creationDate={new Date(0)}>
      <Page
        size="A4"
        style={{ padding: 28, flexDirection: 'row', flexWrap: 'wrap', fontFamily: 'Helvetica' }}
      >
        {entries.map(({ id, isCrossedOut }) => (
          <View key={`${id}-${isCrossedOut}`} wrap={false} style={{ width: '50%', marginBottom: 14 }}>
            <Text style={{ fontSize: 8, marginBottom: 3 }}>
              {id}
              {isCrossedOut ? ' (crossed out)' : ''}
            </Text>
            <View style={{ flexDirection: 'row', alignItems: 'flex-end' }}>
              <View style={{ borderWidth: 0.5, borderColor: '#cccccc', marginRight: 8 }}>
                <PdfIllustration
                  id={id}
                  width={PRINT_WIDTH}
                  accent={DEFAULT_ACCENT}
                  isCrossedOut={isCrossedOut}
                />
              </View>
              <View style={{ borderWidth: 0.5, borderColor: '#cccccc' }}>
                <PdfIllustration
                  id={id}
                  width={THUMB_WIDTH}
                  accent={DEFAULT_ACCENT}
                  isCrossedOut={isCrossedOut}
                />
              </View>
            </View>
          </View>
        ))}
      </Page>
    </Document>
  );
}

function hasPdftoppm(): boolean {
  try {
    execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

async function main() {
  mkdirSync(OUT_DIR, { recursive: true });
  await renderToFile(<Gallery />, PDF_PATH);
  console.log(`wrote ${path.relative(process.cwd(), PDF_PATH)}`);
  if (!hasPdftoppm()) {
    console.log('pdftoppm not found: skipping PNGs (apt-get install poppler-utils)');
    return;
  }
  for (const file of readdirSync(OUT_DIR)) if (file.endsWith('.png')) rmSync(path.join(OUT_DIR, file));
  // 144 dpi is twice screen size: close to how the print looks on paper, held at reading distance.
  execFileSync('pdftoppm', ['-png', '-r', '144', PDF_PATH, path.join(OUT_DIR, 'illustrations')]);
  console.log(
    `wrote PNGs: ${readdirSync(OUT_DIR)
      .filter((file) => file.endsWith('.png'))
      .join(', ')}`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
