export { type SniffedType, sniffType, looksLikeText } from "./sniff";
export { type ExtractedText, extractText, assertReadable, supportedUploadTypes } from "./extract";
