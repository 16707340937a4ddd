import { isMostlyUtf8, legacyEncoding } from "./encoding";
import { oleRootNames, WORD_STREAM } from "./formats/ole";
import { listZipEntries, readZipEntry, type ZipEntry } from "./formats/zip";

/**
 * File type from the bytes, never from the name: a CV called `cv.pdf` that is really a PNG is
 * a PNG. Returns the detected media type, or null when nothing recognisable was found.
 */
export type SniffedType =
  | "application/pdf"
  | "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
  | "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
  | "application/vnd.openxmlformats-officedocument.presentationml.presentation"
  | "application/vnd.oasis.opendocument.text"
  | "application/vnd.oasis.opendocument.spreadsheet"
  | "application/vnd.oasis.opendocument.presentation"
  | "application/zip"
  | "image/png"
  | "image/jpeg"
  | "image/gif"
  | "image/webp"
  | "image/tiff"
  | "application/rtf"
  | "application/msword"
  | "application/x-ole-storage"
  | "text/html"
  | "text/markdown"
  | "text/plain";

export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
export const DOC_MIME = "application/msword";
export const ODT_MIME = "application/vnd.oasis.opendocument.text";

const signatures: Array<[SniffedType, number[]]> = [
  ["application/zip", [0x50, 0x4b, 0x03, 0x04]],
  ["application/zip", [0x50, 0x4b, 0x05, 0x06]],
  ["image/png", [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ["image/jpeg", [0xff, 0xd8, 0xff]],
  ["image/gif", [0x47, 0x49, 0x46, 0x38]],
  ["image/tiff", [0x49, 0x49, 0x2a, 0x00]],
  ["image/tiff", [0x4d, 0x4d, 0x00, 0x2a]],
  ["application/rtf", [0x7b, 0x5c, 0x72, 0x74, 0x66]],
  ["application/x-ole-storage", [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
];

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d];

function startsWith(bytes: Uint8Array, signature: number[], offset = 0): boolean {
  return signature.every((b, i) => bytes[offset + i] === b);
}

/** `%PDF-` may follow a little junk (readers accept it within the first KiB). */
function findPdfHeader(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length - PDF_MAGIC.length, 1024);
  for (let i = 0; i <= end; i++) if (startsWith(bytes, PDF_MAGIC, i)) return true;
  return false;
}

export function sniffType(bytes: Uint8Array): SniffedType | null {
  for (const [type, signature] of signatures) {
    if (!startsWith(bytes, signature)) continue;
    if (type === "application/zip") return sniffZip(bytes);
    return type === "application/x-ole-storage" ? sniffOle(bytes) : type;
  }
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) {
    return "image/webp";
  }
  if (findPdfHeader(bytes)) return "application/pdf";
  if (textEncoding(bytes) === null) return null;
  return sniffTextFlavour(bytes);
}

function sniffZip(bytes: Uint8Array): SniffedType {
  let entries: ZipEntry[];
  try {
    entries = listZipEntries(bytes);
  } catch {
    return leadingOdfMimetype(bytes) === ODT_MIME ? ODT_MIME : "application/zip";
  }
  const names = entries.map((e) => e.name);
  if (names.includes("word/document.xml")) return DOCX_MIME;
  if (names.some((n) => n.startsWith("xl/")))
    return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  if (names.some((n) => n.startsWith("ppt/"))) {
    return "application/vnd.openxmlformats-officedocument.presentationml.presentation";
  }
  const mimetype = entries.find((e) => e.name === "mimetype");
  if (mimetype && names.includes("content.xml")) return openDocumentType(bytes, mimetype);
  return "application/zip";
}

/**
 * OpenDocument puts an uncompressed `mimetype` entry first so that its type shows at a fixed
 * place (right after the first local header): a cut-off .odt, whose zip directory is gone, is still known as one (and
 * its reader then says it is damaged).
 */
function leadingOdfMimetype(bytes: Uint8Array): string {
  if (bytes.length < 38) return "";
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const size = view.getUint32(18, true);
  const nameLength = view.getUint16(26, true);
  const start = 30 + nameLength + view.getUint16(28, true);
  const decode = (from: number, to: number) => new TextDecoder().decode(bytes.subarray(from, to));
  if (nameLength !== 8 || decode(30, 38) !== "mimetype" || size > 100) return "";
  return decode(start, start + size);
}

/** OpenDocument text, spreadsheets and slides share one layout; the `mimetype` entry says which. */
function openDocumentType(bytes: Uint8Array, mimetype: ZipEntry): SniffedType {
  if (mimetype.uncompressedSize > 100) return "application/zip";
  let declared: string;
  try {
    declared = new TextDecoder().decode(readZipEntry(bytes, mimetype)).trim();
  } catch {
    return "application/zip";
  }
  const known: SniffedType[] = [
    ODT_MIME,
    "application/vnd.oasis.opendocument.spreadsheet",
    "application/vnd.oasis.opendocument.presentation",
  ];
  return known.find((type) => type === declared) ?? "application/zip";
}

/**
 * Word 97–2003, Excel, PowerPoint and Outlook files are all OLE compound files; a Word document
 * is the one with a WordDocument stream (whatever its name says). A damaged directory leaves it
 * unknown: assertReadable says it is damaged.
 */
function sniffOle(bytes: Uint8Array): SniffedType {
  try {
    return oleRootNames(bytes)?.includes(WORD_STREAM) ? DOC_MIME : "application/x-ole-storage";
  } catch {
    return "application/x-ole-storage";
  }
}

function sniffTextFlavour(bytes: Uint8Array): SniffedType {
  const head = new TextDecoder("utf-8").decode(bytes.subarray(0, 4096)).replace(/^\ufeff/, "");
  const start = head.trimStart().slice(0, 512).toLowerCase();
  if (/^<!doctype html|^<html[\s>]|^<head[\s>]|^<body[\s>]/.test(start)) return "text/html";
  if (/^<(div|p|h[1-6]|table|ul|section|article|meta)[\s>]/.test(start) && /<\/\w+>/.test(head))
    return "text/html";
  if (/^#{1,6}[ \t]+\S/m.test(head) || /^\S.*\n(=+|-{3,})[ \t]*$/m.test(head)) return "text/markdown";
  return "text/plain";
}

/** UTF-8, UTF-16, or a legacy single-byte encoding by its WHATWG label (e.g. windows-1252). */
export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | (string & {});

/**
 * How text bytes are encoded, or null for binary. UTF-8 (and UTF-16 with or without BOM) is
 * text; a few stray NUL bytes are tolerated (they are stripped), many mean binary; invalid
 * UTF-8 with almost no control characters is either mostly-UTF-8 with a few bad bytes (read as
 * UTF-8, the bad bytes replaced) or legacy text (Danish æøå from an old system): see encoding.ts.
 */
export function textEncoding(bytes: Uint8Array): TextEncoding | null {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return "utf-8";
  if (startsWith(bytes, [0xff, 0xfe])) return "utf-16le";
  if (startsWith(bytes, [0xfe, 0xff])) return "utf-16be";
  if (bytes.length === 0) return "utf-8";
  const sample = bytes.subarray(0, 64 * 1024);
  const utf16 = utf16WithoutBom(sample);
  if (utf16) return utf16;
  let nul = 0;
  let control = 0;
  for (const b of sample) {
    if (b === 0) nul++;
    else if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  const tolerated = Math.max(2, sample.length * 0.01);
  if (nul > tolerated || control > tolerated) return null;
  const text = trimPartialUtf8(sample, bytes.length);
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(text);
    return "utf-8";
  } catch {
    return isMostlyUtf8(text) ? "utf-8" : legacyEncoding(text);
  }
}

/** Kept for callers that only ask "is this text?". */
export function looksLikeText(bytes: Uint8Array): boolean {
  return textEncoding(bytes) !== null;
}

function utf16WithoutBom(sample: Uint8Array): TextEncoding | null {
  if (sample.length < 16) return null;
  let evenZero = 0;
  let oddZero = 0;
  const pairs = Math.floor(sample.length / 2);
  for (let i = 0; i < pairs * 2; i += 2) {
    if (sample[i] === 0) evenZero++;
    if (sample[i + 1] === 0) oddZero++;
  }
  if (oddZero / pairs > 0.7 && evenZero / pairs < 0.05) return "utf-16le";
  if (evenZero / pairs > 0.7 && oddZero / pairs < 0.05) return "utf-16be";
  return null;
}

/** A 64 KiB sample may cut a multi-byte character in half; drop the partial tail. */
function trimPartialUtf8(sample: Uint8Array, fullLength: number): Uint8Array {
  if (sample.length === fullLength) return sample;
  for (let i = 1; i <= 3 && sample.length - i >= 0; i++) {
    const b = sample[sample.length - i] ?? 0;
    if ((b & 0xc0) === 0xc0) return sample.subarray(0, sample.length - i);
    if ((b & 0x80) === 0) break;
  }
  return sample;
}
