import { singularForms, type Token } from "./text";

/**
 * What the normalizer and the title matcher ask of a phrase dictionary (keys are folded tokens
 * joined by a space). Two kinds answer it: PhraseTrie, built in memory, and PackedPhrases
 * (packed.ts), read straight from the compact taxonomy file.
 */
export interface PhraseDictionary<P> {
  /** The exact phrase's payload. */
  get(tokens: readonly string[]): P | undefined;
  /**
   * Every phrase that starts at tokens[from] on the same line and within one punctuation-free
   * run, shortest first, as [lastIndex, payload]. The last token of a phrase may also match in a
   * plural form ("databases").
   */
  prefixes(tokens: readonly Token[], from: number): [number, P][];
  /** Every phrase key and the payload it kept. */
  entries(): IterableIterator<[string, P]>;
}

/**
 * The scan both dictionaries share: keys grow a token at a time from `from` while
 * `goesOn(keySoFar, tokensSoFar)` says some phrase may still be that long.
 */
export function scanPrefixes<P>(
  tokens: readonly Token[],
  from: number,
  find: (key: string) => P | undefined,
  goesOn: (keySoFar: string, tokensSoFar: number) => boolean,
): [number, P][] {
  const head = tokens[from];
  if (head === undefined) return [];
  const out: [number, P][] = [];
  let key = "";
  for (let j = from; j < tokens.length && goesOn(key, j - from); j++) {
    const token = tokens[j];
    if (token === undefined || token.line !== head.line || (j > from && token.breakBefore)) break;
    let payload = find(key + token.norm);
    if (payload === undefined) {
      for (const form of singularForms(token.norm)) {
        payload = find(key + form);
        if (payload !== undefined) break;
      }
    }
    if (payload !== undefined) out.push([j, payload]);
    key += `${token.norm} `;
  }
  return out;
}

/**
 * A phrase dictionary built in memory: one Map from the phrase key to its payload, and per first
 * token the longest phrase length that starts with it. Lookups at a text position try at most
 * that many keys, so a scan stays linear in the text; building is one Map.set per phrase (a
 * node-per-token trie was 5× slower to build for ~120k phrases).
 */
export class PhraseTrie<P> implements PhraseDictionary<P> {
  private readonly phrases = new Map<string, P>();
  private readonly longest = new Map<string, number>();

  /** Adds a phrase; `better(candidate, current)` decides which payload a shared phrase keeps. */
  add(tokens: readonly string[], payload: P, better: (a: P, b: P) => boolean): void {
    const first = tokens[0];
    if (first === undefined) return;
    const key = tokens.join(" ");
    const current = this.phrases.get(key);
    if (current === undefined || better(payload, current)) this.phrases.set(key, payload);
    if ((this.longest.get(first) ?? 0) < tokens.length) this.longest.set(first, tokens.length);
  }

  entries(): IterableIterator<[string, P]> {
    return this.phrases.entries();
  }

  get(tokens: readonly string[]): P | undefined {
    return this.phrases.get(tokens.join(" "));
  }

  prefixes(tokens: readonly Token[], from: number): [number, P][] {
    const max = this.longest.get(tokens[from]?.norm ?? "") ?? 0;
    return scanPrefixes(
      tokens,
      from,
      (key) => this.phrases.get(key),
      (_, length) => length < max,
    );
  }
}
