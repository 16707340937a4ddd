import type { ExtractedDocument, ExtractedLine } from "../document";
import { bulletMarks, gaplessCuts, isGapless } from "./gapless";
import { gluedHeadingEnd, headingAfterSentence } from "./glued-headings";

/**
 * Flattened text — what a "paste your CV" box or a poor PDF export gives: the whole CV on one or
 * two lines. Such a document is cut into line-sized segments before parsing, so that headings,
 * entry headers and contact details stand on lines of their own again. Offsets stay those of the
 * original text, so evidence still points at the source.
 */

/** Fewer line breaks than this per 1,000 characters: the breaks were lost (laid-out CVs have 20+). */
export const flattenedBreaksPerThousand = 5;
const minimumLength = 400;
/** Two spaces or more between words: where an export joined two lines. */
const wordGap = /\S {2,}\S/;

export function isFlattened(doc: ExtractedDocument): boolean {
  const text = doc.text;
  if (text.length < minimumLength) return oneGappedLine(doc);
  const breaks = text.match(/\n/g)?.length ?? 0;
  return (breaks / text.length) * 1000 < flattenedBreaksPerThousand;
}

/**
 * A short CV that is one line with a gap a line break left ("Mira Holt    12 Tarvo Lane  Leeds"),
 * or that line wrapped into two or three (as a PDF sets it): a header alone, flattened, too short
 * for the count of breaks to tell. One line longer than any a CV writes, with its gaps collapsed too
 * ("Mira Holt 12 Tarvo Lane, Leeds mira@example.com …"), is such a header as well.
 */
function oneGappedLine(doc: ExtractedDocument): boolean {
  const written = doc.lines.filter((l) => l.text.trim() !== "");
  const first = written[0]?.text ?? "";
  if (written.length === 1 && first.length > 160 && isGapless(first)) return true;
  return written.length >= 1 && written.length <= 3 && wordGap.test(first);
}

/**
 * Where the lost line breaks were: runs of spaces (exports join lines with two or more), tabs,
 * bullet glyphs, and byte escapes that stand for bullet glyphs ("\xef\x82\xa7").
 */
const lineGap = new RegExp(String.raw` {2,}|\t+|${bulletMarks}`, "giu");
const byteEscapes = /(?:\\x[0-9a-f]{2})+/giu;

