'use client';

import { useCallback, useEffect, useRef, useState } from 'react';

export interface HandoutPdf {
  bytes: Uint8Array;
  filename: string;
  /** The exact request body these bytes were made from. */
  body: string;
  /** How many pages the PDF has (the server counts them: X-Handout-Pages). */
  pages: number | undefined;
}

// Short enough that the preview follows within about half a second; stale requests are aborted.
const DEBOUNCE_MS = 150;

/** The one endpoint behind both the preview and the download, so the preview shows the downloaded bytes. */
export async function fetchHandoutPdf(body: string, signal?: AbortSignal): Promise<HandoutPdf> {
  const response = await fetch('/api/handouts', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body,
    signal,
    cache: 'no-store',
  });
  if (!response.ok) throw new Error(`The server answered ${response.status}.`);
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const filename = /filename="([^"]+)"/.exec(disposition)?.[1] ?? 'handout.pdf';
  const pages = Number(response.headers.get('X-Handout-Pages')) || undefined;
  return { bytes: new Uint8Array(await response.arrayBuffer()), filename, body, pages };
}

/**
 * Renders `body` (a valid spec) shortly after it stops changing. While `body` is undefined (the form is
 * invalid) nothing is sent and the last PDF stays. A failed render is reported for that body only.
 */
export function useHandoutPdf(body: string | undefined) {
  const [pdf, setPdf] = useState<HandoutPdf>();
  const [failedBody, setFailedBody] = useState<string>();
  const [attempt, setAttempt] = useState(0);
  const shownBody = useRef<string | undefined>(undefined);

  useEffect(() => {
    if (!body || body === shownBody.current) return;
    const controller = new AbortController();
    // The first render waits for nothing; later ones wait for the typing to pause.
    const delay = shownBody.current === undefined ? 0 : DEBOUNCE_MS;
    const timer = window.setTimeout(() => {
      fetchHandoutPdf(body, controller.signal).then(
        (result) => {
          shownBody.current = body;
          setPdf(result);
          setFailedBody(undefined);
        },
        () => {
          if (!controller.signal.aborted) setFailedBody(body);
        },
      );
    }, delay);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [body, attempt]);

  const retry = useCallback(() => setAttempt((count) => count + 1), []);
  /** The PDF for `body`: the preview's bytes when they are current, else a fresh render. */
  const pdfFor = useCallback(
    (wanted: string) => (pdf?.body === wanted ? Promise.resolve(pdf) : fetchHandoutPdf(wanted)),
    [pdf],
  );

  return {
    pdf,
    isFailed: body !== undefined && failedBody === body,
    isUpdating: body !== undefined && body !== pdf?.body && failedBody !== body,
    retry,
    pdfFor,
  };
}
