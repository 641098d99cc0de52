import { Image, View } from '@react-pdf/renderer';

import type { THandoutPayload } from '@/lib/payload/schema';

import { Txt } from '../kit/txt';
import type { Theme } from '../theme';

type HeaderProps = { payload: THandoutPayload; theme: Theme };

/**
 * Clinic identity, then the title and who the handout is for. Printed on the first page only.
 *
 * Two blocks of the page, laid out as one box was (the facts row sat last in a column, and yoga does
 * not collapse margins): the clinic's part is the same for every patient, so the block caches
 * (lib/pdf/block-layout-cache.ts) keep it; the facts hold the patient's name and date, so theirs is
 * laid out and drawn for each handout, and it is a line.
 */
export function Header({ payload, theme }: HeaderProps) {
  const hasFacts = payload.header.facts.length > 0;
  return (
    <>
      <ClinicAndTitle payload={payload} theme={theme} marginBottom={hasFacts ? 0 : theme.space.l} />
      {hasFacts ? <Facts payload={payload} theme={theme} /> : null}
    </>
  );
}

function ClinicAndTitle({ payload, theme, marginBottom }: HeaderProps & { marginBottom: number }) {
  const { brand, header } = payload;
  const isRtl = theme.direction === 'rtl';
  return (
    <View style={{ marginBottom }}>
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
    </View>
  );
}

function Facts({ payload, theme }: HeaderProps) {
  const isRtl = theme.direction === 'rtl';
  return (
    <View
      style={{
        flexDirection: theme.row,
        flexWrap: 'wrap',
        marginTop: theme.space.s,
        marginBottom: theme.space.l,
      }}
    >
      {payload.header.facts.map((fact) => (
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
  );
}
