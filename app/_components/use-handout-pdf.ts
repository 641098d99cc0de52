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

// An edit that follows another this soon waits for the typing to pause (stale requests are aborted);
// an edit after a pause (a click, a choice, the first key) is sent at once.
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
  const lastEditAt = useRef(Number.NEGATIVE_INFINITY);

  useEffect(() => {
    const now = performance.now();
    const isTyping = now - lastEditAt.current < DEBOUNCE_MS;
    lastEditAt.current = now;
    if (!body || body === shownBody.current) return;
    const controller = new AbortController();
    const delay = isTyping ? DEBOUNCE_MS : 0;
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
