export { DOCX_MIME, looksLikeText, type SniffedType, sniffType, type TextEncoding, textEncoding } from "./sniff";
export { assertReadable, type ExtractedText, extractText, supportedUploadTypes } from "./extract";
export { type ExtractOptions, extractDocument } from "./document";
export { defaultExtractionLimits, type ExtractionLimits, resolveLimits } from "./limits";
export { detectLanguage } from "./language";
export type { OcrLine, OcrOptions, OcrProvider, OcrResult } from "./ocr/provider";
export { createTesseractOcr, defaultOcr, defaultOcrLanguages, type TesseractOptions, terminateOcr } from "./ocr/tesseract";
