/**
 * A page has no paragraphs, only rows: a word processor wraps a long line into several rows and
 * shows a paragraph break as a wider step down. Plain text and DOCX keep both (one line per
 * paragraph, an empty line between blocks), and the parser reads them; the PDF reader (from text
 * items) and the OCR reader (from the engine's boxes) rebuild them with these rules.
 */

/** A row of text as the paragraph rules see it, in the page's own units (points or pixels). */
export interface PageRow {
  text: string;
  /** Left edge, and right edge (of the last row joined into it: where the next row would go on). */
  x: number;
  right: number;
  /** Where the row sits (its baseline or top), and where the last row joined into it sits. */
  y: number;
  bottom: number;
  /** The row's type size, and how far off a row may start and still be "under" it. */
  em: number;
  slack: number;
  /** Width of the row's first word with a space before it. */
  firstWord: number;
  /** Rows join only with rows that look the same (size, weight); "" when unknown. */
  look: string;
}

/** A step down this many times the single line step is a paragraph break. */
const PARAGRAPH_STEP = 1.5;

/**
 * A page's rows as the author wrote them: wrapped rows joined (joinWrapped), and each marked where
 * the step down from the row above is a paragraph break (a blank line, as plain text has). With no
 * line step to measure (`pitch` null), the rows as they are.
 */
export function readParagraphs<T extends PageRow>(
  rows: T[],
  pitch: number | null,
  options: JoinOptions<T>,
): Array<{ row: T; breakAbove: boolean }> {
  if (pitch === null) return rows.map((row) => ({ row, breakAbove: false }));
  return joinWrapped(rows, pitch, options).map((row, i, joined) => {
    const above = joined[i - 1];
    return { row, breakAbove: above !== undefined && row.y - above.bottom > pitch * PARAGRAPH_STEP };
  });
}

const BULLET_START = /^[•●▪■◆➢✓◦‣·\-–*]\s/u;
/** A line that starts something of its own: a bullet, a date, a "Label:". */
const OWN_START =
  /^(?:[•●▪■◆➢✓◦‣·*]|[-–]\s|\(?\d{1,2}[./-]\d{2,4}\b|(?:19|20)\d{2}\b|\p{L}[\p{L}/&' ]{0,30}:(?:\s|$))/u;

/**
 * A row closed by a date range ("… First Class      2011 – 2014", "… Jun 2019 – Present"): an
 * entry's row, whole; the next row that opens in a capital is the next entry, however far the
 * dates ran.
 */
const ENDS_IN_DATES =
  /(?:19|20)\d{2}\s*(?:[-–—]|to)\s*(?:\p{L}{3,9}\.?\s+)?(?:(?:19|20)\d{2}|present|current|now|date)\s*\)?\s*$/iu;

export interface JoinOptions<T extends PageRow> {
  /** Under this width from the leftmost row to the margin, rows are a list or a narrow column. */
  minMeasure: number;
  /** What else starts a line of its own in this format (OCR: a heading in capitals). */
  ownStart?: (text: string) => boolean;
  /** The joined row: the format keeps its own fields (an OCR confidence) as it sees fit. */
  merge: (a: T, b: T, joined: PageRow) => T;
}

/**
 * Rows wrapped on the page, joined back into the line the author wrote. Row b continues row a
 * when a ran to the block's right margin — b's first word would not have fit after it — and b
 * looks the same, follows at the single line step (`pitch`), starts where a starts (or under a
 * bullet's text), and starts nothing of its own (a bullet, a date, a "Label:", a table row).
 * Where only one row of the block is that full, it may be the longest line of a page of short
 * lines: it is joined only to a row that goes on in lower case, as a sentence does.
 */
function joinWrapped<T extends PageRow>(rows: T[], pitch: number, options: JoinOptions<T>): T[] {
  if (rows.length < 2) return rows;
  const left = Math.min(...rows.map((r) => r.x));
  const margin = Math.max(...rows.map((r) => r.right));
  const full = (a: PageRow, b: PageRow) =>
    a.right + b.firstWord > margin + 1 && a.right - left > (margin - left) * 0.6;
  const fullRows = rows.filter((a, i) => i + 1 < rows.length && full(a, rows[i + 1] as T)).length;
  if (fullRows === 0 || margin - left < options.minMeasure) return rows;
  const goesOn = (b: PageRow) => fullRows >= 2 || /^\p{Ll}/u.test(b.text);
  const out: T[] = [];
  /** Where the current paragraph's wrapped rows start: under it, or under a bullet's text. */
  let startsUnder = (_x: number) => false;
  for (const row of rows) {
    const a = out.at(-1);
    const continues =
      a !== undefined &&
      full(a, row) &&
      goesOn(row) &&
      a.look === row.look &&
      row.y - a.bottom > 0 &&
      row.y - a.bottom <= pitch * 1.25 &&
      startsUnder(row.x) &&
      !a.text.includes(" | ") &&
      !row.text.includes(" | ") &&
      !OWN_START.test(row.text) &&
      !(ENDS_IN_DATES.test(a.text) && /^\p{Lu}/u.test(row.text)) &&
      options.ownStart?.(row.text) !== true;
    if (continues) {
      // A wrap inside a word ("self-" / "motivated", "https://" / "quellin.dk") had no space there.
      const glue = /(?:\/|[\p{L}\p{N}]-)$/u.test(a.text) && /^[\p{L}\p{N}]/u.test(row.text) ? "" : " ";
      const text = `${a.text}${glue}${row.text}`;
      out[out.length - 1] = options.merge(a, row, {
        ...a,
        text,
        right: row.right,
        bottom: row.y,
      });
      continue;
    }
    out.push(row);
    const { x, em, slack } = row;
    startsUnder = BULLET_START.test(row.text)
      ? (next) => next >= x - slack && next <= x + em * 3
      : (next) => Math.abs(next - x) <= slack;
  }
  return out;
}
