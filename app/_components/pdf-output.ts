import type { HandoutPdf } from './use-handout-pdf';

function blobUrl(pdf: HandoutPdf): string {
  // Copy into a fresh ArrayBuffer: the preview hands its own bytes to pdf.js, which may transfer them.
  return URL.createObjectURL(new Blob([pdf.bytes.slice()], { type: 'application/pdf' }));
}

export function downloadPdf(pdf: HandoutPdf): void {
  saveUrl(blobUrl(pdf), pdf.filename);
}

/** Saves a file the page made (the PDF, the web copy) as a download, under the server's name. */
export function saveUrl(url: string, filename: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the URL goes away.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

const PRINT_FRAME_ID = 'handout-print-frame';

/**
 * One click to the print dialog: Chromium's PDF viewer loads the blob in an invisible iframe and prints
 * it. If the frame cannot be printed (no built-in viewer), the PDF opens in a new tab to print from there.
 */
export function printPdf(pdf: HandoutPdf): void {
  const previous = document.getElementById(PRINT_FRAME_ID);
  if (previous instanceof HTMLIFrameElement) {
    URL.revokeObjectURL(previous.src);
    previous.remove();
  }
  const url = blobUrl(pdf);
  const frame = document.createElement('iframe');
  frame.id = PRINT_FRAME_ID;
  frame.title = pdf.filename;
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.className = 'print-frame';
  frame.addEventListener('load', () => {
    try {
      frame.contentWindow?.focus();
      frame.contentWindow?.print();
    } catch {
      window.open(url, '_blank', 'noopener');
    }
  });
  frame.src = url;
  document.body.append(frame);
}
