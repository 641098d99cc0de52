import { Text, View } from '@react-pdf/renderer';

import type { THandoutPayload } from '@/lib/payload/schema';

import type { Theme } from '../theme';

/** On every page: the clinic's phone, page X of Y, the handout code and the emergency line. */
export function Footer({ payload, theme }: { payload: THandoutPayload; theme: Theme }) {
  const { footer, code } = payload;
  const style = {
    fontFamily: theme.fontFamily,
    fontSize: theme.size.small,
    color: theme.color.muted,
    direction: theme.direction,
  } as const;
  return (
    <View
      fixed
      style={{
        position: 'absolute',
        bottom: 20,
        left: 44,
        right: 44,
        borderTopWidth: 1,
        borderTopColor: theme.color.rule,
        paddingTop: 5,
      }}
    >
      <View style={{ flexDirection: theme.row, justifyContent: 'space-between' }}>
        <Text style={style}>{footer.clinicLine}</Text>
        <Text style={{ ...style, fontWeight: 'bold', color: theme.color.emergency }}>
          {footer.emergencyLine}
        </Text>
      </View>
      <View style={{ flexDirection: theme.row, justifyContent: 'space-between' }}>
        <Text style={style}>{code}</Text>
        <Text
          style={style}
          render={({ pageNumber, totalPages }) =>
            footer.pageLabel.replace('{page}', String(pageNumber)).replace('{total}', String(totalPages))
          }
        />
      </View>
    </View>
  );
}
