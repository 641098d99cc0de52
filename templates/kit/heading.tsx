import type { Theme } from '../theme';
import { Txt } from './txt';

interface HeadingProps {
  theme: Theme;
  level: 2 | 3;
  children: string;
}

export function Heading({ theme, level, children }: HeadingProps) {
  const isSection = level === 2;
  return (
    <Txt
      theme={theme}
      style={{
        fontSize: isSection ? theme.size.h2 : theme.size.h3,
        fontWeight: 'bold',
        color: isSection ? theme.color.accent : theme.color.text,
        marginTop: isSection ? 0 : theme.space.s,
        marginBottom: theme.space.s,
      }}
    >
      {children}
    </Txt>
  );
}
