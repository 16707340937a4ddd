import type { Token } from "./text";
import { type PhraseDictionary, scanPrefixes } from "./trie";

/**
 * A phrase dictionary read in place from the compact taxonomy: `count` phrases in key order
 * (JavaScript string order), each key and payload made on first use. Nothing is inserted at
 * load, so a cold start that reads one CV pays for the few hundred keys its binary searches
 * touch, not for ~200k Map entries. A key's extensions ("project management" after "project")
 * sort right after it, since a space sorts before every character a key holds.
 */
export class PackedPhrases<P> implements PhraseDictionary<P> {
  /**
   * Keys and payloads made so far, by index: arrays left with holes (one pointer a phrase; a
   * lookup touches few of ~200k, and an index reads faster than a Map's hash).
   */
  private readonly keys: Array<string | undefined>;
  private readonly payloads: Array<P | undefined>;
  /** Answers already searched (a CV repeats its words): key → index or -1, prefix → found. */
  private readonly found = new Map<string, number>();
  private readonly extended = new Map<string, boolean>();
  private readonly started = new Map<string, boolean>();

  constructor(
    private readonly count: number,
    private readonly keyOf: (i: number) => string,
    private readonly payloadOf: (i: number) => P,
  ) {
    this.keys = new Array(count);
    this.payloads = new Array(count);
  }

  private key(i: number): string {
    let key = this.keys[i];
    if (key === undefined) {
      key = this.keyOf(i);
      this.keys[i] = key;
    }
    return key;
  }

  private payload(i: number): P {
    let payload = this.payloads[i];
    if (payload === undefined) {
      payload = this.payloadOf(i);
      this.payloads[i] = payload;
    }
    return payload;
  }

  /** The first index whose key is not less than `key`. */
  private lowerBound(key: string): number {
    let lo = 0;
    let hi = this.count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.key(mid) < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private find(key: string): P | undefined {
    let at = this.found.get(key);
    if (at === undefined) {
      at = this.lowerBound(key);
      if (at >= this.count || this.key(at) !== key) at = -1;
      remember(this.found, key, at);
    }
    return at < 0 ? undefined : this.payload(at);
  }

  /** True when some key starts with `prefix`. */
  private extends(prefix: string): boolean {
    let known = this.extended.get(prefix);
    if (known === undefined) {
      const at = this.lowerBound(prefix);
      known = at < this.count && this.key(at).startsWith(prefix);
      remember(this.extended, prefix, known);
    }
    return known;
  }

  get(tokens: readonly string[]): P | undefined {
    return this.find(tokens.join(" "));
  }

  /**
   * As PhraseTrie answers: nothing at a token that starts no phrase (not even a singular form of
   * it), then longer keys while some phrase goes on with the tokens so far.
   */
  prefixes(tokens: readonly Token[], from: number): [number, P][] {
    const first = tokens[from]?.norm ?? "";
    return scanPrefixes(
      tokens,
      from,
      (key) => this.find(key),
      (keySoFar, length) => (length === 0 ? this.startsPhrase(first) : this.extends(keySoFar)),
    );
  }

  /**
   * True when a phrase is this token or starts with it. One search: the first key not below the
   * token is the token itself or, when some phrase starts with "token ", one of those (a space
   * sorts before every other character a key holds).
   */
  private startsPhrase(token: string): boolean {
    let known = this.started.get(token);
    if (known === undefined) {
      const at = this.lowerBound(token);
      const key = at < this.count ? this.key(at) : "";
      known = key === token || key.startsWith(`${token} `);
      remember(this.started, token, known);
    }
    return known;
  }

  *entries(): IterableIterator<[string, P]> {
    for (let i = 0; i < this.count; i++) yield [this.key(i), this.payload(i)];
  }
}

const MEMO_LIMIT = 50_000;

function remember<V>(memo: Map<string, V>, key: string, value: V): void {
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, value);
}
