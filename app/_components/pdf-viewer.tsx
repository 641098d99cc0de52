'use client';

import 'react-pdf/dist/Page/TextLayer.css';

import { useEffect, useMemo, useRef, useState } from 'react';
import { Document, type DocumentProps, Page, pdfjs } from 'react-pdf';

// Served from the app's own origin (bundled by Next), never a CDN: the page makes no outside request.
pdfjs.GlobalWorkerOptions.workerSrc = new URL(
  'pdfjs-dist/build/pdf.worker.min.mjs',
  import.meta.url,
).toString();

interface ViewerPdf {
  bytes: Uint8Array;
  body: string;
}

/** An entry of the PDF outline to bring into view; a new object for every edit that asks for it. */
export interface OutlineTarget {
  /** Index in the outline: one bookmark per section, in print order (templates/kit/section-frame.tsx). */
  entry: number;
}

interface PdfViewerProps {
  pdf: ViewerPdf | undefined;
  pageLabel: (page: number, total: number) => string;
  onError: () => void;
  scrollTarget?: OutlineTarget;
}

interface Layer {
  key: string;
  bytes: Uint8Array;
}

type LoadedPdf = Parameters<NonNullable<DocumentProps['onLoadSuccess']>>[0];

/** The page each outline entry opens, read from the PDF itself: the layout decides where a section starts. */
async function outlinePages(pdf: LoadedPdf): Promise<number[]> {
  const outline = (await pdf.getOutline()) ?? [];
  return Promise.all(
    outline.map(async (entry) => {
      const dest = typeof entry.dest === 'string' ? await pdf.getDestination(entry.dest) : entry.dest;
      const ref = dest?.[0];
      return ref && typeof ref === 'object' ? (await pdf.getPageIndex(ref)) + 1 : 1;
    }),
  );
}

/** Scrolls the preview's own box (never the window: the clinician is typing in the form) to a page. */
function scrollToPage(figure: HTMLElement | undefined) {
  const box = figure?.closest('.preview-pages');
  if (!figure || !box) return;
  box.scrollTop += figure.getBoundingClientRect().top - box.getBoundingClientRect().top - 8;
}

/** One rendering of one PDF: every page, and a signal when all of them are drawn. */
function PdfLayer({
  layer,
  width,
  isHidden,
  pageLabel,
  onReady,
  onError,
  scrollTarget,
}: {
  layer: Layer;
  width: number;
  isHidden: boolean;
  pageLabel: PdfViewerProps['pageLabel'];
  onReady: (key: string) => void;
  onError: () => void;
  scrollTarget: OutlineTarget | undefined;
}) {
  // pdf.js takes ownership of the buffer it is given: hand it a copy, once per layer.
  const file = useMemo(() => ({ data: layer.bytes.slice() }), [layer.bytes]);
  const [pages, setPages] = useState(0);
  const [outline, setOutline] = useState<number[]>();
  const figures = useRef<HTMLElement[]>([]);
  const drawn = useRef(new Set<number>());
  // Once this layer is on screen, and again for each edit of a section: show the page the section starts on.
  useEffect(() => {
    const page = scrollTarget && outline?.[scrollTarget.entry];
    if (!isHidden && page) scrollToPage(figures.current[page - 1]);
  }, [isHidden, scrollTarget, outline]);
  const onDrawn = (page: number) => {
    drawn.current.add(page);
    if (drawn.current.size === pages) onReady(layer.key);
  };
  return (
    <div
      className={isHidden ? 'pdf-layer is-pending' : 'pdf-layer'}
      aria-hidden={isHidden || undefined}
      inert={isHidden}
    >
      <Document
        file={file}
        onLoadSuccess={(loaded) => {
          setPages(loaded.numPages);
          outlinePages(loaded).then(setOutline, () => setOutline([]));
        }}
        onLoadError={onError}
        loading={null}
        error={null}
      >
        {Array.from({ length: pages }, (_, index) => (
          <figure
            key={index}
            ref={(element) => {
              if (element) figures.current[index] = element;
            }}
            className="pdf-page"
            aria-label={pageLabel(index + 1, pages)}
          >
            <Page
              pageNumber={index + 1}
              width={width}
              renderAnnotationLayer={false}
              loading={null}
              onRenderSuccess={() => onDrawn(index + 1)}
              onRenderError={onError}
            />
          </figure>
        ))}
      </Document>
    </div>
  );
}

/**
 * The live preview. A new PDF renders in a hidden layer under the current one and replaces it only when
 * every page is drawn, so the previous handout stays visible while the next one loads.
 */
export default function PdfViewer({ pdf, pageLabel, onError, scrollTarget }: PdfViewerProps) {
  const [layers, setLayers] = useState<Layer[]>([]);
  const [readyKey, setReadyKey] = useState<string>();
  const [width, setWidth] = useState(0);
  const box = useRef<HTMLDivElement>(null);

  if (pdf && layers.at(-1)?.key !== pdf.body) {
    // Keep the layer on screen and start the new one; a still-pending older layer is dropped.
    setLayers(layers.filter((layer) => layer.key === readyKey).concat({ key: pdf.body, bytes: pdf.bytes }));
  }

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.floor(Math.min(entry.contentRect.width, 900)));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const onReady = (key: string) => {
    setReadyKey(key);
    setLayers((current) => current.slice(current.findIndex((layer) => layer.key === key)));
  };

  return (
    <div ref={box} className="pdf-viewer">
      {width > 0
        ? layers.map((layer) => (
            <PdfLayer
              key={layer.key}
              layer={layer}
              width={width}
              isHidden={layer.key !== readyKey}
              pageLabel={pageLabel}
              onReady={onReady}
              onError={onError}
              scrollTarget={scrollTarget}
            />
          ))
        : null}
    </div>
  );
}
