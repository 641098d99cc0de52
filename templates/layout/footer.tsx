import { Text, View } from '@react-pdf/renderer';
import type { Style } from '@react-pdf/stylesheet';

import type { THandoutPayload } from '@/lib/payload/schema';

import { directionOf } from '../kit/direction';
import type { Theme } from '../theme';

/**
 * On every page (drawn by the Page layout, see document.tsx): the clinic's phone, page X of Y, the handout code and the emergency line. Each cell
 * takes half the width: a right-to-left Text that only shrinks to its content is drawn off its box.
 */
export function Footer({
  payload,
  theme,
  pageNumber = 1,
  totalPages,
}: {
  payload: THandoutPayload;
  theme: Theme;
  pageNumber?: number;
  /** Unknown while the engine counts the pages; the label is then measured with the page number. */
  totalPages?: number;
}) {
  const { footer, code } = payload;
  const start = theme.direction === 'rtl' ? 'right' : 'left';
  const end = theme.direction === 'rtl' ? 'left' : 'right';
  const cell = (text: string, align: 'left' | 'right', extra: Style = {}): Style => ({
    flex: 1,
    fontFamily: theme.fontFamily,
    fontSize: theme.size.small,
    lineHeight: 1.25,
    color: theme.color.muted,
    direction: directionOf(text, theme.direction),
    textAlign: align,
    ...extra,
  });
  return (
    <View
      style={{
        position: 'absolute',
        bottom: 18,
        left: theme.page.horizontal,
        right: theme.page.horizontal,
        borderTopWidth: 1,
        borderTopColor: theme.color.rule,
        paddingTop: 4,
      }}
    >
      <View style={{ flexDirection: theme.row }}>
        <Text style={cell(footer.clinicLine, start)}>{footer.clinicLine}</Text>
        <Text style={cell(footer.emergencyLine, end, { fontWeight: 'bold', color: theme.color.emergency })}>
          {footer.emergencyLine}
        </Text>
      </View>
      <View style={{ flexDirection: theme.row }}>
        <Text style={cell(code, start)}>{code}</Text>
        <Text style={cell(footer.pageLabel, end)}>
          {footer.pageLabel
            .replace('{page}', String(pageNumber))
            .replace('{total}', String(totalPages ?? pageNumber))}
        </Text>
      </View>
    </View>
  );
}
