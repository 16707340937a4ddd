import { InputError, UnsupportedError } from "@futodama/core";
import { type SniffedType, sniffType } from "./sniff";

export interface ExtractedText {
  text: string;
  /** The media type detected from the bytes. */
  mime: string;
  /** How the text was obtained, for evidence and ops. */
  method: "plain-text";
}

/** Types the product extracts text from today. Everything else is refused with a reason. */
export const supportedUploadTypes = ["text/plain", "text/markdown"] as const;

const laterFormats: Partial<Record<SniffedType, string>> = {
  "application/pdf": "PDF",
  "application/zip": "DOCX/ZIP",
  "image/png": "PNG image",
  "image/jpeg": "JPEG image",
  "image/gif": "GIF image",
  "image/webp": "WebP image",
  "image/tiff": "TIFF image",
  "application/rtf": "RTF",
  "application/x-ole-storage": "legacy Word (.doc)",
};

/** Checks that the bytes are a type we can read; throws a typed error a user can act on. */
export function assertReadable(bytes: Uint8Array): SniffedType {
  if (bytes.length === 0) {
    throw new InputError("document.empty", "The file is empty");
  }
  const type = sniffType(bytes);
  if (type === null) {
    throw new UnsupportedError(
      "document.unrecognized_type",
      "The file is not a readable document (binary content of an unknown type)",
    );
  }
  const label = laterFormats[type];
  if (label !== undefined) {
    throw new UnsupportedError(
      "document.unsupported_type",
      `${label} files are not supported yet; upload the document as plain text or Markdown`,
      { details: { detected: type, supported: supportedUploadTypes } },
    );
  }
  return type;
}

/** Bytes → text. Decodes UTF-8 and UTF-16 (BOM), normalises newlines and Unicode (NFC). */
export function extractText(bytes: Uint8Array, filename = ""): ExtractedText {
  assertReadable(bytes);
  const text = decode(bytes)
    .replace(/\r\n?/g, "\n")
    .normalize("NFC")
    .replace(/[\u200b\ufeff]/g, "");
  if (text.trim().length === 0) {
    throw new InputError("document.empty_text", "The document contains no readable text");
  }
  const mime = /\.(md|markdown)$/i.test(filename) ? "text/markdown" : "text/plain";
  return { text, mime, method: "plain-text" };
}

function decode(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  return new TextDecoder("utf-8").decode(bytes);
}
