import { type ExtractionMethod, InputError, UnsupportedError } from "@futodama/core";
import { readHtml } from "./formats/html";
import { oleRootNames } from "./formats/ole";
import { readRtf } from "./formats/rtf";
import { readMarkdown, readPlainText } from "./formats/text";
import { imageSize } from "./ocr/image";
import { DOC_MIME, DOCX_MIME, ODT_MIME, type SniffedType, sniffType } from "./sniff";
import type { FormatResult } from "./types";

export interface ExtractedText {
  text: string;
  /** The media type detected from the bytes. */
  mime: string;
  /** How the text was obtained, for evidence and ops. */
  method: ExtractionMethod;
}

/** Types the product extracts text from (by sniffing; the name is never trusted). */
export const supportedUploadTypes = [
  "application/pdf",
  DOCX_MIME,
  DOC_MIME,
  ODT_MIME,
  "application/rtf",
  "text/html",
  "text/markdown",
  "text/plain",
  "image/png",
  "image/jpeg",
  "image/gif",
  "image/webp",
] as const;

/** What we refuse, and what the user should do instead. */
const refused: Partial<Record<SniffedType, string>> = {
  "application/x-ole-storage":
    "Old Office files other than Word documents (.xls, .ppt, .msg) cannot be read; upload the CV or job description as PDF, DOCX or text",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet":
    "Excel spreadsheets are not supported; upload the CV or job description as PDF, DOCX or text",
  "application/vnd.openxmlformats-officedocument.presentationml.presentation":
    "PowerPoint files are not supported; upload the document as PDF, DOCX or text",
  "application/vnd.oasis.opendocument.spreadsheet":
    "OpenDocument spreadsheets (.ods) are not supported; upload the CV or job description as PDF, DOCX, ODT or text",
  "application/vnd.oasis.opendocument.presentation":
    "OpenDocument presentations (.odp) are not supported; upload the document as PDF, DOCX, ODT or text",
  "application/zip":
    "ZIP archives are not supported; upload each document on its own (PDF, DOCX or text). For bulk uploads use the batch upload",
  "image/tiff": "TIFF images are not supported; upload the scan as PDF, PNG or JPEG",
};

/**
 * Checks that the bytes are a type we can read; throws a typed error a user can act on.
 * Called on upload: it accepts every format extractDocument reads and refuses only unknown
 * binary content and formats we cannot read (spreadsheets, slides, archives, TIFF).
 */
export function assertReadable(bytes: Uint8Array): SniffedType {
  if (bytes.length === 0) {
    throw new InputError("document.empty", "The file is empty (0 bytes); upload the document again");
  }
  const type = sniffType(bytes);
  if (type === null) {
    throw new UnsupportedError(
      "document.unrecognized_type",
      "The file is not a readable document (binary content of an unknown type); upload a PDF, DOCX, text or image file",
    );
  }
  if ((type === "image/png" || type === "image/jpeg") && imageSize(bytes, type) === null) {
    throw new InputError(
      "document.corrupt",
      "The image is damaged or cut off and cannot be read; export it again and re-upload",
    );
  }
  // An OLE file whose directory cannot be followed is damaged, whatever kind it is.
  if (type === "application/x-ole-storage") oleRootNames(bytes);
  const advice = refused[type];
  if (advice !== undefined) {
    throw new UnsupportedError("document.unsupported_type", advice, {
      details: { detected: type, supported: supportedUploadTypes },
    });
  }
  return type;
}

/**
 * Bytes → text, synchronously, for the text formats (plain text, Markdown, HTML, RTF). PDF,
 * DOCX, DOC, ODT and images need extractDocument (async, with layout and OCR).
 */
export function extractText(bytes: Uint8Array, filename = ""): ExtractedText {
  const type = assertReadable(bytes);
  let read: FormatResult;
  let method: ExtractionMethod;
  let mime: string = type;
  if (type === "text/html") [read, method] = [readHtml(bytes), "html"];
  else if (type === "application/rtf") [read, method] = [readRtf(bytes), "rtf"];
  else if (type === "text/markdown" || (type === "text/plain" && /\.(md|markdown)$/i.test(filename))) {
    [read, method, mime] = [readMarkdown(bytes), "markdown", "text/markdown"];
  } else if (type === "text/plain") [read, method] = [readPlainText(bytes), "plain-text"];
  else {
    throw new UnsupportedError(
      "document.unsupported_type",
      "This file needs the full document reader (PDF, DOCX, DOC, ODT or image); it cannot be read as plain text",
      { details: { detected: type } },
    );
  }
  const text = read.lines.map((l) => l.text).join("\n");
  if (text.trim().length === 0) {
    throw new InputError("document.empty_text", "The document contains no readable text");
  }
  return { text, mime, method };
}