/** The characters a run of byte escapes spells ("\xe2\x80\x94" → "—"), or null when it is no UTF-8. */
function decodeEscapes(run: string): string | null {
  const bytes = Uint8Array.from(run.match(/[0-9a-f]{2}(?=(?:\\x|$))/giu) ?? [], (h) =>
    Number.parseInt(h, 16),
  );
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Escaped letters, quotes and apostrophes ("R\xc3\xa9sum\xc3\xa9", "\xe2\x80\x9cquoted") are part
 * of the text, not a break; an escaped dash ("Aug 2013 \xe2\x80\x94 present") becomes a run of
 * dashes as long as the escape, so the range reads as one and offsets do not move.
 */
function readEscapes(text: string): string {
  return text.replace(byteEscapes, (run) => {
    const chars = decodeEscapes(run);
    if (chars !== null && /^\p{Pd}+$/u.test(chars)) return "–".repeat(run.length);
    return run;
  });
}

/** A gap found by `lineGap` that is really text (an escaped letter or quote). */
function isWordEscape(gap: string): boolean {
  if (!gap.startsWith("\\x")) return false;
  const chars = decodeEscapes(gap);
  return chars !== null && /^[\p{L}\p{M}\p{Pi}\p{Pf}'"\u00a0\u200b]+$/u.test(chars);
}
/** A run this wide stood for an empty line: the paragraph ends there. */
const paragraphGap = / {4,}/;
/** Escaped invisible characters (zero-width space, byte-order mark) an export leaves between words. */
const invisibleEscape = String.raw`\\xe2\\x80\\x8[b-f]|\\xef\\xbb\\xbf`;
/** Quotes, separators and invisible characters an export leaves at a segment's ends. */
const leadingEdge = new RegExp(`^(?:[\\s"'“”:;,|-]|${invisibleEscape})+`, "u");
const edge = new RegExp(`${leadingEdge.source}|(?:[\\s"'“”|,]|${invisibleEscape})+$`, "gu");

interface Segment {
  text: string;
  offset: number;
}

function trimmed(text: string, offset: number): Segment {
  const start = text.length - text.replace(leadingEdge, "").length;
  const body = text.replace(edge, "");
  return { text: body, offset: offset + start };
}

/**
 * A date range whose dash was lost with the line break ("2003  Present", "Jan 2007  Mar 2008"):
 * the gap's last space becomes a dash, so the range reads as one and offsets do not move. A year
 * is four digits of their own: a postcode or a phone number ending the line before ("Portland,
 * Oregon | 97205  Current role") is no start of a range.
 */
const lostDash =
  /(?<!\d)(\d{4}\.?)( {2,})(?=(?:\d{4}|\p{L}{3,}\.?,?\s*\d{4}|present|current|now|today|till|date)\b)/giu;

function withRanges(text: string): string {
  return text.replace(lostDash, (_m, year: string, gap: string) => `${year}${gap.slice(0, -1)}-`);
}

/** More characters than a row of a page holds at body size (A4 or Letter, 10–11 pt). */
const rowChars = 120;

/**
 * A flattened CV set on a page wraps at the margin, and the reader joins the rows back with one
 * space: where a row broke at a gap, the gap is gone. A run between gaps longer than a row spans
 * such a join, so it is cut as text whose gaps were collapsed is (gaplessCuts), offsets kept.
 */
function cutRowsJoined(text: string): string {
  let out = "";
  let last = 0;
  const ends = [...text.matchAll(lineGap)].map((gap) => ({ at: gap.index, end: gap.index + gap[0].length }));
  for (const { at, end } of [...ends, { at: text.length, end: text.length }]) {
    const run = text.slice(last, at);
    out += (run.length > rowChars ? gaplessCuts(run) : run) + text.slice(at, end);
    last = end;
  }
  return out;
}

/** The pieces of one physical line between its gaps; "" marks a paragraph break. */
function segmentsOf(line: ExtractedLine, gapless: boolean, wrapped: boolean): Segment[] {
  const out: Segment[] = [];
  const read = withRanges(readEscapes(line.text));
  const text = gapless ? gaplessCuts(read) : wrapped ? cutRowsJoined(read) : read;
  let last = 0;
  const push = (end: number) => {
    const from = last;
    // "…by half. EXPERIENCE": the heading opens a segment of its own.
    const heading = headingAfterSentence(text.slice(from, end));
    if (heading !== null) {
      last = from + heading;
      pushPiece(trimmed(text.slice(from, last), line.offset + from));
    }
    pushPiece(trimmed(text.slice(last, end), line.offset + last));
  };
  const pushPiece = (piece: { text: string; offset: number }) => {
    if (piece.text === "") return;
    const cut = gluedHeadingEnd(piece.text);
    if (cut === null) out.push(piece);
    else
      out.push(
        trimmed(piece.text.slice(0, cut), piece.offset),
        trimmed(piece.text.slice(cut), piece.offset + cut),
      );
  };
  for (const gap of text.matchAll(lineGap)) {
    if (isWordEscape(gap[0])) continue;
    push(gap.index);
    if (paragraphGap.test(gap[0]) && out.at(-1)?.text !== "")
      out.push({ text: "", offset: line.offset + gap.index });
    last = gap.index + gap[0].length;
  }
  push(text.length);
  return out;
}

/** The document with its long lines cut at the gaps where line breaks used to be. */
export function segmentFlattened(doc: ExtractedDocument): ExtractedDocument {
  const lines: ExtractedLine[] = [];
  const whole = oneGappedLine(doc);
  const gapless = isGapless(doc.text);
  // Rows a page wrapped and the reader joined: a PDF's text layer (a scan's OCR rows are joined alike, unmeasured).
  const wrapped = doc.method === "pdf-text";
  for (const line of doc.lines) {
    // A short line of a flattened document is cut too where it has a gap (a PDF's first row: "Mira Holt  mira@…  Leeds").
    const pieces =
      line.text.length > 160 || whole || wordGap.test(line.text)
        ? segmentsOf(line, gapless, wrapped)
        : [{ text: line.text, offset: line.offset }];
    for (const piece of pieces) {
      lines.push({ text: piece.text, page: line.page, line: lines.length + 1, offset: piece.offset });
    }
  }
  return { ...doc, lines };
}
