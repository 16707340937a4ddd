import { textEncoding } from "../sniff";
import { cleanLine, type DraftLine, type FormatResult } from "../types";

/** Bytes → string by the sniffed encoding; BOMs dropped, newlines normalised. */
export function decodeText(bytes: Uint8Array): string {
  const encoding = textEncoding(bytes) ?? "utf-8";
  let body = bytes;
  if (encoding === "utf-8" && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    body = bytes.subarray(3);
  if (encoding.startsWith("utf-16") && (bytes[0] === 0xff || bytes[0] === 0xfe)) {
    body = bytes.subarray(2);
  }
  return new TextDecoder(encoding).decode(body).replace(/\r\n?/g, "\n");
}

function hasNul(bytes: Uint8Array): boolean {
  return bytes.includes(0) && textEncoding(bytes)?.startsWith("utf-16") !== true;
}

function toLines(text: string): string[] {
  const lines = text.split("\n").map(cleanLine);
  while (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  return lines;
}

export function readPlainText(bytes: Uint8Array): FormatResult {
  const lines: DraftLine[] = toLines(decodeText(bytes)).map((text) => ({ text, page: 1 }));
  return { lines, warnings: nulWarning(bytes) };
}

/** Markdown: ATX (`# Title`) and setext (`Title\n====`) headings are flagged and their markers dropped. */
export function readMarkdown(bytes: Uint8Array): FormatResult {
  const raw = toLines(decodeText(bytes));
  const lines: DraftLine[] = [];
  for (let i = 0; i < raw.length; i++) {
    const text = raw[i] ?? "";
    const next = raw[i + 1] ?? "";
    const atx = /^ {0,3}#{1,6}[ \t]+(.*?)[ \t#]*$/.exec(text);
    if (atx) {
      lines.push({ text: atx[1] ?? "", page: 1, heading: true });
    } else if (text.trim() !== "" && /^ {0,3}(=+|-{3,})[ \t]*$/.test(next)) {
      lines.push({ text: text.trim(), page: 1, heading: true });
      i++;
    } else {
      lines.push({ text, page: 1 });
    }
  }
  return { lines, warnings: nulWarning(bytes) };
}

function nulWarning(bytes: Uint8Array): string[] {
  return hasNul(bytes) ? ["The file contained NUL bytes (binary fragments); they were removed"] : [];
}
