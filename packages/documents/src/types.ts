import type { ExtractedLine } from "@futodama/core";

/** A line before offsets and line numbers are assigned (documentFromLines does that once). */
export type DraftLine = Omit<ExtractedLine, "offset" | "line"> & { line?: number };

/** What a format reader hands back to extractDocument. */
export interface FormatResult {
  lines: DraftLine[];
  warnings: string[];
  /** Pages in the source (PDF); other formats are one page. */
  pages?: number;
}

/**
 * Cleans one line of text: Unicode NFC, no NUL/zero-width/control characters, single spaces at the
 * ends. A tab between words is a column's gap ("Zentra Labs⇥Leeds, UK", a date set at a tab stop)
 * and stays one, as three spaces, the gap the parser splits a header at; after a leading bullet it
 * is the list's indent, one space.
 */
export function cleanLine(text: string): string {
  return (
    text
      .normalize("NFC")
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b\ufeff\u00ad]/g, "")
      .replace(/^(\s*[•▪◦‣·*–-])[ \u00a0]*\t[\t \u00a0]*/u, "$1 ")
      .replace(/(?<=\S)[ \u00a0]*\t[\t \u00a0]*(?=\S)/gu, "   ")
      .replace(/[\t\u00a0]/g, " ")
      .trimEnd()
  );
}

/**
 * A filter over further parts' lines (page headers, footers, text boxes) that keeps each text the
 * first time only: a name printed in the header and again in the body is read once.
 */
export function unseenAfter(lines: DraftLine[]): (more: DraftLine[]) => DraftLine[] {
  const seen = new Set(lines.map((l) => l.text));
  return (more) =>
    more.filter((l) => {
      if (seen.has(l.text)) return false;
      seen.add(l.text);
      return true;
    });
}

/**
 * A blank line after the lines so far: the break between blocks that plain text keeps and the
 * parser reads as a block's end. Never at the start and never two in a row.
 */
export function pushBlank(lines: DraftLine[], page = 1, column?: number): void {
  if ((lines.at(-1)?.text ?? "") === "") return;
  lines.push({ text: "", page, ...(column === undefined ? {} : { column }) });
}

/** The lines without a blank one at the end. */
export function withoutTrailingBlank(lines: DraftLine[]): DraftLine[] {
  return lines.at(-1)?.text === "" ? lines.slice(0, -1) : lines;
}
