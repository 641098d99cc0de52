import type { Style } from '@react-pdf/stylesheet';

import type { TSectionPayload } from '@/lib/payload/schema';

import { SectionFrame } from '../kit/section-frame';
import { SECTIONS } from '../registry';
import type { SectionDefinition } from '../section';
import type { Theme } from '../theme';

interface SectionPairProps {
  section: TSectionPayload;
  theme: Theme;
  /** The same section in the second language of a bilingual handout, with that language's theme. */
  second?: { section: TSectionPayload; theme: Theme; languageName: string };
  /** The handout's last section: no space below it (see TRAILING). */
  isLast?: boolean;
  /** Only the heading's first block is bound to it (see Section). */
  isPartingAllowed?: boolean;
}

/*
 * The linear pagination engine keeps a bottom margin as space that does not collapse at a page break:
 * when the last section ends at the foot of a page, its margin alone was carried to an extra, empty
 * page (Spanish first-visit handout). Nothing follows the last section, so it needs no margin
 * (upstream text: docs/upstream/trailing-margin-empty-page.md).
 */
const TRAILING: Style = { marginBottom: 0 };

function Section({
  section,
  theme,
  label,
  style,
  isPartingAllowed = false,
}: {
  section: TSectionPayload;
  theme: Theme;
  label?: string;
  style?: Style;
  isPartingAllowed?: boolean;
}) {
  const definition: SectionDefinition = SECTIONS[section.id];
  /*
   * Lists A and B part only where together they would leave a page half empty: in large print they
   * are taller than a page, and in standard print lib/pdf/draw.ts allows it as its last resort. Each
   * list still stays whole in its own box under its own title (what to do, whom to call), and the
   * heading stays with list A.
   */
  const mayPart = isPartingAllowed || !theme.hasColumns;
  return (
    <SectionFrame
      section={section}
      theme={theme}
      keepWithHeading={mayPart ? 1 : definition.keepWithHeading}
      label={label}
      style={style}
    />
  );
}

/**
 * A section, followed in a bilingual handout by its translation with a language label and a rule.
 * No wrapping View around the two: react-pdf squeezes an unbreakable block nested one View deeper to
 * nothing at a page end instead of moving it to the next page (seen in Arabic + English handouts).
 */
export function SectionPair({
  section,
  theme,
  second,
  isLast = false,
  isPartingAllowed = false,
}: SectionPairProps) {
  if (!second)
    return (
      <Section
        section={section}
        theme={theme}
        style={isLast ? TRAILING : undefined}
        isPartingAllowed={isPartingAllowed}
      />
    );
  const isRtl = second.theme.direction === 'rtl';
  return (
    <>
      <Section section={section} theme={theme} isPartingAllowed={isPartingAllowed} />
      <Section
        section={second.section}
        theme={second.theme}
        isPartingAllowed={isPartingAllowed}
        label={second.languageName}
        style={{
          ...(isRtl
            ? {
                borderRightWidth: 3,
                borderColor: second.theme.color.rule,
                paddingRight: second.theme.space.m,
              }
            : {
                borderLeftWidth: 3,
                borderColor: second.theme.color.rule,
                paddingLeft: second.theme.space.m,
              }),
          ...(isLast ? TRAILING : {}),
        }}
      />
    </>
  );
}
