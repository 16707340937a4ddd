import { type JoinOptions, type PageRow, readParagraphs } from "../paragraphs";
import type { DraftLine } from "../types";
import { cleanLine, pushBlank } from "../types";
import type { OcrLine, OcrProvider, OcrResult } from "./provider";

const MIN_LINE_CONFIDENCE = 0.35;
const LOW_CONFIDENCE = 0.6;

export interface OcrPage {
  lines: DraftLine[];
  confidence: number;
}

/*
 * A bullet the engine read as a sign: "•" comes back as "+", "«" or "©" (or "*", which the parser
 * takes for a bullet already), "➢" as ">". At the start of a line and before a space, none of
 * these begins text of its own.
 */
const MISREAD_BULLET = /^[+«»©>]\s+(?=[\p{L}\p{N}(])/u;

/** A line all in capitals ("WORK EXPERIENCE"): a heading, never the rest of a wrapped row. */
const CAPITALS = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;

/** A kept line with its box, as the paragraph rules see it. */
type Row = PageRow & { line: OcrLine; confidence: number };

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
  const kept: OcrLine[] = [];
  for (const line of source) {
    const text = cleanLine(line.text).trim().replace(MISREAD_BULLET, "• ");
    if (text === "" || line.confidence < MIN_LINE_CONFIDENCE || !/[\p{L}\p{N}]/u.test(text)) continue;
    kept.push({ ...line, text });
  }
  const lines: DraftLine[] = [];
  const rows = boxedRows(kept);
  if (!rows) {
    for (const line of kept) lines.push({ text: line.text, page, ...at(line.bbox, scale) });
    return { lines, confidence: result.confidence };
  }
  for (const { row, breakAbove } of readParagraphs(rows, pitch, joinOptions(rows))) {
    if (breakAbove) pushBlank(lines, page);
    lines.push({ text: row.text, page, ...at(row.line.bbox, scale) });
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
function charWidth(line: OcrLine): number {
  return line.bbox ? (line.bbox.x1 - line.bbox.x0) / Math.max(1, line.text.length) : 0;
}

/** A line's place on the page in the page's own scale, when the engine gave its box. */
function at(box: OcrLine["bbox"], scale: number): { x: number; y: number } | Record<string, never> {
  return box ? { x: Math.round(box.x0 / scale), y: Math.round(box.y0 / scale) } : {};
}

/** The kept lines as the paragraph rules see them; null when the engine gave no boxes. */
function boxedRows(lines: OcrLine[]): Row[] | null {
  const rows: Row[] = [];
  for (const line of lines) {
    if (!line.bbox) return null;
    rows.push(asRow(line, line.bbox));
  }
  return rows;
}

function asRow(line: OcrLine, box: NonNullable<OcrLine["bbox"]>): Row {
  const char = charWidth(line);
  const firstWord = line.text.split(" ")[0] ?? "";
  return {
    text: line.text,
    x: box.x0,
    right: box.x1,
    y: box.y0,
    bottom: box.y0,
    // A character is about half the type size; the engine's box edges wander by about one.
    em: char * 2,
    slack: char,
    firstWord: char * (firstWord.length + 1),
    look: "",
    line,
    confidence: line.confidence,
  };
}

/**
 * As the PDF reader joins rows (paragraphs.ts), on a page at least 40 typical characters wide; a
 * line in capitals is a heading, never the rest of a wrapped row.
 */
function joinOptions(rows: Row[]): JoinOptions<Row> {
  const widths = rows.map((r) => charWidth(r.line)).sort((x, y) => x - y);
  const typical = widths[Math.floor(widths.length / 2)] ?? 0;
  return {
    minMeasure: typical * 40,
    ownStart: (text) => CAPITALS.test(text),
    merge: (a, b, row) => ({ ...a, ...row, confidence: Math.min(a.confidence, b.confidence) }),
  };
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
