import type { ReactNode } from 'react';

/** How full each page came out (0-1), reported by the document while react-pdf builds its pages. */
export type TPageFillProbe = (pageNumber: number, fill: number) => void;

interface Fragment {
  props?: { node?: { box?: { top?: number; height?: number } } };
}

/*
 * The linear pagination engine (diegomura/react-pdf#3502, RFC #3499) hands the Page `layout` function
 * each page's fragments as elements whose `props.node` is the laid-out node, its box measured from the
 * top of the page's content region. The lowest box bottom is how far down that page is filled. When the
 * engine changes this shape, nothing is reported and no page is pulled back (the layout test tells).
 */
export function usedHeight(children: ReactNode): number | undefined {
  const fragments = (Array.isArray(children) ? children : [children]) as Fragment[];
  let lowest: number | undefined;
  for (const fragment of fragments) {
    const box = fragment?.props?.node?.box;
    if (typeof box?.top !== 'number' || typeof box.height !== 'number') continue;
    lowest = Math.max(lowest ?? 0, box.top + box.height);
  }
  return lowest;
}
