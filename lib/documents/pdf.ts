// Uploaded files are judged by their bytes, never by their name or the browser's MIME type.

export const MAX_PDF_BYTES = 5 * 1024 * 1024;

export type PdfVerdict = "ok" | "empty" | "tooLarge" | "notPdf";

const HEADER = /^%PDF-[12]\.\d/;

/**
 * A light structural check: the PDF signature at the very start (the magic bytes), then the
 * end of a real PDF file — a cross-reference pointer ("startxref") followed by the
 * end-of-file marker in the last kilobyte. A renamed image or a truncated upload fails.
 */
export function inspectPdf(bytes: Uint8Array): PdfVerdict {
  if (bytes.length === 0) return "empty";
  if (bytes.length > MAX_PDF_BYTES) return "tooLarge";
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 16));
  if (!HEADER.test(head)) return "notPdf";
  const tail = new TextDecoder("latin1").decode(bytes.subarray(Math.max(0, bytes.length - 1024)));
  const eof = tail.lastIndexOf("%%EOF");
  const xref = tail.lastIndexOf("startxref");
  if (eof < 0 || xref < 0 || xref > eof) return "notPdf";
  return "ok";
}
