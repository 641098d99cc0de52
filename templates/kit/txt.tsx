import { Text } from '@react-pdf/renderer';
import type { Style } from '@react-pdf/stylesheet';
import type { ReactNode } from 'react';

import type { Theme } from '../theme';
import { directionOf } from './direction';

interface TxtProps {
  theme: Theme;
  style?: Style;
  children: ReactNode;
}

/**
 * Every run of handout text goes through here. react-pdf does not inherit `direction`, so each Text
 * gets it explicitly (from its own script, see direction.ts), or Arabic is shaped but laid out left to
 * right.
 */
export function Txt({ theme, style, children }: TxtProps) {
  const direction = typeof children === 'string' ? directionOf(children, theme.direction) : theme.direction;
  return (
    <Text
      hyphenationCallback={theme.hyphenation}
      style={{
        fontFamily: theme.fontFamily,
        fontSize: theme.size.body,
        lineHeight: theme.lineHeight,
        color: theme.color.text,
        direction,
        textAlign: theme.textAlign,
        ...style,
      }}
    >
      {children}
    </Text>
  );
}
