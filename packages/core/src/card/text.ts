import { InputError } from "../error";
import type { Evidence, EvidenceSpan } from "./shared";

/** Small text helpers shared by the deterministic (rules) parsers. */

export interface TextLine {
  /** The line, trimmed. */
  text: string;
  /** 1-based line number. */
  line: number;
  /** Offset of the trimmed text in the original document. */
  start: number;
}

/** Splits into trimmed lines that keep their position; blank text is an input error. */
export function splitLines(text: string): TextLine[] {
  if (text.trim() === "") {
    throw new InputError("document.empty_text", "The document contains no readable text");
  }
  const lines: TextLine[] = [];
  for (const match of text.matchAll(/([^\r\n]*)(\r\n|\r|\n|$)/g)) {
    const raw = match[1] ?? "";
    const lead = raw.length - raw.trimStart().length;
    lines.push({ text: raw.trim(), line: lines.length + 1, start: match.index + lead });
    if (match[2] === "") break;
  }
  return lines;
}

export function spanOf(line: TextLine, quote: string = line.text): EvidenceSpan {
  const at = Math.max(0, line.text.indexOf(quote));
  const start = line.start + at;
  return { quote, line: line.line, start, end: start + quote.length };
}

export function evidenceOf(field: string, line: TextLine, quote?: string): Evidence {
  return { field, ...spanOf(line, quote) };
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

const patternCache = new Map<string, RegExp>();

/**
 * One case-insensitive whole-word pattern for a list of phrases ("java" never matches inside
 * "javascript"); longer phrases first so the fullest phrase is quoted.
 */
export function phrasePattern(phrases: readonly string[]): RegExp {
  const key = phrases.join("\u0000");
  let pattern = patternCache.get(key);
  if (pattern === undefined) {
    const bodies = [...phrases]
      .sort((a, b) => b.length - a.length)
      .map((phrase) => phrase.trim().split(/\s+/).map(escapeRegExp).join("\\s+"));
    pattern = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${bodies.join("|")})(?![\\p{L}\\p{N}_])`, "iu");
    patternCache.set(key, pattern);
  }
  return pattern;
}

/** The first line containing one of the phrases, with the phrase as written there. */
export function findPhrase(
  lines: TextLine[],
  phrases: readonly string[],
): { line: TextLine; quote: string } | null {
  const pattern = phrasePattern(phrases);
  for (const line of lines) {
    const hit = pattern.exec(line.text);
    if (hit) return { line, quote: hit[0] };
  }
  return null;
}

const bulletPattern = /^(?:[-*•·‣▪◦●■➢✓–—]|\d{1,2}[.)])\s+(.+)$/u;

/** The item text of a bullet line ("- TypeScript", "2) SQL"), or null. */
export function bulletItem(text: string): string | null {
  return bulletPattern.exec(text)?.[1]?.trim() || null;
}

/** "## Nice to have:" → "nice to have". */
export function headingKey(text: string): string {
  return text
    .replace(/^#+\s*/, "")
    .replace(/[*_]+/g, "")
    .replace(/\s*:\s*$/, "")
    .trim()
    .toLowerCase()
    .replace(/\s+/g, " ");
}

/** A line that reads like a heading: markdown, "Something:" or a short all-caps line. */
export function isHeadingLike(text: string): boolean {
  if (/^#+\s/.test(text)) return true;
  if (text.length <= 60 && /:$/.test(text)) return true;
  return text.length <= 40 && /\p{L}{2}/u.test(text) && text === text.toUpperCase() && !/\d/.test(text);
}

/** "Company: Acme" → "Acme" when the label matches. */
export function labelledValue(text: string, labels: RegExp): string | null {
  const match = /^([^:]{2,40}):\s*(.+)$/.exec(text);
  if (!match?.[1] || !match[2]) return null;
  return labels.test(match[1].trim()) ? match[2].trim() : null;
}

/** The first line carrying one of the labels, with its value. */
export function firstLabelled(lines: TextLine[], labels: RegExp): { value: string; line: TextLine } | null {
  for (const line of lines) {
    const value = labelledValue(line.text, labels);
    if (value) return { value, line };
  }
  return null;
}

/** Lines after `from` up to the next line matching `isBoundary` (exclusive). */
export function linesUntil(
  lines: TextLine[],
  from: number,
  isBoundary: (line: TextLine) => boolean,
): TextLine[] {
  const out: TextLine[] = [];
  for (const line of lines.slice(from)) {
    if (isBoundary(line)) break;
    out.push(line);
  }
  return out;
}

/** The first run of prose lines (not blank, bullet, heading or label) joined into one paragraph. */
export function firstParagraph(
  lines: TextLine[],
  skip: (line: TextLine) => boolean,
): { text: string; first: TextLine } | null {
  const started: TextLine[] = [];
  for (const line of lines) {
    const prose = line.text !== "" && !bulletItem(line.text) && !isHeadingLike(line.text) && !skip(line);
    if (prose) started.push(line);
    else if (started.length > 0) break;
  }
  const first = started[0];
  if (!first) return null;
  const text = started
    .map((line) => line.text)
    .join(" ")
    .slice(0, 2000);
  return { text, first };
}
