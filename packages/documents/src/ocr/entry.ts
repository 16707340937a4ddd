import { renderPdfPage, toPng } from "./canvas";
import type { DocumentOcr } from "./engine";
import type { OcrProvider } from "./provider";
import { defaultOcr } from "./tesseract";

/*
 * `@futodama/documents/ocr`: the OCR half of the documents package (tesseract.js and
 * @napi-rs/canvas), kept out of the main entry so that only the programs that read scans carry
 * it. Hand `documentOcr()` to extractDocument as its `ocr` option.
 */

export type { DocumentOcr } from "./engine";
export {
  createTesseractOcr,
  defaultOcr,
  defaultOcrLanguages,
  type TesseractOptions,
  terminateOcr,
} from "./tesseract";

/** OCR for extractDocument: `provider` (default: the shared offline tesseract, eng+dan+ara). */
export function documentOcr(provider: OcrProvider = defaultOcr()): DocumentOcr {
  return { provider, toPng, renderPdfPage };
}
