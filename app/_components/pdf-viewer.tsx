'use client';

import 'react-pdf/dist/Page/TextLayer.css';

import { useEffect, useMemo, useRef, useState } from 'react';
import { Document, Page, pdfjs } from 'react-pdf';

// Served from the app's own origin (bundled by Next), never a CDN: the page makes no outside request.
pdfjs.GlobalWorkerOptions.workerSrc = new URL(
  'pdfjs-dist/build/pdf.worker.min.mjs',
  import.meta.url,
).toString();

interface ViewerPdf {
  bytes: Uint8Array;
  body: string;
}

interface PdfViewerProps {
  pdf: ViewerPdf | undefined;
  pageLabel: (page: number, total: number) => string;
  onError: () => void;
}

interface Layer {
  key: string;
  bytes: Uint8Array;
}

/** One rendering of one PDF: every page, and a signal when all of them are drawn. */
function PdfLayer({
  layer,
  width,
  isHidden,
  pageLabel,
  onReady,
  onError,
}: {
  layer: Layer;
  width: number;
  isHidden: boolean;
  pageLabel: PdfViewerProps['pageLabel'];
  onReady: (key: string) => void;
  onError: () => void;
}) {
  // pdf.js takes ownership of the buffer it is given: hand it a copy, once per layer.
  const file = useMemo(() => ({ data: layer.bytes.slice() }), [layer.bytes]);
  const [pages, setPages] = useState(0);
  const drawn = useRef(new Set<number>());
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
        onLoadSuccess={({ numPages }) => setPages(numPages)}
        onLoadError={onError}
        loading={null}
        error={null}
      >
        {Array.from({ length: pages }, (_, index) => (
          <figure key={index} className="pdf-page" aria-label={pageLabel(index + 1, pages)}>
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
export default function PdfViewer({ pdf, pageLabel, onError }: PdfViewerProps) {
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
            />
          ))
        : null}
    </div>
  );
}
