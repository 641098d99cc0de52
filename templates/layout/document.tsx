import { Document, Page, View } from '@react-pdf/renderer';

import type { THandoutPayload } from '@/lib/payload/schema';

import { Txt } from '../kit/txt';
import { createTheme, PAGE_MARGIN } from '../theme';
import { Footer } from './footer';
import { Header } from './header';
import { SectionPair } from './section-pair';

/** The whole handout, drawn from the payload alone: no i18n, no I/O, no clock. */
export function HandoutDocument({ payload }: { payload: THandoutPayload }) {
  const theme = createTheme(
    payload.brand.accentColor,
    payload.direction,
    payload.fontFamily,
    payload.lineBreaking,
  );
  const { secondary } = payload;
  const secondTheme = secondary
    ? createTheme(
        payload.brand.accentColor,
        secondary.direction,
        secondary.fontFamily,
        secondary.lineBreaking,
      )
    : undefined;
  return (
    <Document
      title={payload.meta.title}
      author={payload.meta.author}
      subject={payload.meta.subject}
      creator="Clinic Handouts"
      producer="Clinic Handouts"
      language={payload.locale}
      creationDate={payload.meta.creationDate}
      modificationDate={payload.meta.creationDate}
    >
      <Page
        size={payload.paper === 'a4' ? 'A4' : 'LETTER'}
        style={{
          paddingTop: PAGE_MARGIN.top,
          paddingBottom: PAGE_MARGIN.bottom,
          paddingHorizontal: PAGE_MARGIN.horizontal,
          fontFamily: theme.fontFamily,
          fontSize: theme.size.body,
          color: theme.color.text,
        }}
      >
        <Header payload={payload} theme={theme} />
        {payload.note ? (
          <View
            wrap={false}
            style={{
              backgroundColor: theme.color.accentTint,
              padding: theme.space.m,
              marginBottom: theme.space.l,
              borderRadius: 4,
            }}
          >
            <Txt theme={theme} style={{ fontWeight: 'bold', marginBottom: theme.space.xs }}>
              {payload.note.title}
            </Txt>
            <Txt theme={theme}>{payload.note.text}</Txt>
          </View>
        ) : null}
        {payload.sections.map((section, index) => {
          const second = secondary?.sections[index];
          return (
            <SectionPair
              key={section.id}
              section={section}
              theme={theme}
              second={
                second && secondTheme && secondary
                  ? { section: second, theme: secondTheme, languageName: secondary.languageName }
                  : undefined
              }
            />
          );
        })}
        <Footer payload={payload} theme={theme} />
      </Page>
    </Document>
  );
}
