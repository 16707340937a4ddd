export { type ExtractOptions, extractDocument } from "./document";
export { assertReadable, type ExtractedText, extractText, supportedUploadTypes } from "./extract";
export { detectLanguage } from "./language";
export { defaultExtractionLimits, type ExtractionLimits, resolveLimits, scanTimeoutMs } from "./limits";
export type { DocumentOcr } from "./ocr/engine";
export type { OcrLine, OcrOptions, OcrProvider, OcrResult } from "./ocr/provider";
export { type ExportFormat, exportFormats, type RenderedDocument, renderResume } from "./render";
export {
  DOCX_MIME,
  looksLikeText,
  type SniffedType,
  sniffType,
  type TextEncoding,
  textEncoding,
} from "./sniff";
