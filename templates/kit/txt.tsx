import { Text } from '@react-pdf/renderer';
import type { Style } from '@react-pdf/stylesheet';
import type { ReactNode } from 'react';

import type { Theme } from '../theme';

interface TxtProps {
  theme: Theme;
  style?: Style;
  children: ReactNode;
}

/**
 * Every run of handout text goes through here. react-pdf does not inherit `direction`, so each Text
 * gets it explicitly, or Arabic is shaped but laid out left to right.
 */
export function Txt({ theme, style, children }: TxtProps) {
  return (
    <Text
      hyphenationCallback={theme.hyphenation}
      style={{
        fontFamily: theme.fontFamily,
        fontSize: theme.size.body,
        lineHeight: theme.lineHeight,
        color: theme.color.text,
        direction: theme.direction,
        textAlign: theme.textAlign,
        ...style,
      }}
    >
      {children}
    </Text>
  );
}
