import type { Evidence } from "../card/shared";
import { findDates } from "./dates";
import { isPlaceholderDate } from "./placeholder-dates";
import { bulletItem, evidenceIn, type Line, words } from "./text";

/**
 * Date ranges broken over two lines, as narrow PDF columns and scans do
 * ("Engineer — Acme, Denver 2021-06 –" / "Present", "Acme, Aalborg April" / "2019 - Present"):
 * such a pair is read as one line. Evidence on a joined line is mapped back to the physical line.
 */

const joined = new WeakMap<Line, [Line, Line]>();

/** The first line ends where a date range could go on (a separator, a word), the next starts with one. */
const mayContinue = /(?:[-–—−~]|\p{L}\.?)$/u;
const mayStart = /^[\p{L}\p{N}\u0660-\u0669]/u;

function joins(a: Line, b: Line, now: Date): boolean {
  if (a.text === "" || b.text === "" || !mayContinue.test(a.text) || !mayStart.test(b.text)) return false;
  if (a.page !== b.page || a.column !== b.column) return false;
  const text = `${a.text} ${b.text}`;
  const cut = a.text.length;
  return findDates(text, now).some((h) => h.index < cut && h.index + h.length > cut + 1);
}

/** A line that is one date and nothing else ("Aug 2013", "(March 2008", "present", "To date)", "May 20XX"). */
function loneDate(text: string, now: Date, openEnd: boolean): boolean {
  const bare = text.replace(/^[(\s]+|[)\s.,]+$/g, "");
  if (bare === "" || bare.length > 20) return false;
  if (isPlaceholderDate(bare)) return true;
  if (openEnd && /^(?:present|current(?:ly)?|now|today|ongoing|(?:to|till) date|date)$/i.test(bare))
    return true;
  const hit = findDates(bare, now, true)[0];
  return hit?.single === true && hit.index === 0 && hit.length === bare.length;
}

/**
 * Two lines that are each one date ("Aug 2013" / "present"): a range whose dash went with a lost
 * line break. They are joined with a dash in place of the break.
 */
function splitRange(a: Line, b: Line, now: Date): boolean {
  return a.page === b.page && loneDate(a.text, now, false) && loneDate(b.text, now, true);
}

/**
 * A header broken after a comma over its place and dates ("Senior Accountant — Nordkyst Shipping,"
 * / "Frederikshavn     August 2014 - March 2019"), as a PDF's narrow column wraps it: the comma
 * says the line goes on, the next line's dates that it ends there.
 */
function splitHeader(a: Line, b: Line, now: Date): boolean {
  return (
    a.page === b.page &&
    a.column === b.column &&
    /\p{L},$/u.test(a.text) &&
    words(a.text).length <= 10 &&
    bulletItem(a.text) === null &&
    words(b.text).length <= 10 &&
    findDates(b.text, now).length > 0
  );
}

/** The lines with every wrapped date range (and header) joined into one line (which keeps the first line's index). */
export function joinWrappedDates(lines: Line[], now: Date): Line[] {
  const out: Line[] = [];
  for (let k = 0; k < lines.length; k += 1) {
    const a = lines[k] as Line;
    const b = lines[k + 1];
    const split = b !== undefined && splitRange(a, b, now);
    if (b && (split || joins(a, b, now) || splitHeader(a, b, now))) {
      const line: Line = { ...a, text: `${a.text}${split ? "-" : " "}${b.text}` };
      joined.set(line, [a, b]);
      out.push(line);
      k += 1;
    } else out.push(a);
  }
  return out;
}

/** The physical lines behind a line (two for a joined one). */
export function physical(line: Line): Line[] {
  return joined.get(line) ?? [line];
}

/** Evidence for a quote at `at` in a line that may have been joined; a quote across the join keeps its first part. */
export function evidenceOn(field: string, line: Line, quote: string, at: number): Evidence | null {
  const parts = joined.get(line);
  if (!parts) return at >= 0 ? evidenceIn(field, line, quote, at) : null;
  const [a, b] = parts;
  const cut = a.text.length;
  if (at + quote.length <= cut) return evidenceIn(field, a, quote, at);
  if (at > cut) return evidenceIn(field, b, quote, at - cut - 1);
  const head = quote.slice(0, cut - at).trimEnd();
  return head ? evidenceIn(field, a, head, at) : null;
}
