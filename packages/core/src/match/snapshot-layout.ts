import { Column, type Interner } from "./columns";
import type { CandidateStore } from "./store";

/* What a snapshot (snapshot.ts) holds of a CandidateStore, section by section, and how. */

export const ALIGN = 8;
/** Joins a string table: no id, word or key contains it (checked when writing). */
export const SEPARATOR = "\u0000";

type AnyColumn = Column<Int32Array> | Column<Uint16Array> | Column<Uint8Array> | Column<Int8Array>;

/** Every fixed-width column of a store, by a stable name. */
export function columnsOf(s: CandidateStore): Record<string, AnyColumn> {
  return {
    alive: s.alive,
    years: s.years,
    rank: s.rank,
    degree: s.degree,
    city: s.city,
    country: s.country,
    recentTitles: s.recentTitles,
    "skills.start": s.skills.start,
    "skills.count": s.skills.count,
    "tokens.start": s.tokens.start,
    "tokens.count": s.tokens.count,
    "titles.start": s.titles.start,
    "titles.count": s.titles.count,
    "titleTokens.start": s.titleTokens.start,
    "titleTokens.count": s.titleTokens.count,
    "languages.start": s.languages.start,
    "languages.count": s.languages.count,
    skillPool: s.skillPool,
    tokenPool: s.tokenPool,
    titlePool: s.titlePool,
    titleTokenPool: s.titleTokenPool,
    languagePool: s.languagePool,
    titleOccupations: s.titleOccupations,
  };
}

export function internersOf(s: CandidateStore): Record<string, Interner> {
  return {
    skillIds: s.skillIds,
    words: s.words,
    titleKeys: s.titleKeys,
    places: s.places,
    languageCodes: s.languageCodes,
  };
}

/** The posting lists and what they are derived from: each candidate's range in a pool. */
export const postingSources = (s: CandidateStore) => [
  { lists: s.skillPostings, ranges: s.skills, pool: s.skillPool, keys: s.skillIds.values.length },
  { lists: s.tokenPostings, ranges: s.tokens, pool: s.tokenPool, keys: s.words.values.length },
];

export const padded = (n: number) => Math.ceil(n / ALIGN) * ALIGN;
export const bytesOf = (a: ArrayBufferView) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

export function stringTable(values: readonly string[]): Uint8Array {
  for (const v of values) {
    if (v.includes(SEPARATOR)) throw new RangeError("A snapshot string may not contain U+0000");
  }
  return new TextEncoder().encode(values.join(SEPARATOR));
}

/**
 * Posting lists are not written: they are the pools inverted, and a counting sort (two passes
 * over the pool) costs less than moving their bytes, 40% of a snapshot. Rows are visited in
 * ordinal order, so each list comes out ascending, exactly as appending made it.
 */
export function invertPool(
  rows: number,
  ranges: CandidateStore["skills"],
  pool: Int32Array,
  /** Every key the pool can hold (its interner's size). */
  keys: number,
  lists: Array<Column<Int32Array> | undefined>,
): void {
  const start = ranges.start.data;
  const count = ranges.count.data;
  const offsets = new Int32Array(keys + 1);
  for (let ord = 0; ord < rows; ord++) {
    for (let i = start[ord] ?? 0, end = i + (count[ord] ?? 0); i < end; i++) {
      const key = (pool[i] ?? 0) + 1;
      offsets[key] = (offsets[key] ?? 0) + 1;
    }
  }
  for (let k = 0; k < keys; k++) offsets[k + 1] = (offsets[k + 1] ?? 0) + (offsets[k] ?? 0);
  const data = new Int32Array(offsets[keys] ?? 0);
  const cursor = offsets.slice(0, keys);
  for (let ord = 0; ord < rows; ord++) {
    for (let i = start[ord] ?? 0, end = i + (count[ord] ?? 0); i < end; i++) {
      const key = pool[i] ?? 0;
      data[cursor[key] ?? 0] = ord;
      cursor[key] = (cursor[key] ?? 0) + 1;
    }
  }
  for (let k = 0; k < keys; k++) {
    const from = offsets[k] ?? 0;
    const to = offsets[k + 1] ?? 0;
    if (to === from) continue;
    const list = new Column(Int32Array, 0);
    list.data = data.subarray(from, to);
    list.length = to - from;
    lists[k] = list;
  }
}
