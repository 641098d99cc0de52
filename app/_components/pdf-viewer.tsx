'use client';

import 'react-pdf/dist/Page/TextLayer.css';

import type { PDFDocumentProxy, PDFWorker } from 'pdfjs-dist';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Document, Page, pdfjs } from 'react-pdf';

// Served from the app's own origin (bundled by Next), never a CDN: the page makes no outside request.
pdfjs.GlobalWorkerOptions.workerSrc = new URL(
  'pdfjs-dist/build/pdf.worker.min.mjs',
  import.meta.url,
).toString();

/*
 * One pdf.js worker for the page's lifetime, shared by every preview layer. Left to itself, pdf.js
 * starts a worker thread for each document (loading and compiling its 1 MB worker script again) and
 * ends it with the document: that was most of the time from a new handout's bytes to its page on
 * screen. A worker passed in is also never ended by a layer that goes, while the layer over it still
 * draws with it. Created on first use: this module only runs in the browser.
 */
let sharedWorker: PDFWorker | undefined;
function documentOptions(): { worker: PDFWorker } {
  sharedWorker ??= new pdfjs.PDFWorker();
  return { worker: sharedWorker };
}

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

/** The page each outline entry opens, read from the PDF itself: the layout decides where a section starts. */
async function outlinePages(pdf: PDFDocumentProxy): Promise<number[]> {
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

/**
 * One rendering of one PDF. While it is pending it lies over the layer on screen and each of its pages
 * shows as soon as it is drawn, covering the same page of the older handout; the page on screen
 * (`firstPage`) is drawn first, the others only after it. `onReady` when every page is drawn.
 */
function PdfLayer({
  layer,
  width,
  isPending,
  firstPage,
  scrollTarget,
  pageLabel,
  onReady,
  onError,
}: {
  layer: Layer;
  width: number;
  isPending: boolean;
  firstPage: number;
  scrollTarget: OutlineTarget | undefined;
  pageLabel: PdfViewerProps['pageLabel'];
  onReady: (key: string) => void;
  onError: () => void;
}) {
  // pdf.js takes ownership of the buffer it is given: hand it a copy, once per layer.
  const file = useMemo(() => ({ data: layer.bytes.slice() }), [layer.bytes]);
  const [options] = useState(documentOptions);
  const [pages, setPages] = useState(0);
  // Height over width of a page: a page not drawn yet keeps its place, so the layers stay aligned.
  const [aspect, setAspect] = useState(0);
  // A ref for the count (two pages can finish before a re-render), state for the classes.
  const drawnPages = useRef(new Set<number>());
  const [drawn, setDrawn] = useState<ReadonlySet<number>>(() => new Set());
  const first = Math.min(firstPage, Math.max(pages, 1));
  const [outline, setOutline] = useState<number[]>();
  const figures = useRef<HTMLElement[]>([]);
  // Once this layer is on screen, and again for each edit of a section: show the page the section starts on.
  useEffect(() => {
    const page = scrollTarget && outline?.[scrollTarget.entry];
    if (!isPending && page) scrollToPage(figures.current[page - 1]);
  }, [isPending, scrollTarget, outline]);
  const onDrawn = (page: number) => {
    drawnPages.current.add(page);
    setDrawn(new Set(drawnPages.current));
    if (drawnPages.current.size === pages) onReady(layer.key);
  };
  const onLoad = (document: PDFDocumentProxy) => {
    void document.getPage(1).then(({ view: [left = 0, bottom = 0, right = 1, top = 1] }) => {
      setAspect((top - bottom) / (right - left));
      setPages(document.numPages);
    }, onError);
    outlinePages(document).then(setOutline, () => setOutline([]));
  };
  return (
    <div
      className={isPending ? 'pdf-layer is-pending' : 'pdf-layer'}
      aria-hidden={isPending || undefined}
      inert={isPending}
    >
      <Document
        file={file}
        options={options}
        onLoadSuccess={onLoad}
        onLoadError={onError}
        loading={null}
        error={null}
      >
        {Array.from({ length: pages }, (_, index) => {
          const page = index + 1;
          // pdf.js draws in the order pages ask: the one on screen asks alone, the others once it is drawn.
          const isAsked = page === first || drawn.has(first);
          return (
            <figure
              key={index}
              ref={(element) => {
                if (element) figures.current[index] = element;
              }}
              className={drawn.has(page) ? 'pdf-page is-drawn' : 'pdf-page'}
              style={{ minHeight: width * aspect }}
              aria-label={pageLabel(page, pages)}
            >
              {isAsked ? (
                <Page
                  pageNumber={page}
                  width={width}
                  renderAnnotationLayer={false}
                  loading={null}
                  onRenderSuccess={() => onDrawn(page)}
                  onRenderError={onError}
                />
              ) : null}
            </figure>
          );
        })}
      </Document>
    </div>
  );
}

/** The page of `viewer` whose figure shows most inside the scrolling box around it (1 if none). */
function pageOnScreen(viewer: HTMLElement): number {
  const frame = (viewer.parentElement ?? viewer).getBoundingClientRect();
  const figures = viewer.querySelectorAll('.pdf-layer:not(.is-pending) .pdf-page');
  let best = { page: 1, shown: 0 };
  figures.forEach((figure, index) => {
    const rect = figure.getBoundingClientRect();
    const shown = Math.min(rect.bottom, frame.bottom) - Math.max(rect.top, frame.top);
    if (shown > best.shown) best = { page: index + 1, shown };
  });
  return best.page;
}

/**
 * The live preview. A new PDF draws in a layer over the current one, page by page, starting with the
 * page on screen; the older layer goes when every new page is drawn, so no page is ever blank.
 */
export default function PdfViewer({ pdf, pageLabel, onError, scrollTarget }: PdfViewerProps) {
  const [layers, setLayers] = useState<Layer[]>([]);
  const [readyKey, setReadyKey] = useState<string>();
  const [width, setWidth] = useState(0);
  const [firstPage, setFirstPage] = useState(1);
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
    // Which page is on screen, kept as the reader scrolls, so that the next handout draws it first.
    const scroller = element.parentElement ?? element;
    let frame = 0;
    const onScroll = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setFirstPage(pageOnScreen(element)));
    };
    scroller.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      observer.disconnect();
      scroller.removeEventListener('scroll', onScroll);
      cancelAnimationFrame(frame);
    };
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
              isPending={layer.key !== readyKey}
              firstPage={firstPage}
              scrollTarget={scrollTarget}
              pageLabel={pageLabel}
              onReady={onReady}
              onError={onError}
            />
          ))
        : null}
    </div>
  );
}
