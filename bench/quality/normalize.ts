/** Normalisation and fuzzy matching used by every field comparison (see docs/parsing-quality.md). */

/** Case-folded, punctuation → space (keeps + and #, as in C++ and C#), whitespace collapsed. */
export function norm(value: string | null | undefined): string {
  return (value ?? "")
    .normalize("NFKC")
    .toLocaleLowerCase("und")
    .replace(/[^\p{L}\p{N}\p{M}+#]+/gu, " ")
    .trim();
}

export function tokens(value: string | null | undefined): string[] {
  const n = norm(value);
  return n === "" ? [] : n.split(" ");
}

/** Words that carry the must/nice cue or grammar, not the requirement itself. */
const stopwords = new Set(
  (
    "a an the and or of in on with for to is are be would will you your we our at least strong good " +
    "plus bonus ideally preferred required requirement must nice have also it's its this that as " +
    "du og i med er en et af til på det"
  ).split(" "),
);

function contentTokens(value: string): Set<string> {
  return new Set(tokens(value).filter((t) => !stopwords.has(t)));
}

/** |A ∩ B| / max(|A|, |B|) over content words: 1 for the same requirement, 0 for unrelated ones. */
export function overlap(a: string, b: string): number {
  const left = contentTokens(a);
  const right = contentTokens(b);
  const size = Math.max(left.size, right.size);
  if (size === 0) return 0;
  let shared = 0;
  for (const t of left) if (right.has(t)) shared += 1;
  return shared / size;
}

/** Every token of `part` occurs in `whole`. */
export function containsTokens(whole: string | null | undefined, part: string | null | undefined): boolean {
  const have = new Set(tokens(whole));
  const need = tokens(part);
  return need.length > 0 && need.every((t) => have.has(t));
}

/** "2020-03" vs "2020-03"; a year-only expectation ("2018") accepts "2018" or any "2018-MM". */
export function sameDate(expected: string | null | undefined, predicted: string | null | undefined): boolean {
  if (!expected || !predicted) return !expected && !predicted;
  return expected.length === 4 ? predicted.slice(0, 4) === expected : predicted === expected;
}

export function phoneDigits(value: string): string {
  return value.replace(/^\s*00/, "+").replace(/\D/g, "");
}

export function urlKey(value: string): string {
  return value
    .toLowerCase()
    .replace(/^https?:\/\//, "")
    .replace(/^www\./, "")
    .replace(/\/+$/, "");
}
