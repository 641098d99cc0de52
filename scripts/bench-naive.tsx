// The naive baseline of `npm run bench`: plain @react-pdf/renderer in one process, one font family
// registered once, a 3-page document of handout-like text, nothing else. Prints one JSON line.
import path from 'node:path';

import { Document, Font, Page, renderToBuffer, Text, View } from '@react-pdf/renderer';

const RUNS = Number(process.argv[2] ?? 30);
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
const times: number[] = [];
for (let i = 0; i < RUNS; i += 1) {
  const start = performance.now();
  await renderToBuffer(<NaiveHandout />);
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
const pages = (first.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
console.log(JSON.stringify({ coldMs, medianMs: times[Math.floor(times.length / 2)], pages }));
