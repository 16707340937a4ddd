import { type PageRow, readParagraphs } from "../paragraphs";
import type { DraftLine } from "../types";
import { cleanLine, pushBlank } from "../types";
import { readsAsColumns } from "./aligned-columns";

/** One pdf.js text item in page space, y measured from the top. */
export interface PositionedItem {
  text: string;
  x: number;
  y: number;
  width: number;
  fontSize: number;
  bold: boolean;
  rtl: boolean;
}

interface Row {
  items: PositionedItem[];
  y: number;
  fontSize: number;
}

/**
 * Finds a vertical gutter that splits the page into two columns: a band of the x axis that
 * no (or almost no) text crosses, with a real body of text on both sides. Returns its x or null.
 */
export function findGutter(items: PositionedItem[]): number | null {
  const placed = items.filter((i) => i.width > 0);
  if (placed.length < 6) return null;
  const left = Math.min(...placed.map((i) => i.x));
  const right = Math.max(...placed.map((i) => i.x + i.width));
  const bin = 2;
  const bins = Math.ceil((right - left) / bin) + 1;
  if (bins < 20) return null;
  const coverage = new Array<number>(bins).fill(0);
  for (const item of placed) {
    const from = Math.floor((item.x - left) / bin);
    const to = Math.floor((item.x + item.width - left) / bin);
    for (let b = from; b <= to && b < bins; b++) coverage[b] = (coverage[b] ?? 0) + 1;
  }
  const tolerance = Math.max(1, Math.floor(placed.length * 0.04));
  let best: { start: number; end: number } | null = null;
  let start = -1;
  for (let b = 0; b <= bins; b++) {
    const empty = b < bins && (coverage[b] ?? 0) <= tolerance;
    if (empty && start < 0) start = b;
    if (!empty && start >= 0) {
      if (!best || b - start > best.end - best.start) best = { start, end: b };
      start = -1;
    }
  }
  if (!best || (best.end - best.start) * bin < 10) return null;
  const gutter = left + ((best.start + best.end) / 2) * bin;
  const share = (gutter - left) / (right - left);
  if (share < 0.15 || share > 0.85) return null;
  const leftItems = placed.filter((i) => i.x + i.width <= gutter);
  const rightItems = placed.filter((i) => i.x >= gutter);
  const leftRows = rowPositions(leftItems);
  const rightRows = rowPositions(rightItems);
  if (leftRows.length < 3 || rightRows.length < 3) return null;
  // A table (text left, dates right) pairs nearly every row across the gap; columns seldom do,
  // and when they do (one font size and spacing on both sides) their sides still move apart.
  const paired = leftRows.filter((y) => rightRows.some((r) => Math.abs(r - y) < 2)).length;
  if (paired / Math.max(leftRows.length, rightRows.length) <= 0.7) return gutter;
  return readsAsColumns(leftItems, rightItems) ? gutter : null;
}

function rowPositions(items: PositionedItem[]): number[] {
  const ys: number[] = [];
  for (const y of items.map((i) => i.y).sort((a, b) => a - b)) {
    const last = ys.at(-1);
    if (last === undefined || y - last > 2) ys.push(y);
  }
  return ys;
}

function groupRows(items: PositionedItem[]): Row[] {
  const sorted = [...items].sort((a, b) => a.y - b.y || a.x - b.x);
  const rows: Row[] = [];
  for (const item of sorted) {
    const row = rows.at(-1);
    if (row && Math.abs(item.y - row.y) <= Math.max(2, Math.min(row.fontSize, item.fontSize) * 0.5)) {
      row.items.push(item);
      row.fontSize = Math.max(row.fontSize, item.fontSize);
    } else {
      rows.push({ items: [item], y: item.y, fontSize: item.fontSize });
    }
  }
  return rows;
}

/** A space's width in font sizes (Helvetica's, Arial's and Times' are 0.25–0.28). */
const SPACE_WIDTH = 0.28;

/**
 * A row's items as text. A gap wider than four font sizes is a cell boundary (" | "), as a table's
 * columns are; a narrower one that is still wider than two spaces (a tab stop, a run of spaces)
 * becomes as many spaces as fit in it, as plain text shows it, so the parser can tell "Data
 * Analyst", a tab, "Quellin Ltd" from one title of four words. Runs of spaces inside an item stay.
 */
function rowText(row: Row): string {
  const rtl = row.items.filter((i) => i.rtl).length > row.items.length / 2;
  const items = [...row.items].sort((a, b) => (rtl ? b.x - a.x : a.x - b.x));
  let text = "";
  let prev: PositionedItem | undefined;
  for (const item of items) {
    let next = item.text;
    if (prev) {
      const gap = rtl ? prev.x - (item.x + item.width) : item.x - (prev.x + prev.width);
      const size = Math.max(prev.fontSize, item.fontSize);
      if (gap > size * 4) text += " | ";
      else if (gap > size * 0.6) {
        text = `${text.trimEnd()}${" ".repeat(Math.max(2, Math.round(gap / (size * SPACE_WIDTH))))}`;
        next = next.trimStart();
      } else if (gap > size * 0.15 && !text.endsWith(" ") && !item.text.startsWith(" ")) text += " ";
    }
    text += next;
    prev = item;
  }
  return cleanLine(text).trim();
}

