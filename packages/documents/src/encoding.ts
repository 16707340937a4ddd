import chardet from "chardet";

/**
 * Text that is not valid UTF-8: either UTF-8 with a few broken bytes (a file cut and pasted
 * together, one bad byte from a legacy system) or a legacy single-byte encoding. Deciding
 * wrongly is costly both ways: Windows-1252 applied to UTF-8 turns every dash into `â€“`, and
 * UTF-8 applied to Windows-1252 turns every æøå into U+FFFD.
 */

/** Counts well-formed multi-byte UTF-8 sequences and the bytes that belong to none. */
function utf8Evidence(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) ok = ((bytes[i + k] ?? 0) & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += length;
    } else {
      invalid++;
      i++;
    }
  }
  return { valid, invalid };
}

/**
 * Mostly valid UTF-8: at least two well-formed multi-byte sequences for every stray byte. Legacy
 * text almost never forms one by accident (a lead byte such as ø = 0xF8 must be followed by the
 * right number of 0x80–0xBF bytes), so a handful of dashes and æøå settle it; such a file is
 * decoded as UTF-8 with replacement, and one bad byte costs one character.
 */
export function isMostlyUtf8(bytes: Uint8Array): boolean {
  const { valid, invalid } = utf8Evidence(bytes);
  return valid > 0 && valid >= invalid * 2;
}

/** Single-byte encodings chardet names that TextDecoder reads; anything else reads as Windows-1252. */
const legacy = new Set([
  "windows-1250",
  "windows-1251",
  "windows-1252",
  "windows-1253",
  "windows-1254",
  "windows-1255",
  "windows-1256",
  "iso-8859-2",
  "iso-8859-5",
  "iso-8859-6",
  "iso-8859-7",
  "iso-8859-8",
  "iso-8859-9",
  "koi8-r",
]);

/** The legacy encoding chardet finds most likely (ISO-8859-1 read as its superset Windows-1252). */
export function legacyEncoding(bytes: Uint8Array): string {
  for (const match of chardet.analyse(bytes)) {
    const name = match.name.toLowerCase();
    if (name === "iso-8859-1") return "windows-1252";
    if (legacy.has(name)) return name;
  }
  return "windows-1252";
}
