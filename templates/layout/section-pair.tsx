import { View } from '@react-pdf/renderer';

import type { TSectionPayload } from '@/lib/payload/schema';

import { SectionFrame } from '../kit/section-frame';
import { Txt } from '../kit/txt';
import { SECTIONS } from '../registry';
import type { SectionDefinition } from '../section';
import type { Theme } from '../theme';

interface SectionPairProps {
  section: TSectionPayload;
  theme: Theme;
  /** The same section in the second language of a bilingual handout, with that language's theme. */
  second?: { section: TSectionPayload; theme: Theme; languageName: string };
}

/** A section, followed in a bilingual handout by its translation, set off by a rule and a language tag. */
function Section({ section, theme }: { section: TSectionPayload; theme: Theme }) {
  const definition: SectionDefinition = SECTIONS[section.id];
  return <SectionFrame section={section} theme={theme} keepWithHeading={definition.keepWithHeading} />;
}

export function SectionPair({ section, theme, second }: SectionPairProps) {
  if (!second) return <Section section={section} theme={theme} />;
  const isRtl = second.theme.direction === 'rtl';
  return (
    <View>
      <Section section={section} theme={theme} />
      <View
        style={{
          [isRtl ? 'borderRightWidth' : 'borderLeftWidth']: 3,
          borderColor: second.theme.color.rule,
          [isRtl ? 'paddingRight' : 'paddingLeft']: second.theme.space.m,
          marginBottom: second.theme.space.l,
        }}
      >
        <Txt
          theme={second.theme}
          style={{ fontSize: second.theme.size.small, color: second.theme.color.muted }}
        >
          {second.languageName}
        </Txt>
        <Section section={second.section} theme={second.theme} />
      </View>
    </View>
  );
}
