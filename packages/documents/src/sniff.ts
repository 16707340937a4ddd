/**
 * File type from the bytes, never from the name: a CV called `cv.pdf` that is really a PNG is
 * a PNG. Returns the detected media type, or null when nothing recognisable was found.
 */
export type SniffedType =
  | "application/pdf"
  | "application/zip"
  | "image/png"
  | "image/jpeg"
  | "image/gif"
  | "image/webp"
  | "image/tiff"
  | "application/rtf"
  | "application/x-ole-storage"
  | "text/plain";

const signatures: Array<[SniffedType, number[]]> = [
  ["application/pdf", [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ["application/zip", [0x50, 0x4b, 0x03, 0x04]],
  ["image/png", [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ["image/jpeg", [0xff, 0xd8, 0xff]],
  ["image/gif", [0x47, 0x49, 0x46, 0x38]],
  ["image/tiff", [0x49, 0x49, 0x2a, 0x00]],
  ["image/tiff", [0x4d, 0x4d, 0x00, 0x2a]],
  ["application/rtf", [0x7b, 0x5c, 0x72, 0x74, 0x66]],
  ["application/x-ole-storage", [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
];

function startsWith(bytes: Uint8Array, signature: number[], offset = 0): boolean {
  return signature.every((b, i) => bytes[offset + i] === b);
}

export function sniffType(bytes: Uint8Array): SniffedType | null {
  for (const [type, signature] of signatures) {
    if (startsWith(bytes, signature)) return type;
  }
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) {
    return "image/webp";
  }
  return looksLikeText(bytes) ? "text/plain" : null;
}

/**
 * Text is valid UTF-8 (or UTF-16 with a BOM) with almost no control characters. NUL bytes
 * are the classic sign of a binary file.
 */
export function looksLikeText(bytes: Uint8Array): boolean {
  if (bytes.length === 0) return true;
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return true;
  const sample = bytes.subarray(0, 64 * 1024);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return false;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  if (control / sample.length > 0.01) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(trimPartialUtf8(sample, bytes.length));
    return true;
  } catch {
    return false;
  }
}

/** A 64 KiB sample may cut a multi-byte character in half; drop the partial tail. */
function trimPartialUtf8(sample: Uint8Array, fullLength: number): Uint8Array {
  if (sample.length === fullLength) return sample;
  let end = sample.length;
  for (let i = 1; i <= 3 && end - i >= 0; i++) {
    const b = sample[end - i] ?? 0;
    if ((b & 0xc0) === 0xc0) return sample.subarray(0, end - i);
    if ((b & 0x80) === 0) break;
  }
  return sample;
}
