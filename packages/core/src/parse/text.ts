import type { Evidence, EvidenceSpan } from "../card/shared";
import type { ExtractedDocument } from "../document";
import { InputError } from "../error";

/** The line model every parser works on: trimmed text plus where it sits and how it looks. */
export interface Line {
  /** Index in the parser's line array. */
  i: number;
  /** The line, trimmed (blank lines are ""). */
  text: string;
  page: number;
  line: number;
  /** Offset of the trimmed text in ExtractedDocument.text. */
  start: number;
  heading: boolean;
  bold: boolean;
  fontSize: number | null;
  column: number;
}

const invisible = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** The document's lines, trimmed, with positions; blank text is an input error. */
export function toLines(doc: ExtractedDocument): Line[] {
  if (doc.text.replace(invisible, "").trim() === "") {
    throw new InputError("document.empty_text", "The document contains no readable text");
  }
  return doc.lines.map((l, i) => {
    const raw = l.text.replace(/\u00a0/g, " ");
    const lead = raw.length - raw.trimStart().length;
    const { text, skip } = unemphasize(raw.trim());
    return {
      i,
      text,
      page: l.page,
      line: l.line,
      start: l.offset + lead + skip,
      heading: l.heading === true,
      bold: l.bold === true,
      fontSize: l.fontSize ?? null,
      column: l.column ?? 0,
    };
  });
}

const emphasis = /(?<![\p{L}\p{N}*_])(\*{1,3}|_{1,3})(?=[^\s*_])([^*_\n]*?[^\s*_])\1(?![\p{L}\p{N}*_])/gu;

/**
 * Markdown emphasis taken off a line: "*Acme, Aarhus*" → "Acme, Aarhus", "**Engineer** — Acme"
 * → "Engineer   — Acme". Markers become spaces of the same length and the ends are trimmed, so
 * offsets into the source stay exact (`skip` is how far the text moved right).
 */
export function unemphasize(text: string): { text: string; skip: number } {
  if (!/[*_]/.test(text)) return { text, skip: 0 };
  const out = text.replace(
    emphasis,
    (_all, mark: string, body: string) => `${" ".repeat(mark.length)}${body}${" ".repeat(mark.length)}`,
  );
  const trimmed = out.trimStart();
  return { text: trimmed.trimEnd(), skip: out.length - trimmed.length };
}

/**
 * Fullwidth ASCII (typed with a CJK input method: "Zentra Foods － Tulsa", "２０１５", "公司：") and
 * the dashes that look like "-" but are other characters (hyphen, figure dash, horizontal bar,
 * minus sign, small forms) as the rules know them: one character for one, so every offset into
 * the document still holds. NFKC folds them the same way, so a quote still checks.
 */
const compatibilityForm = /[\uff01-\uff5e\u2010-\u2012\u2015\u2212\ufe58\ufe63]/gu;
/** The same class, not global: a test that keeps no lastIndex between documents. */
const holdsCompatibilityForm = new RegExp(compatibilityForm.source, "u");
const dashFor: Record<string, string> = {
  "\u2010": "-",
  "\u2011": "-",
  "\u2012": "–",
  "\u2015": "—",
  "\u2212": "-",
  "\ufe58": "—",
  "\ufe63": "-",
};

export function foldCompatibilityForms(text: string): string {
  return text.replace(compatibilityForm, (c) => dashFor[c] ?? String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** The document with its lines' fullwidth punctuation and dash look-alikes folded (foldCompatibilityForms). */
export function withCompatibilityFormsFolded(doc: ExtractedDocument): ExtractedDocument {
  if (!holdsCompatibilityForm.test(doc.text)) return doc;
  return {
    ...doc,
    text: foldCompatibilityForms(doc.text),
    lines: doc.lines.map((l) => ({ ...l, text: foldCompatibilityForms(l.text) })),
  };
}

/** Arabic-Indic and Persian digits → ASCII, one character for one (offsets stay valid). */
export function foldDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String((d.charCodeAt(0) & 0xf) % 10));
}

/** Lower case, accents and Arabic diacritics removed: the key lexicons are matched on. */
export function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

