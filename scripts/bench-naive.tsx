// The naive baseline of `npm run bench`: plain @react-pdf/renderer in one process, one font family
// registered once, a 3-page document of handout-like text, nothing else. It prints its cold render
// as JSON, then answers each line on stdin with one warm render's milliseconds, so that the bench can
// measure it side by side with each server measure (the machine's load changes within a run).
import path from 'node:path';
import { createInterface } from 'node:readline';

import { Document, Font, Page, renderToBuffer, Text, View } from '@react-pdf/renderer';

const fonts = path.join(import.meta.dirname, '..', 'fonts');
Font.register({
  family: 'NotoSans',
  fonts: [
    { src: path.join(fonts, 'NotoSans-Regular.ttf') },
    { src: path.join(fonts, 'NotoSans-Bold.ttf'), fontWeight: 'bold' },
  ],
});

const SENTENCES = [
  'Lie on your back with your lower legs on the seat of a couch or a chair.',
  'Put a warm pack on the sore spot for fifteen minutes, then take it off for an hour.',
  'Walk for about five minutes every hour while you are awake, a little more each day.',
  'Call your care team today if the pain spreads down your leg below the knee.',
  'Keep your knees bent when you lift anything, and hold it close to your body.',
];

function NaiveHandout() {
  return (
    <Document>
      <Page size="LETTER" style={{ padding: 48, fontFamily: 'NotoSans', fontSize: 12, lineHeight: 1.4 }}>
        <Text style={{ fontSize: 20, fontWeight: 'bold', marginBottom: 12 }}>Low back spasm: home care</Text>
        {Array.from({ length: 10 }, (_, section) => (
          <View key={section} style={{ marginBottom: 14 }}>
            <Text
              style={{ fontSize: 15, fontWeight: 'bold', marginBottom: 4 }}
            >{`Section ${section + 1}`}</Text>
            {Array.from({ length: 7 }, (_, line) => (
              <Text key={line} style={{ marginLeft: 12 }}>
                {`• ${SENTENCES[(section + line) % SENTENCES.length] ?? ''}`}
              </Text>
            ))}
          </View>
        ))}
      </Page>
    </Document>
  );
}

const coldStart = performance.now();
const first = await renderToBuffer(<NaiveHandout />);
const coldMs = performance.now() - coldStart;
const pages = (first.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
console.log(JSON.stringify({ coldMs, pages }));
for await (const line of createInterface({ input: process.stdin })) {
  if (line !== 'render') continue;
  const start = performance.now();
  await renderToBuffer(<NaiveHandout />);
  console.log(String(performance.now() - start));
}
