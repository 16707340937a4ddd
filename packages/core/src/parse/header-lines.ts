import { type Line, writtenAsName } from "./text";

/** Lines next to an entry's dates that belong to its header, read as they are written. */

/** How long a job lasted, on a line of its own: "1 Year 3 Months", "9 months", "(2 yrs)", "9 weeks". */
const durationLine =
  /^\(?\s*\d+(?:[.,]\d+)?\+?\s*(?:years?|yrs?|months?|mos?|weeks?|wks?)\.?(?:,?\s*(?:and\s+)?\d+\s*(?:months?|mos?|weeks?)\.?)?\s*\)?$/i;
export function isDuration(text: string): boolean {
  return durationLine.test(text.trim());
}

/**
 * "Floor Manager, Customer Service, Contoso, Leeds.": a comma list written as a name may close
 * with a full stop; the header test sees it without.
 */
export function withoutClosingStop(line: Line): Line {
  const listed = /,[^,]+\.$/.test(line.text) && writtenAsName(line.text);
  return listed ? { ...line, text: line.text.slice(0, -1) } : line;
}

/**
 * "Quellin -" alone above an entry's dates: a job board writes "Employer - Place -" under the
 * title, so a name before a dash with nothing after is an employer whose title was left empty.
 */
export function endsInOpenDash(text: string): boolean {
  return /\s[-–—]\s*$/.test(text);
}
