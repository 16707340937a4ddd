import type { PositionedItem } from "./layout";

/**
 * Two columns whose rows line up (a template set in one font size and line spacing on both
 * sides of its gutter) pair nearly every row across the gap, as a table does. What tells them
 * apart is that the sides do not move together:
 * - one side's paragraph wraps onto the next row while the other side opens a block there (a
 *   heading, or a line after a gap);
 * - each side has bold lines (headings, entry heads) beside the other side's plain text (a
 *   table's bold cells keep to one column: labels, entry heads beside their dates, a header row).
 */

interface SideRow {
  y: number;
  right: number;
  text: string;
  firstWordWidth: number;
  bold: boolean;
}

/** Rows of one side, top to bottom: items within 2 pt of a baseline are one row. */
function sideRows(items: PositionedItem[]): SideRow[] {
  const sorted = [...items].sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: PositionedItem[][] = [];
  for (const item of sorted) {
    const group = groups.at(-1);
    if (group && item.y - (group[0]?.y ?? item.y) <= 2) group.push(item);
    else groups.push([item]);
  }
  return groups.map((group) => {
    const first = group[0] as PositionedItem;
    const word = first.text.trim().split(/\s+/)[0] ?? "";
    return {
      y: first.y,
      right: Math.max(...group.map((i) => i.x + i.width)),
      text: group.map((i) => i.text).join(""),
      firstWordWidth: (first.width * word.length) / Math.max(1, first.text.length),
      bold: group.every((i) => i.bold),
    };
  });
}

/** The usual distance between consecutive rows of a side (its line spacing). */
function linePitch(rows: SideRow[]): number {
  const steps = rows
    .slice(1)
    .map((row, i) => row.y - (rows[i] as SideRow).y)
    .sort((a, b) => a - b);
  return steps[Math.floor(steps.length / 2)] ?? 0;
}

/**
 * Indexes of the rows that carry on the paragraph of the row above: the row above is the next
 * line at the side's spacing, runs words (not a date or a name that happens to be the side's
 * widest line) and reaches so near the side's edge that this row's first word would not have
 * fitted after it.
 */
function wrappedRows(rows: SideRow[], fontSize: number): Set<number> {
  const pitch = linePitch(rows);
  const edge = Math.max(...rows.map((r) => r.right));
  const wrapped = new Set<number>();
  rows.forEach((row, i) => {
    const above = rows[i - 1];
    if (!above || row.y - above.y > pitch * 1.3) return;
    if ((above.text.match(/\p{L}{2,}/gu) ?? []).length < 4) return;
    if (above.right + fontSize * 0.3 + row.firstWordWidth > edge) wrapped.add(i);
  });
  return wrapped;
}

/** Whether a row opens a block of its side: the side's first row, a bold row or one after a gap. */
function opensBlock(rows: SideRow[], i: number, pitch: number): boolean {
  const row = rows[i] as SideRow;
  const above = rows[i - 1];
  return !above || row.bold || row.y - above.y > pitch * 1.3;
}

/**
 * Rows of one side whose paragraph wraps where the other side opens a block. A table's record
 * may stack lines in one cell (dates, place) beside a wrapping description, but its cells open
 * on the record's first row, never beside a wrapped line.
 */
function wrapsBesideNewBlocks(side: SideRow[], other: SideRow[], fontSize: number): number {
  const otherPitch = linePitch(other);
  let count = 0;
  for (const i of wrappedRows(side, fontSize)) {
    const row = side[i] as SideRow;
    const beside = other.findIndex((o) => Math.abs(o.y - row.y) < 2);
    if (beside >= 0 && opensBlock(other, beside, otherPitch)) count++;
  }
  return count;
}

/** Rows bold on the left only, and on the right only, among the rows that pair across the gap. */
function oneSidedBold(leftRows: SideRow[], rightRows: SideRow[]): { left: number; right: number } {
  const counts = { left: 0, right: 0 };
  for (const l of leftRows) {
    const r = rightRows.find((row) => Math.abs(row.y - l.y) < 2);
    if (!r || l.bold === r.bold) continue;
    if (l.bold) counts.left++;
    else counts.right++;
  }
  return counts;
}

/** Whether a page whose rows pair across the gutter is two columns after all, not a table. */
export function readsAsColumns(left: PositionedItem[], right: PositionedItem[]): boolean {
  const leftRows = sideRows(left);
  const rightRows = sideRows(right);
  const sizes = [...left, ...right].map((i) => i.fontSize).sort((a, b) => a - b);
  const fontSize = sizes[Math.floor(sizes.length / 2)] ?? 10;
  const wraps =
    wrapsBesideNewBlocks(leftRows, rightRows, fontSize) + wrapsBesideNewBlocks(rightRows, leftRows, fontSize);
  // One wrapped paragraph beside a new block is already unlike any table; a bold cell on the
  // "wrong" side can be a table's emphasis, so bold must cross both ways at least twice.
  const bold = oneSidedBold(leftRows, rightRows);
  return wraps > 0 || Math.min(bold.left, bold.right) >= 2;
}