/** A row as the paragraph rules see it, with what the line keeps: its size and weight. */
interface RowLine extends PageRow {
  fontSize: number;
  bold: boolean;
}

function rowLine(row: Row): RowLine | null {
  const text = rowText(row);
  if (text === "") return null;
  const first = row.items.reduce((a, b) => (a.x <= b.x ? a : b));
  const word = first.text.trimStart().split(/\s/)[0] ?? "";
  const perChar = first.width / Math.max(1, first.text.length);
  const bold = row.items.every((i) => i.bold || i.text.trim() === "");
  return {
    text,
    x: first.x,
    right: row.items.reduce((n, i) => Math.max(n, i.x + i.width), 0),
    y: row.y,
    bottom: row.y,
    em: row.fontSize,
    slack: 1.5,
    firstWord: (word.length + 1) * perChar,
    look: `${Math.round(row.fontSize * 2)}|${bold}`,
    fontSize: row.fontSize,
    bold,
  };
}

/**
 * The step from one row to the next inside a paragraph: the shortest step in the block (at least
 * 0.8 of the font size, so a superscript's row does not count), and never more than a line of
 * the block's smallest type.
 * A block that spaces every line apart still wraps its long lines at this step, so wider steps are
 * paragraph breaks, wherever the author put them.
 */
function rowPitch(lines: RowLine[]): number | null {
  const steps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1] as RowLine;
    const b = lines[i] as RowLine;
    const step = b.y - a.y;
    const size = Math.max(a.fontSize, b.fontSize);
    if (step >= size * 0.8 && step < size * 3) steps.push(step);
  }
  if (steps.length < 2) return null;
  // A block spaced out everywhere has no single step to measure: a line is about 1.2 font sizes.
  const size = Math.min(...lines.map((l) => l.fontSize));
  return Math.min(...steps, size * 1.25);
}

/** Rows narrower than this (points) are a list or a narrow column: nothing in them wraps. */
const MIN_MEASURE = 150;

function toLines(rows: Row[], page: number, column: number | undefined): DraftLine[] {
  const read = rows.map(rowLine).filter((l): l is RowLine => l !== null);
  const paragraphs = readParagraphs(read, rowPitch(read), {
    minMeasure: MIN_MEASURE,
    merge: (a, _b, row) => ({ ...a, ...row }),
  });
  const lines: DraftLine[] = [];
  for (const { row, breakAbove } of paragraphs) {
    if (breakAbove) pushBlank(lines, page, column);
    lines.push({
      text: row.text,
      page,
      x: Math.round(row.x * 10) / 10,
      y: Math.round(row.y * 10) / 10,
      fontSize: Math.round(row.fontSize * 10) / 10,
      ...(row.bold ? { bold: true } : {}),
      ...(column === undefined ? {} : { column }),
    });
  }
  return lines;
}

/**
 * Items of one page → lines in reading order. With a gutter: lines spanning it above the
 * columns (a name banner) first, then the left column top to bottom, then the right column,
 * then spanning lines below. Lines of different columns are never interleaved. The wider
 * column is the main flow (column 0), the narrower the sidebar (column 1).
 */
export function layoutPage(items: PositionedItem[], page: number): DraftLine[] {
  const visible = items.filter((i) => i.text.trim() !== "");
  const gutter = findGutter(visible);
  if (gutter === null) return toLines(groupRows(visible), page, undefined);
  const leftItems = visible.filter((i) => i.x + i.width <= gutter + 1);
  const rightItems = visible.filter((i) => i.x >= gutter - 1 && i.x + i.width > gutter + 1);
  const sided = new Set([...leftItems, ...rightItems]);
  const spanning = visible.filter((i) => !sided.has(i));
  const extent = (list: PositionedItem[]) =>
    list.reduce((n, i) => Math.max(n, i.x + i.width), 0) - Math.min(...list.map((i) => i.x));
  const leftIsMain = extent(leftItems) >= extent(rightItems);
  const top = Math.min(...[...leftItems, ...rightItems].map((i) => i.y));
  return [
    ...toLines(groupRows(spanning.filter((i) => i.y < top)), page, 0),
    ...toLines(groupRows(leftItems), page, leftIsMain ? 0 : 1),
    ...toLines(groupRows(rightItems), page, leftIsMain ? 1 : 0),
    ...toLines(groupRows(spanning.filter((i) => i.y >= top)), page, 0),
  ];
}

/**
 * Headings: lines set clearly larger than the body text, or bold lines in a document whose
 * body is not bold, when short and not a sentence.
 */
export function markHeadings(lines: DraftLine[]): void {
  const weight = new Map<number, number>();
  let boldChars = 0;
  let chars = 0;
  for (const line of lines) {
    const size = line.fontSize ?? 0;
    weight.set(size, (weight.get(size) ?? 0) + line.text.length);
    chars += line.text.length;
    if (line.bold) boldChars += line.text.length;
  }
  let body = 0;
  let most = -1;
  for (const [size, count] of weight) {
    if (count > most) [body, most] = [size, count];
  }
  const boldIsSpecial = boldChars < chars * 0.4;
  for (const line of lines) {
    const short = line.text.length <= 80 && !/[.;,]$/.test(line.text);
    const larger = (line.fontSize ?? 0) >= body * 1.15;
    if (short && (larger || (boldIsSpecial && line.bold === true && line.text.length <= 60)))
      line.heading = true;
  }
}
