import { Line, Rect, Svg } from '@react-pdf/renderer';

import type { TIllustrationId } from '@/lib/payload/schema';

interface PdfIllustrationProps {
  id: TIllustrationId;
  width: number;
  accent: string;
  isCrossedOut?: boolean;
}

/** Slot for the drawings (illustrations issue): a neutral frame of the final size until they land. */
export function PdfIllustration({ width, accent, isCrossedOut = false }: PdfIllustrationProps) {
  const height = width * 0.6;
  return (
    <Svg width={width} height={height} viewBox="0 0 100 60">
      <Rect x={1} y={1} width={98} height={58} rx={3} stroke={accent} strokeWidth={1} fill="none" />
      {isCrossedOut ? <Line x1={5} y1={5} x2={95} y2={55} stroke="#a10f0f" strokeWidth={3} /> : null}
    </Svg>
  );
}
