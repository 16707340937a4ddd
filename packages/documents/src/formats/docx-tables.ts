import { cleanLine, type DraftLine, pushBlank } from "../types";

/**
 * Word and OpenDocument tables play two parts in a CV. A data table (Company | Role | Years) is read row by row,
 * its cells joined by " | ", which the parser's table readers rely on. A layout table — the
 * whole CV in one row of a sidebar cell and a main cell, as Microsoft's resume templates build
 * it — holds dozens of paragraphs per cell: joined by rows it became one enormous line with no
 * sections, entries or name. Such a table is read cell by cell, each paragraph a line.
 */

/** Where finished paragraphs go: the body, or a table cell. */
export interface LineSink {
  lines: DraftLine[];
  /** A paragraph with a heading style (not merely bold) landed here. */
  styledHeading: boolean;
}

export type Table = LineSink[][];

/** A finished paragraph's line into the innermost sink (a table cell, or the body). */
export function sinkLine(sinks: LineSink[], line: DraftLine | null, styledHeading: boolean): void {
  const sink = sinks.at(-1);
  if (!sink || !line) return;
  if (styledHeading) sink.styledHeading = true;
  sink.lines.push(line);
}

/**
 * An empty paragraph the author typed, in the body: a blank line, as plain text keeps it — the
 * break between blocks, which the parser reads as a block's end. Never two in a row or at the
 * start; table cells keep none (each cell is a block of its own).
 */
export function sinkBlank(sinks: LineSink[]): void {
  const body = sinks[0];
  if (sinks.length === 1 && body) pushBlank(body.lines);
}

/** A cell this long is prose, not a data value. */
const LONG_CELL = 100;

function isLayout(table: Table): boolean {
  return table.some((row) =>
    row.some(
      (cell) =>
        cell.lines.length > 1 ||
        cell.styledHeading ||
        cell.lines.some((line) => line.text.length > LONG_CELL),
    ),
  );
}

/** One " | "-joined line per row, as a data table reads; cells in reading order. */
function dataRows(table: Table): DraftLine[] {
  return table.flatMap((row) => {
    const cells = row
      .map((cell) => cell.lines.map((line) => line.text.replace(/^• /, "")).join(" "))
      .map((text) => text.replace(/\s+/g, " ").trim())
      .filter((text) => text !== "");
    return cells.length > 0 ? [{ text: cleanLine(cells.join(" | ")), page: 1 }] : [];
  });
}

/** A finished table's lines: a layout's cells one after another, or a data table's rows. */
export function tableLines(table: Table): DraftLine[] {
  return isLayout(table) ? table.flatMap((row) => row.flatMap((cell) => cell.lines)) : dataRows(table);
}
