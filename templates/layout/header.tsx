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
          paddingBottom: theme.space.s,
          borderBottomWidth: 3,
          borderBottomColor: theme.color.accent,
        }}
      >
        {brand.logo ? (
          <Image
            src={{ data: brand.logo.data, format: brand.logo.format }}
            style={{
              height: theme.size.h1 * 2.4,
              maxWidth: theme.size.h1 * 7,
              objectFit: 'contain',
              [isRtl ? 'marginLeft' : 'marginRight']: 12,
            }}
          />
        ) : null}
        <View style={{ flex: 1 }}>
          <Txt
            theme={theme}
            style={{ fontSize: theme.size.h3 + 1.5, fontWeight: 'bold', color: theme.color.accent }}
          >
            {brand.name}
          </Txt>
          {/* The contact details run on as a wrapping row: four short lines would cost a band of page 1. */}
          <View style={{ flexDirection: theme.row, flexWrap: 'wrap' }}>
            {brand.contactLines.map((line) => (
              <Txt
                key={line}
                theme={theme}
                style={{
                  fontSize: theme.size.small,
                  color: theme.color.muted,
                  lineHeight: 1.3,
                  ...(isRtl ? { marginLeft: theme.space.l } : { marginRight: theme.space.l }),
                }}
              >
                {line}
              </Txt>
            ))}
          </View>
        </View>
      </View>
      <Txt
        theme={theme}
        style={{ fontSize: theme.size.h1, fontWeight: 'bold', marginTop: theme.space.m, lineHeight: 1.25 }}
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
        <View style={{ flexDirection: theme.row, flexWrap: 'wrap', marginTop: theme.space.s }}>
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
