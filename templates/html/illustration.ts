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
  const shapes = drawIllustration(options.id, { isCrossedOut: options.isCrossedOut });
  const box = illustrationBox(shapes);
  const { titleId } = options;
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      role: 'img',
      'aria-labelledby': titleId,
      viewBox: viewBoxAttr(box),
      class: 'drawing',
    },
    el('title', { id: titleId }, options.title),
    shapes.map((shape) => shapeMarkup(shape, options.accent)),
  );
}
