import { createElement } from 'react';

import type { TIllustrationId } from '@/lib/payload/schema';

import { drawIllustration } from './index';
import { ASPECT, num, shapeAttributes, type TShape, VIEW_HEIGHT, VIEW_WIDTH } from './shapes';
import { styleOf } from './styles';

interface HtmlIllustrationProps {
  id: TIllustrationId;
  width: number;
  accent: string;
  isCrossedOut?: boolean;
  /** What the drawing shows, for screen readers; the caption beside it comes from the locale files. */
  title: string;
}

function HtmlShape({ shape, accent }: { shape: TShape; accent: string }) {
  return createElement(shape.kind, { ...shapeAttributes(shape), ...styleOf(shape, accent) });
}

/**
 * The same drawing as plain DOM SVG, for the builder's thumbnails. No react-pdf and no Node APIs here, so
 * client components can import it.
 */
export function HtmlIllustration({ id, width, accent, isCrossedOut = false, title }: HtmlIllustrationProps) {
  const shapes = drawIllustration(id, { isCrossedOut });
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      role="img"
      width={width}
      height={num(width * ASPECT)}
      viewBox={`0 0 ${VIEW_WIDTH} ${VIEW_HEIGHT}`}
    >
      <title>{title}</title>
      {shapes.map((shape, index) => (
        // The list is rebuilt whole on every render and never reordered, so the index is a stable key.
        <HtmlShape key={index} shape={shape} accent={accent} />
      ))}
    </svg>
  );
}
