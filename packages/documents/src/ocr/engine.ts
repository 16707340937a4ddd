import type { PDFDocumentProxy } from "../pdf/read";
import type { OcrProvider } from "./provider";

/**
 * Everything extractDocument needs to read scans and photos: a recognizer and the two image
 * steps in front of it (GIF/WebP → PNG, PDF page → PNG) that need a native canvas. It is
 * handed in — built by `documentOcr()` from `@futodama/documents/ocr` — so that tesseract and
 * @napi-rs/canvas are part of only the programs that OCR (stacks/functions.ts: the "ocr" data).
 */
export interface DocumentOcr {
  readonly provider: OcrProvider;
  /** GIF or WebP bytes → PNG bytes, so that every recognizer gets PNG or JPEG. */
  toPng(image: Uint8Array): Promise<Uint8Array>;
  /** One page (1-based) of an open PDF drawn as PNG at `scale` × 72 DPI. */
  renderPdfPage(pdf: PDFDocumentProxy, page: number, scale: number): Promise<Uint8Array>;
}
