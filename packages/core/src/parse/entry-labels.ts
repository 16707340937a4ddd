import { headingsLexicon } from "./lexicon";
import { type Line, phraseRegExp, words } from "./text";

/**
 * Entry fields their writer labelled, on a line of their own inside an entry: "Position: Cutover
 * Manager", "(Designation: Graduate Research Assistant)", "Company: Contoso Ltd". The labels are
 * codex data (codex/lexicon/headings.json, entry_labels); the label says what the value is, so
 * no scoring is needed.
 */

export type LabelledField = "title" | "employer";

export interface EntryLabel {
  field: LabelledField;
  line: Line;
  value: string;
  /** Offset of the value in the line's text. */
  at: number;
}

const { title, employer, other } = headingsLexicon.entry_labels;
const labelOf = (phrases: readonly string[]) => {
  const label = phraseRegExp(phrases).source;
  return new RegExp(`^[\\s(\\[]*${label}\\s*[:|]\\s*(?<value>.+?)[\\s)\\].]*$`, "iu");
};
const patterns: Array<[LabelledField, RegExp]> = [
  ["title", labelOf(title)],
  ["employer", labelOf(employer)],
];

/** The labelled field on the line ("Position: …", "Position | …"), when its value is short enough to be a title or a name (no sentence). */
export function entryLabel(line: Line): EntryLabel | null {
  for (const [field, pattern] of patterns) {
    const value = pattern.exec(line.text)?.groups?.value;
    if (!value) continue;
    const count = words(value).length;
    if (count === 0 || count > 8 || value.includes(":")) return null;
    return { field, line, value, at: line.text.indexOf(value) };
  }
  return null;
}

/** The labelled fields in an entry's body, in reading order. */
export function entryLabels(body: Line[]): EntryLabel[] {
  return body.flatMap((line) => {
    const label = entryLabel(line);
    return label ? [label] : [];
  });
}

const otherField = labelOf(other);

/** "Client: Harlow Bank", "Team size: 6", "Project 2: Billing": a field that is neither title nor employer. */
export function otherFieldLine(line: Line): boolean {
  return otherField.test(line.text.replace(/^(\s*\p{L}+)\s+(?:#\s*)?\d{1,2}(?=\s*[:|])/u, "$1"));
}

const otherInBrackets = new RegExp(`[(\\[]\\s*${phraseRegExp(other).source}\\s*:[^)\\]]*[)\\]]`, "giu");

/**
 * "Quellin (Client: Tarvo) - Pune": a bracketed field that is neither title nor employer, blanked
 * out (offsets kept) so the header is read without it.
 */
export function withoutOtherFields(text: string): string {
  return text.replace(otherInBrackets, (m) => " ".repeat(m.length));
}

const otherLead = new RegExp(`^${phraseRegExp(other).source}(?:\\s|$)`, "iu");

/** "Client Tarvo", "Project Billing", "Client": a name led by a field word names a client or a project, not an employer. */
export function ledByOtherField(text: string): boolean {
  return otherLead.test(text);
}
