import { Document, Page, View } from '@react-pdf/renderer';

import type { THandoutPayload } from '@/lib/payload/schema';
import type { TPaper } from '@/lib/spec/ids';

import { Txt } from '../kit/txt';
import { createTheme, type TDensity } from '../theme';
import { Footer } from './footer';
import { Header } from './header';
import { type TPageFillProbe, usedHeight } from './page-fill';
import { SectionPair } from './section-pair';

/** Page heights in points (react-pdf's LETTER and A4). */
const PAGE_HEIGHT: Record<TPaper, number> = { letter: 792, a4: 841.89 };

/**
 * The whole handout, drawn from the payload alone: no i18n, no I/O, no clock.
 *
 * The Page `layout` prop selects react-pdf's linear pagination engine (diegomura/react-pdf#3502 and
 * #3505, RFC #3499): content is measured once and packed into pages, where the default engine lays out
 * the whole remaining content again for every page. The footer is drawn by the layout with the page
 * numbers as props; a `fixed` footer with a render prop prints on the last page only in this engine.
 */
export function HandoutDocument({
  payload,
  density = 'normal',
  isPartingAllowed = false,
  onPageFill,
}: {
  payload: THandoutPayload;
  /** `compact` tightens the spacing (never the type) to pull a short last page back (lib/pdf/draw.ts). */
  density?: TDensity;
  /** Blocks a section binds to its heading may part (red-flag lists A and B): a last resort of draw.ts. */
  isPartingAllowed?: boolean;
  onPageFill?: TPageFillProbe;
}) {
  const theme = createTheme({
    accentColor: payload.brand.accentColor,
    direction: payload.direction,
    fontFamily: payload.fontFamily,
    lineBreaking: payload.lineBreaking,
    textSize: payload.textSize,
    density,
  });
  const { secondary } = payload;
  const secondTheme = secondary
    ? createTheme({
        accentColor: payload.brand.accentColor,
        direction: secondary.direction,
        fontFamily: secondary.fontFamily,
        lineBreaking: secondary.lineBreaking,
        textSize: payload.textSize,
        density,
        isSecondLanguage: true,
      })
    : undefined;
  const contentHeight = PAGE_HEIGHT[payload.paper] - theme.page.top - theme.page.bottom;
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
      // Level 3 deflates a page's drawing about five times faster than zlib's default 6, for a file
      // about 8 % larger (39 -> 42 KB for first-visit): a tenth of the time to draw a handout.
      compressionLevel={3}
    >
      <Page
        size={payload.paper === 'a4' ? 'A4' : 'LETTER'}
        layout={({ children, pageNumber, totalPages }) => {
          const used = onPageFill ? usedHeight(children) : undefined;
          if (used !== undefined && pageNumber !== undefined) onPageFill?.(pageNumber, used / contentHeight);
          return (
            <>
              {children}
              <Footer payload={payload} theme={theme} pageNumber={pageNumber} totalPages={totalPages} />
            </>
          );
        }}
        style={{
          paddingTop: theme.page.top,
          paddingBottom: theme.page.bottom,
          paddingHorizontal: theme.page.horizontal,
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
              ...(theme.hasTints
                ? { backgroundColor: theme.color.accentTint }
                : { borderWidth: 2, borderColor: theme.color.accent }),
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
              isLast={index === payload.sections.length - 1}
              isPartingAllowed={isPartingAllowed}
              theme={theme}
              second={
                second && secondTheme && secondary
                  ? { section: second, theme: secondTheme, languageName: secondary.languageName }
                  : undefined
              }
            />
          );
        })}
      </Page>
    </Document>
  );
}
