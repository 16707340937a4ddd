import type { DraftLine } from "../types";
import { cleanLine } from "../types";
import type { OcrLine, OcrProvider, OcrResult } from "./provider";

const MIN_LINE_CONFIDENCE = 0.35;
const LOW_CONFIDENCE = 0.6;

export interface OcrPage {
  lines: DraftLine[];
  confidence: number;
}

/** A step down this many times the page's usual line step is a paragraph break. */
const PARAGRAPH_STEP = 1.5;

/*
 * A bullet the engine read as a sign: "•" comes back as "+", "«" or "©" (or "*", which the parser
 * takes for a bullet already), "➢" as ">". At the start of a line and before a space, none of
 * these begins text of its own.
 */
const MISREAD_BULLET = /^[+«»©>]\s+(?=[\p{L}\p{N}(])/u;

/** A line all in capitals ("WORK EXPERIENCE"): a heading, never the rest of a wrapped row. */
const CAPITALS = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;

/** A line that starts something of its own (as the PDF reader tells): a bullet, a date, a "Label:". */
const OWN_START =
  /^(?:[•●▪■◆➢✓◦‣·*]|[-–]\s|\(?\d{1,2}[./-]\d{2,4}\b|(?:19|20)\d{2}\b|\p{L}[\p{L}/&' ]{0,30}:(?:\s|$))/u;

/** A kept line with its box; `last` is the last row it was joined from. */
type Row = OcrLine & { last?: OcrLine };

/**
 * OCR output → lines. Lines the engine itself doubts (below 35 %) or that hold no letter or
 * digit are dropped rather than passed on: noise must not become a "skill". Where the engine
 * gives boxes, the page is read back as the author typed it: rows the page wrapped are one line
 * again, and a step down clearly wider than the usual one is a blank line, as plain text (and a
 * text PDF) has between blocks — the parser reads its blocks from those breaks.
 */
export function ocrLines(result: OcrResult, page: number, scale = 1): OcrPage {
  const source: OcrLine[] =
    result.lines ?? result.text.split("\n").map((text) => ({ text, confidence: result.confidence }));
  const pitch = linePitch(source);
  const kept: Row[] = [];
  for (const line of source) {
    const text = cleanLine(line.text).trim().replace(MISREAD_BULLET, "• ");
    if (text === "" || line.confidence < MIN_LINE_CONFIDENCE || !/[\p{L}\p{N}]/u.test(text)) continue;
    kept.push({ ...line, text });
  }
  const lines: DraftLine[] = [];
  let previous: Row | null = null;
  for (const row of pitch === null ? kept : joinWrapped(kept, pitch)) {
    const box = row.bbox;
    const above = (previous?.last ?? previous)?.bbox?.y0;
    if (pitch !== null && box && above !== undefined && box.y0 - above > pitch * PARAGRAPH_STEP)
      lines.push({ text: "", page });
    lines.push({
      text: row.text,
      page,
      ...(box ? { x: Math.round(box.x0 / scale), y: Math.round(box.y0 / scale) } : {}),
    });
    previous = row;
  }
  return { lines, confidence: result.confidence };
}

/**
 * The single line step: from one line's top to the next one's, the low end of the steps (their
 * 10th percentile, not the least: a row of small letters has its top lower). Not the median: a
 * CV with a blank line after most lines has the double step as its most common one.
 */
function linePitch(lines: OcrLine[]): number | null {
  const steps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const [a, b] = [lines[i - 1]?.bbox, lines[i]?.bbox];
    if (a && b && b.y0 > a.y0) steps.push(b.y0 - a.y0);
  }
  if (steps.length < 2) return null;
  steps.sort((x, y) => x - y);
  return steps[Math.floor(steps.length / 10)] ?? null;
}

/** A row's mean character width, from its box. */
function charWidth(row: OcrLine): number {
  return row.bbox ? (row.bbox.x1 - row.bbox.x0) / Math.max(1, row.text.length) : 0;
}

/**
 * Rows the page wrapped, joined back into the line the author wrote, as the PDF reader does: row
 * b continues row a when a ran to the right margin (b's first word would not have fit after it),
 * b follows at the usual step, starts where a's text starts (or under the text after a bullet)
 * and starts nothing of its own (nor is a heading in capitals). Only on a page at least 40
 * characters wide where two rows or more reach the margin, so the longest line of a page of
 * short lines is not taken for a wrapped one.
 */
function joinWrapped(rows: Row[], pitch: number): Row[] {
  const boxes = rows.flatMap((r) => (r.bbox ? [r.bbox] : []));
  const margin = Math.max(...boxes.map((b) => b.x1));
  const left = Math.min(...boxes.map((b) => b.x0));
  const widths = rows.map(charWidth).sort((x, y) => x - y);
  const typical = widths[Math.floor(widths.length / 2)] ?? 0;
  const reaches = (r: Row) => r.bbox !== undefined && r.bbox.x1 >= margin - charWidth(r) * 4;
  // Rows of a few words (a list, a narrow column) wrap nothing: a measure under 40 characters.
  if (rows.filter(reaches).length < 2 || margin - left < typical * 40) return rows;
  const out: Row[] = [];
  for (const row of rows) {
    const a = out.at(-1);
    const tail = a?.last ?? a;
    const b = row.bbox;
    const firstWord = row.text.split(" ")[0] ?? "";
    const char = tail ? charWidth(tail) : 0;
    const indent = a?.text.startsWith("• ") ? char * 3 : 0;
    const continues =
      a?.bbox !== undefined &&
      tail?.bbox !== undefined &&
      b !== undefined &&
      tail.bbox.x1 + char * (firstWord.length + 1) > margin &&
      b.y0 - tail.bbox.y0 > 0 &&
      b.y0 - tail.bbox.y0 <= pitch * 1.25 &&
      b.x0 >= a.bbox.x0 - char &&
      b.x0 <= a.bbox.x0 + char + indent &&
      !a.text.includes(" | ") &&
      !row.text.includes(" | ") &&
      !OWN_START.test(row.text) &&
      !CAPITALS.test(row.text);
    if (a?.bbox && b && continues) {
      const glue = /\p{L}-$/u.test(a.text) && /^\p{Ll}/u.test(row.text) ? "" : " ";
      out[out.length - 1] = {
        text: `${a.text}${glue}${row.text}`,
        confidence: Math.min(a.confidence, row.confidence),
        bbox: { ...a.bbox, x1: Math.max(a.bbox.x1, b.x1), y1: b.y1 },
        last: row,
      };
      continue;
    }
    out.push(row);
  }
  return out;
}

export async function recognizePage(
  ocr: OcrProvider,
  image: Uint8Array,
  page: number,
  signal: AbortSignal,
  scale = 1,
): Promise<OcrPage> {
  return ocrLines(await ocr.recognize(image, { signal }), page, scale);
}

export function lowConfidenceWarning(pages: OcrPage[]): string[] {
  const read = pages.filter((p) => p.lines.length > 0);
  if (read.length === 0) return [];
  const mean = read.reduce((sum, p) => sum + p.confidence, 0) / read.length;
  return mean < LOW_CONFIDENCE
    ? [
        `The text was read by OCR with low confidence (${Math.round(mean * 100)} %); check it, or upload a text PDF or DOCX`,
      ]
    : [];
}
