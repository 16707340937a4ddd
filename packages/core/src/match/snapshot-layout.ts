import type { Column, Interner } from "./columns";
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

export const postingsOf = (s: CandidateStore) => ({
  skillPostings: s.skillPostings,
  tokenPostings: s.tokenPostings,
});

export const padded = (n: number) => Math.ceil(n / ALIGN) * ALIGN;
export const bytesOf = (a: ArrayBufferView) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

export function stringTable(values: readonly string[]): Uint8Array {
  for (const v of values) {
    if (v.includes(SEPARATOR)) throw new RangeError("A snapshot string may not contain U+0000");
  }
  return new TextEncoder().encode(values.join(SEPARATOR));
}

/** Posting lists as CSR: offsets (one per key, plus the end) and all ordinals one after another. */
export function postingTables(
  lists: ReadonlyArray<Column<Int32Array> | undefined>,
): [Int32Array, Int32Array] {
  const offsets = new Int32Array(lists.length + 1);
  for (let k = 0; k < lists.length; k++) offsets[k + 1] = (offsets[k] ?? 0) + (lists[k]?.length ?? 0);
  const data = new Int32Array(offsets[lists.length] ?? 0);
  lists.forEach((list, k) => {
    if (list) data.set(list.data.subarray(0, list.length), offsets[k]);
  });
  return [offsets, data];
}
