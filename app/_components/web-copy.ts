import { saveUrl } from './pdf-output';

/**
 * The accessible web copy of the handout (one HTML file, POST /api/handouts?format=html), saved as a
 * download. It is never shown inside the app: it holds the patient's name, and the server answers it
 * with a policy under which it could not run as a page of this origin anyway.
 */
export async function downloadWebCopy(body: string): Promise<void> {
  const response = await fetch('/api/handouts?format=html', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body,
    cache: 'no-store',
  });
  if (!response.ok) throw new Error(`The server answered ${response.status}.`);
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const filename = /filename="([^"]+)"/.exec(disposition)?.[1] ?? 'handout.html';
  saveUrl(URL.createObjectURL(await response.blob()), filename);
}
