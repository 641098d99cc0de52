// What patches/@react-pdf+renderer+4.9.0.patch adds to react-pdf's Document props
// (docs/upstream/compression-level.md).
import '@react-pdf/renderer';

declare module '@react-pdf/renderer' {
  interface DocumentProps {
    /** The zlib level of the document's streams: 1 fastest, 9 smallest (zlib's default: 6). */
    compressionLevel?: number;
  }
}
