import { Circle, Ellipse, Line, Path, Polyline, Rect, Svg } from '@react-pdf/renderer';

import type { TIllustrationId } from '@/lib/payload/schema';

import { drawIllustration } from './index';
import { ASPECT, num, pointsAttr, type TShape, VIEW_HEIGHT, VIEW_WIDTH } from './shapes';
import { styleOf } from './styles';

interface PdfIllustrationProps {
  id: TIllustrationId;
  width: number;
  accent: string;
  isCrossedOut?: boolean;
}

function PdfShape({ shape, accent }: { shape: TShape; accent: string }) {
  const style = styleOf(shape, accent);
  switch (shape.kind) {
    case 'line':
      return (
        <Line
          x1={num(shape.from.x)}
          y1={num(shape.from.y)}
          x2={num(shape.to.x)}
          y2={num(shape.to.y)}
          {...style}
        />
      );
    case 'polyline':
      return <Polyline points={pointsAttr(shape.points)} {...style} />;
    case 'path':
      return <Path d={shape.d} {...style} />;
    case 'circle':
      return <Circle cx={num(shape.center.x)} cy={num(shape.center.y)} r={num(shape.r)} {...style} />;
    case 'ellipse':
      return (
        <Ellipse
          cx={num(shape.center.x)}
          cy={num(shape.center.y)}
          rx={num(shape.rx)}
          ry={num(shape.ry)}
          {...style}
        />
      );
    case 'rect':
      return (
        <Rect
          x={num(shape.x)}
          y={num(shape.y)}
          width={num(shape.width)}
          height={num(shape.height)}
          rx={shape.rx === undefined ? undefined : num(shape.rx)}
          {...style}
        />
      );
  }
}

/** A drawing for the handout, from react-pdf's own SVG primitives (an <Image> of an SVG would be dropped). */
export function PdfIllustration({ id, width, accent, isCrossedOut = false }: PdfIllustrationProps) {
  const shapes = drawIllustration(id, { isCrossedOut });
  return (
    <Svg width={width} height={width * ASPECT} viewBox={`0 0 ${VIEW_WIDTH} ${VIEW_HEIGHT}`}>
      {shapes.map((shape, index) => (
        // The list is rebuilt whole on every render and never reordered, so the index is a stable key.
        <PdfShape key={index} shape={shape} accent={accent} />
      ))}
    </Svg>
  );
}
