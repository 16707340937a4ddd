import { singularForms, type Token } from "./text";

/**
 * A phrase dictionary over folded tokens: one Map from the phrase key (tokens joined by a
 * space) to its payload, and per first token the longest phrase length that starts with it.
 * Lookups at a text position try at most that many keys, so a scan stays linear in the text;
 * building is one Map.set per phrase (a node-per-token trie was 5× slower to build for ~120k
 * phrases). The last token of a phrase may also match in a plural form ("databases").
 */
export class PhraseTrie<P> {
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

  /** A phrase already folded and decided (a prebuilt dictionary, see compact.ts). */
  set(key: string, payload: P): void {
    this.phrases.set(key, payload);
    let space = key.indexOf(" ");
    const first = space < 0 ? key : key.slice(0, space);
    let length = 1;
    for (; space >= 0; space = key.indexOf(" ", space + 1)) length++;
    if ((this.longest.get(first) ?? 0) < length) this.longest.set(first, length);
  }

  /** Every phrase key and the payload it kept. */
  entries(): IterableIterator<[string, P]> {
    return this.phrases.entries();
  }

  /** The exact phrase's payload. */
  get(tokens: readonly string[]): P | undefined {
    return this.phrases.get(tokens.join(" "));
  }

  /**
   * Every phrase that starts at tokens[from] on the same line and within one punctuation-free
   * run, shortest first, as [lastIndex, payload].
   */
  prefixes(tokens: readonly Token[], from: number): [number, P][] {
    const head = tokens[from];
    if (head === undefined) return [];
    const max = this.longest.get(head.norm) ?? 0;
    const out: [number, P][] = [];
    let key = "";
    for (let j = from; j < from + max && j < tokens.length; j++) {
      const token = tokens[j];
      if (token === undefined || token.line !== head.line || (j > from && token.breakBefore)) break;
      const exact = this.phrases.get(key + token.norm);
      let payload = exact;
      if (payload === undefined) {
        for (const form of singularForms(token.norm)) {
          payload = this.phrases.get(key + form);
          if (payload !== undefined) break;
        }
      }
      if (payload !== undefined) out.push([j, payload]);
      key += `${token.norm} `;
    }
    return out;
  }
}
