import type { Token } from "./text";

/**
 * Web addresses and e-mail addresses are no skill mentions: "https://github.com/jane" names
 * neither TLS nor GitHub as a skill, "jane@rust-labs.io" no Rust.
 */
const ADDRESS =
  /(?:https?:\/\/|www\.)[^\s<>|"']+|[\w.%+-]+@[\w-]+(?:\.[\w-]+)+|(?<![\w@.])(?:[\w-]+\.)+(?:com|net|org|io|dev|me|co|app|ai|eu|uk|dk|de|fr|se|no)\/[^\s<>|"']*/gi;

/** [start, end) ranges of the URLs and e-mail addresses in `text`. */
export function addressSpans(text: string): Array<[number, number]> {
  if (!/[@/]/.test(text)) return [];
  const out: Array<[number, number]> = [];
  for (const m of text.matchAll(ADDRESS)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** Whether tokens first..last overlap one of the (sorted) spans. */
export function insideSpans(
  spans: ReadonlyArray<[number, number]>,
  tokens: readonly Token[],
  first: number,
  last: number,
): boolean {
  if (spans.length === 0) return false;
  const start = tokens[first]?.start ?? 0;
  const end = tokens[last]?.end ?? start;
  return spans.some(([s, e]) => s < end && start < e);
}
