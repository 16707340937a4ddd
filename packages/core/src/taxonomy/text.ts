/**
 * Text normalization shared by the taxonomy build and the normalizer: both sides must cut and
 * fold text the same way, or an alias could never meet its own surface form.
 */

export interface Token {
  /** Folded form: NFKC, lower case, diacritics removed. */
  norm: string;
  /** Offsets into the original text. */
  start: number;
  end: number;
  /** Joined to the previous token by a hyphen with no space ("c-level", "front-end"). */
  hyphenBefore: boolean;
  /** 0-based line number in the original text. */
  line: number;
  /** Punctuation (, ; : . ( ) | • …) separates it from the previous token: no phrase spans it. */
  breakBefore: boolean;
}

// A word: letters/digits/marks, joined inside by . ' ’ & (node.js, asp.net, r&d, o'reilly),
// optionally led by "." (.net) and trailed by + or # (c++, c#, notepad++). "/" is a token of
// its own so that "ci/cd" is a phrase and "Java/Kotlin" two skills.
const WORD = /\.?[\p{L}\p{N}\p{M}]+(?:['’.&][\p{L}\p{N}\p{M}]+)*[+#]*|\//gu;
const PLAIN = /^[A-Za-z0-9 ]*$/;
const ASCII = /^[\x20-\x7e]*$/;
const MARKS = /\p{M}+/gu;
const HYPHENS = new Set(["-", "\u2010", "\u2011"]);

/** Case, compatibility and diacritics folding of one token. */
export function foldToken(raw: string): string {
  if (ASCII.test(raw)) return raw.toLowerCase();
  return raw
    .normalize("NFKC")
    .toLowerCase()
    .normalize("NFD")
    .replace(MARKS, "")
    .normalize("NFC")
    .replace(/’/g, "'");
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let line = 0;
  let lineScan = 0;
  let prevEnd = -1;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    let start = m.index;
    let raw = m[0];
    // "end.Net" is one word; ".net" only opens a token after a non-word character.
    if (raw.length > 1 && raw.startsWith(".") && start > 0 && /[\p{L}\p{N}]/u.test(text[start - 1] ?? "")) {
      start += 1;
      raw = raw.slice(1);
    }
    for (; lineScan < start; lineScan++) if (text.charCodeAt(lineScan) === 10) line++;
    const hyphenBefore = prevEnd >= 0 && start - prevEnd === 1 && HYPHENS.has(text[prevEnd] ?? "");
    const breakBefore = prevEnd >= 0 && !hyphenBefore && hasPunctuation(text, prevEnd, start);
    tokens.push({ norm: foldToken(raw), start, end: start + raw.length, hyphenBefore, line, breakBefore });
    prevEnd = start + raw.length;
  }
  return tokens;
}

function hasPunctuation(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // space, tab, CR, LF, NBSP and the other Unicode spaces do not break a phrase
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 160 && !(c >= 0x2000 && c <= 0x200b))
      return true;
  }
  return false;
}

/** Folded tokens of a phrase (an alias, a label): tokenize() without offsets, for speed. */
export function phraseTokens(phrase: string): string[] {
  if (PLAIN.test(phrase))
    return phrase
      .toLowerCase()
      .split(" ")
      .filter((t) => t !== "");
  const out: string[] = [];
  for (const m of phrase.matchAll(WORD)) {
    let raw = m[0];
    if (
      raw.length > 1 &&
      raw.startsWith(".") &&
      m.index > 0 &&
      /[\p{L}\p{N}]/u.test(phrase[m.index - 1] ?? "")
    ) {
      raw = raw.slice(1);
    }
    out.push(foldToken(raw));
  }
  return out;
}

/** The lookup key of a phrase: its folded tokens joined by one space. */
export function normalizePhrase(phrase: string): string {
  return phraseTokens(phrase).join(" ");
}

/**
 * Singular fallbacks tried on a text token only when the exact form is no alias ("databases" →
 * "database"). Aliases stay as written, so "windows" never becomes "window".
 */
export function singularForms(norm: string): string[] {
  if (norm.charCodeAt(norm.length - 1) !== 115) return [];
  const out: string[] = [];
  if (norm.endsWith("'s") && norm.length > 3) out.push(norm.slice(0, -2));
  if (norm.length <= 3 || !norm.endsWith("s") || /[^a-z]/.test(norm)) return out;
  if (norm.endsWith("ies") && norm.length > 4) out.push(`${norm.slice(0, -3)}y`);
  else if (/(?:sses|xes|ches|shes)$/.test(norm)) out.push(norm.slice(0, -2));
  if (!/(?:ss|us|is)$/.test(norm)) out.push(norm.slice(0, -1));
  return out;
}

/** A stable ASCII slug for ids: "C++" → "cplusplus", "C#" → "csharp", ".NET" → "dotnet". */
export function slugify(label: string): string {
  const folded = label
    .normalize("NFKD")
    .replace(MARKS, "")
    .toLowerCase()
    .replace(/\+/g, "plus")
    .replace(/#/g, "sharp")
    .replace(/&/g, "and")
    .replace(/(^|[^a-z0-9])\.(?=[a-z])/g, "$1dot");
  return folded.replace(/[^a-z0-9]+/g, "_").replace(/^_+|_+$/g, "");
}
