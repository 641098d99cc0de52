import type { TIllustrationId } from '@/lib/payload/schema';

import { drawIllustration } from '../illustrations/index';
import { shapeAttributes, type TShape } from '../illustrations/shapes';
import { styleOf } from '../illustrations/styles';
import { illustrationBox, viewBoxAttr } from '../illustrations/view-box';
import { type Attributes, el, type Markup } from './markup';

const kebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

function shapeMarkup(shape: TShape, accent: string): Markup {
  const attrs: Attributes = { ...shapeAttributes(shape) };
  for (const [name, value] of Object.entries(styleOf(shape, accent))) attrs[kebab(name)] = value;
  return el(shape.kind, attrs);
}

/*
 * Solving a drawing's figure costs tens of milliseconds and the web copy is drawn in the request
 * thread: each drawing's shapes (a pure function of its id and cross) are kept for the process.
 */
const DRAWN = new Map<string, { viewBox: string; shapes: readonly TShape[] }>();

function drawn(id: TIllustrationId, isCrossedOut: boolean) {
  const key = `${id}:${isCrossedOut}`;
  const known = DRAWN.get(key);
  if (known) return known;
  const shapes = drawIllustration(id, { isCrossedOut });
  const drawing = { viewBox: viewBoxAttr(illustrationBox(shapes)), shapes };
  DRAWN.set(key, drawing);
  return drawing;
}

/**
 * The PDF's drawing (same shapes, same crop: templates/illustrations/pdf.tsx) as inline SVG markup,
 * named for screen readers by its description. It scales with the column: no fixed width.
 */
export function svgIllustration(options: {
  id: TIllustrationId;
  accent: string;
  isCrossedOut: boolean;
  title: string;
  /** Unique in the document: the title is referenced by id. */
  titleId: string;
}): Markup {
  const drawing = drawn(options.id, options.isCrossedOut);
  const { titleId } = options;
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      role: 'img',
      'aria-labelledby': titleId,
      viewBox: drawing.viewBox,
      class: 'drawing',
    },
    el('title', { id: titleId }, options.title),
    drawing.shapes.map((shape) => shapeMarkup(shape, options.accent)),
  );
}
