import { Image, View } from '@react-pdf/renderer';

import type { THandoutPayload } from '@/lib/payload/schema';

import { Txt } from '../kit/txt';
import type { Theme } from '../theme';

/** Clinic identity, then the title and who the handout is for. Printed on the first page only. */
export function Header({ payload, theme }: { payload: THandoutPayload; theme: Theme }) {
  const { brand, header } = payload;
  const isRtl = theme.direction === 'rtl';
  return (
    <View style={{ marginBottom: theme.space.l }}>
      <View
        style={{
          flexDirection: theme.row,
          alignItems: 'center',
          paddingBottom: theme.space.m,
          borderBottomWidth: 3,
          borderBottomColor: theme.color.accent,
        }}
      >
        {brand.logo ? (
          <Image
            src={{ data: brand.logo.data, format: brand.logo.format }}
            style={{
              height: 48,
              maxWidth: 140,
              objectFit: 'contain',
              [isRtl ? 'marginLeft' : 'marginRight']: 12,
            }}
          />
        ) : null}
        <View style={{ flex: 1 }}>
          <Txt theme={theme} style={{ fontSize: 14, fontWeight: 'bold', color: theme.color.accent }}>
            {brand.name}
          </Txt>
          {brand.contactLines.map((line) => (
            <Txt
              key={line}
              theme={theme}
              style={{ fontSize: theme.size.small, color: theme.color.muted, lineHeight: 1.3 }}
            >
              {line}
            </Txt>
          ))}
        </View>
      </View>
      <Txt
        theme={theme}
        style={{ fontSize: theme.size.h1, fontWeight: 'bold', marginTop: theme.space.l, lineHeight: 1.35 }}
      >
        {header.title}
      </Txt>
      {payload.secondary ? (
        <Txt
          theme={theme}
          style={{
            fontFamily: payload.secondary.fontFamily,
            direction: payload.secondary.direction,
            fontSize: theme.size.h3,
            color: theme.color.muted,
            marginTop: theme.space.s,
          }}
        >
          {payload.secondary.title}
        </Txt>
      ) : null}
      <Txt theme={theme} style={{ color: theme.color.muted, marginTop: theme.space.xs }}>
        {header.subtitle}
      </Txt>
      {header.facts.length > 0 ? (
        <View style={{ flexDirection: theme.row, flexWrap: 'wrap', marginTop: theme.space.m }}>
          {header.facts.map((fact) => (
            <View
              key={fact.label}
              style={{ flexDirection: theme.row, [isRtl ? 'marginLeft' : 'marginRight']: 18 }}
            >
              <Txt theme={theme} style={{ fontWeight: 'bold' }}>
                {`${fact.label}: `}
              </Txt>
              <Txt theme={theme}>{fact.value}</Txt>
            </View>
          ))}
        </View>
      ) : null}
    </View>
  );
}