export function spanIn(line: Line, quote: string = line.text, at?: number): EvidenceSpan {
  const found = at ?? line.text.indexOf(quote);
  const start = line.start + Math.max(0, found);
  return { quote, page: line.page, line: line.line, start, end: start + quote.length };
}

export function evidenceIn(field: string, line: Line, quote?: string, at?: number): Evidence {
  return { field, ...spanIn(line, quote, at) };
}

/** The line holding a document offset (binary search over starts). */
export function lineAt(lines: Line[], offset: number): Line | undefined {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((lines[mid]?.start ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lines[lo];
}

const bulletPattern = /^(?:[-*•·‣▪◦●■□➢➤►▶✓✔→○◆◇♦⁃–—]|\d{1,2}[.)](?!\d)|[a-z][.)](?=\s))\s*(.+)$/u;

/** The item of a bullet line ("- TypeScript", "• SQL", "2) Go"), or null. */
export function bulletItem(text: string): string | null {
  const item = bulletPattern.exec(text)?.[1]?.trim();
  return item && /[\p{L}\p{N}]/u.test(item) ? item : null;
}

export function isBullet(text: string): boolean {
  return bulletItem(text) !== null;
}

/** "## WORK  EXPERIENCE:" → "work experience"; "E X P E R I E N C E" → "experience". */
export function headingKey(text: string): string {
  let key = text
    .replace(/^#+\s*/, "")
    .replace(/^(?:\d{1,2}[.)]|[IVX]{1,4}\.)\s+/, "")
    .replace(/[*_|=~]+/g, " ")
    .replace(/^[^\p{L}]+|[^\p{L})]+$/gu, "")
    .trim();
  if (/^(?:\p{L} ){3,}\p{L}$/u.test(key)) key = key.replace(/ /g, "");
  else if (/^(?:\p{L} )+\p{L}(?: {2,}(?:\p{L} )+\p{L})+$/u.test(key)) {
    key = key
      .split(/ {2,}/)
      .map((w) => w.replace(/ /g, ""))
      .join(" ");
  }
  return fold(key).replace(/[’`]/g, "'").replace(/\s+/g, " ");
}

export function isAllCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, "");
  return letters.length >= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** "Email: a@b.dk" → { label: "Email", value: "a@b.dk" }. */
export function splitLabel(text: string): { label: string; value: string } | null {
  const m = /^([^:：]{2,32})[:：]\s*(.+)$/u.exec(text);
  if (!m?.[1] || !m[2] || /\d{2}|https?|www\./i.test(m[1])) return null;
  return { label: m[1].trim(), value: m[2].trim() };
}

export function words(text: string): string[] {
  return text.split(/\s+/).filter((w) => w !== "");
}

/** Escapes a literal for use inside a RegExp. */
export function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/** Phrases as alternatives of one pattern: longest first, escaped, a space matching any run of white space. */
export function phraseAlternatives(phrases: readonly string[]): string[] {
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => escapeRegExp(p.trim()).replace(/\s+/g, "\\s+"));
}

/** Whole-word, case-insensitive alternation of phrases; longest first. */
export function phraseRegExp(phrases: readonly string[], flags = "iu"): RegExp {
  const body = phraseAlternatives(phrases).join("|");
  return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${body})(?![\\p{L}\\p{N}_])`, flags);
}

/** Every word capitalised (or a number, "&", "(", a short joiner), as names and header lines are written. */
export function writtenAsName(text: string): boolean {
  return text
    .split(/[\s,]+/)
    .every((w) => w === "" || /^[\p{Lu}\d(&]/u.test(w) || /^(?:of|and|for|the|de)$/.test(w));
}

/**
 * Six words or more, most of them starting in lower case: a sentence ("Runs the weekly stock count
 * and trains new staff on the till"), where names and titles capitalise their words
 * ("Senior Vice President of Sales and Marketing").
 */
export function writtenAsSentence(text: string): boolean {
  const all = words(text);
  return all.length >= 6 && all.filter((w) => /^\p{Ll}/u.test(w)).length / all.length >= 0.6;
}

/** A line of three words or more closed by a full stop after a word in lower case: a sentence, where a name ends in a capital ("Quellin Ltd."). */
export function closesSentence(text: string): boolean {
  return /\s\p{Ll}[\p{L}-]*\.$/u.test(text) && words(text).length >= 3;
}
