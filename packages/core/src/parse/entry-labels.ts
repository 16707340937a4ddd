import { documentWordsLexicon, headingsLexicon } from "./lexicon";
import { hasRoleWord } from "./roles";
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

const { title, employer, other, education } = headingsLexicon.entry_labels;

/**
 * A label of three or more words ("Occupation or position held", "Name and address of
 * employer") is read without its colon too: the Europass form prints its labels in a column of
 * their own, which the text joins to the value with a space. So long a phrase does not open a
 * title or a name by chance; a short one ("Company", "Role") would.
 */
const longLabels = (phrases: readonly string[]) => phrases.filter((p) => words(p).length >= 3);

/** The label then its value; `bare` is set when no colon stands between them. */
const labelOf = (phrases: readonly string[]) => {
  const label = phraseRegExp(phrases).source;
  const long = longLabels(phrases);
  const bare = long.length > 0 ? `|(?<bare>${phraseRegExp(long).source})\\s+` : "";
  // "1) Designation: …", "2. Company : …": a numbered list of entries numbers each one's first label.
  return new RegExp(
    `^[\\s(\\[]*(?:\\d{1,2}[.)]\\s*)?(?:${label}\\s*[:|]\\s*${bare})(?<value>.+?)[\\s)\\].]*$`,
    "iu",
  );
};

/** The value after the label, when the line is so labelled; with no colon, only a capitalised value. */
function labelValue(pattern: RegExp, text: string): string | null {
  const groups = pattern.exec(text)?.groups;
  if (!groups?.value || (groups.bare && !/^[\p{Lu}\p{N}]/u.test(groups.value))) return null;
  // "Company: Quellin (India)": the bracket the value opens closes in it, though "(Role: X)" loses its own.
  const { value } = groups;
  const opened = (value.match(/\(/g)?.length ?? 0) > (value.match(/\)/g)?.length ?? 0);
  return opened && text.charAt(text.indexOf(value) + value.length) === ")" ? `${value})` : value;
}
/** A field's label and nothing else ("Company", "Designation", "Duration"). */
const anyLabel = new RegExp(`^${phraseRegExp([...title, ...employer, ...other]).source}$`, "iu");

const patterns: Array<[LabelledField, RegExp]> = [
  ["title", labelOf(title)],
  ["employer", labelOf(employer)],
];

/** Words that a sentence has and a title has not (codex/lexicon/document-words.json). */
const sentenceWords = new Set(documentWordsLexicon.sentence_words);

/**
 * "Position: Pastry Chef Preparation of desserts for…": text that lost its gaps runs
 * a labelled title into the duties after it. The title is kept when it ends in a role noun
 * within six words, no sentence word before it, and the next word opens a duty (a capital);
 * anything else that long is a sentence, no title.
 */
function titleBeforeDuties(value: string): string | null {
  const all = value.split(/\s+/u);
  let end = -1;
  for (let k = 0; k < Math.min(all.length - 1, 6); k += 1) {
    const word = all[k] as string;
    if (sentenceWords.has(word.toLowerCase())) break;
    if (hasRoleWord(word) && /^\p{Lu}/u.test(all[k + 1] as string)) end = k;
  }
  return end < 0 ? null : all.slice(0, end + 1).join(" ");
}

/** The labelled field on the line ("Position: …", "Position | …"), when its value is short enough to be a title or a name (no sentence). */
export function entryLabel(line: Line): EntryLabel | null {
  for (const [field, pattern] of patterns) {
    const value = labelValue(pattern, line.text);
    if (!value) continue;
    const count = words(value).length;
    const kept = count <= 8 ? value : field === "title" ? titleBeforeDuties(value) : null;
    if (count === 0 || kept === null || value.includes(":")) return null;
    return { field, line, value: kept, at: line.text.indexOf(value) };
  }
  return null;
}

/**
 * "Company Name: Zentra Pharma | Designation: Analyst | Duration: …": several labelled fields on
 * one line, at its bars. The title and employer cells with their offsets in the text, when every
 * cell is a labelled field (or a label whose value, the dates, was taken out); else null.
 */
export function labelledCells(
  text: string,
): Array<{ field: LabelledField; value: string; at: number }> | null {
  const cells = [...text.matchAll(/[^|]+/gu)].filter((m) => m[0].trim() !== "");
  if (cells.length < 2) return null;
  const read: Array<{ field: LabelledField; value: string; at: number }> = [];
  for (const cell of cells) {
    const hit = patterns
      .map(([field, pattern]) => ({ field, value: labelValue(pattern, cell[0]) }))
      .find((h) => h.value !== null);
    if (hit?.value)
      read.push({ field: hit.field, value: hit.value, at: cell.index + cell[0].indexOf(hit.value) });
    else if (labelValue(otherField, cell[0]) === null && !bareLabel(cell[0])) return null;
  }
  return read;
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
  return (
    labelValue(otherField, line.text.replace(/^(\s*\p{L}+)\s+(?:#\s*)?\d{1,2}(?=\s*[:|])/u, "$1")) !== null
  );
}

const educationLabel = labelOf(education);

/**
 * "Title of qualification awarded Bachelor of Science": a degree's fields written after their
 * label. The label is blanked out (offsets kept), so the line reads as the value alone.
 */
export function withoutEducationLabel(text: string): string {
  const value = labelValue(educationLabel, text);
  if (!value) return text;
  const at = text.indexOf(value);
  return " ".repeat(at) + text.slice(at);
}

/** "Dates", "Duration", the word a date line leaves when its dates are taken out: a label with no value. */
export function bareLabel(text: string): boolean {
  return anyLabel.test(text.trim().replace(/\s*:$/u, ""));
}

const otherInBrackets = new RegExp(`[(\\[]\\s*${phraseRegExp(other).source}\\s*:[^)\\]]*[)\\]]`, "giu");

/**
 * "Quellin (Client: Tarvo) - Pune": a bracketed field that is neither title nor employer, blanked
 * out (offsets kept) so the header is read without it.
 */
export function withoutOtherFields(text: string): string {
  return text.replace(otherInBrackets, (m) => " ".repeat(m.length));
}

/** The line's cells when every one is a field's label with no value and no colon ("Company | Designation"). */
function labelCells(line: Line | undefined): string[] {
  const cells = (line?.text ?? "").split(/\s*(?:[|\t]|\s{2,})\s*/u).filter((c) => c !== "");
  return cells.every((c) => anyLabel.test(c)) ? cells : [];
}

/**
 * "Company | Designation | Duration", or "Company" / "Designation" / "Duration" when a table's
 * cells come one a line: a table's header row, two or more labels with no value. It names the
 * columns, not a job. A label alone ("Client" over its value, "Project :") is no header row.
 */
export function labelRow(lines: Line[], at: number): boolean {
  const cells = labelCells(lines[at]).length;
  if (cells === 0) return false;
  return cells >= 2 || labelCells(lines[at - 1]).length > 0 || labelCells(lines[at + 1]).length > 0;
}

const otherLead = new RegExp(`^${phraseRegExp(other).source}(?:\\s|$)`, "iu");

/** "Client Tarvo", "Project Billing", "Client": a name led by a field word names a client or a project, not an employer. */
export function ledByOtherField(text: string): boolean {
  return otherLead.test(text);
}
