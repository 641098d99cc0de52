import { Circle, Ellipse, Line, Path, Polyline, Rect, Svg } from '@react-pdf/renderer';
import { createElement, type ElementType } from 'react';

import type { TIllustrationId } from '@/lib/payload/schema';

import { drawIllustration } from './index';
import { shapeAttributes, type TShape, type TShapeTag } from './shapes';
import { styleOf } from './styles';
import { illustrationBox, viewBoxAttr } from './view-box';

interface PdfIllustrationProps {
  id: TIllustrationId;
  width: number;
  accent: string;
  isCrossedOut?: boolean;
}

// react-pdf's primitives take the same attribute names as SVG, so one attribute mapping serves both.
const ELEMENTS: Record<TShapeTag, ElementType> = {
  line: Line,
  polyline: Polyline,
  path: Path,
  circle: Circle,
  ellipse: Ellipse,
  rect: Rect,
};

function PdfShape({ shape, accent }: { shape: TShape; accent: string }) {
  return createElement(ELEMENTS[shape.kind], { ...shapeAttributes(shape), ...styleOf(shape, accent) });
}

/** A drawing for the handout, from react-pdf's own SVG primitives (an <Image> of an SVG would be dropped). */
export function PdfIllustration({ id, width, accent, isCrossedOut = false }: PdfIllustrationProps) {
  const shapes = drawIllustration(id, { isCrossedOut });
  const box = illustrationBox(shapes);
  return (
    <Svg width={width} height={(width * box.height) / box.width} viewBox={viewBoxAttr(box)}>
      {shapes.map((shape, index) => (
        // The list is rebuilt whole on every render and never reordered, so the index is a stable key.
        <PdfShape key={index} shape={shape} accent={accent} />
      ))}
    </Svg>
  );
}
