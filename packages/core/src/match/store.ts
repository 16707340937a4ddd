import { type Column, Interner, int8, int32, uint8, uint16 } from "./columns";
import { occupationCode } from "./occupation";
import type { CandidateFeatures } from "./types";

const NO_YEARS = 0xffff;

/** A range of one candidate's entries in a shared pool. */
class Ranges {
  readonly start = int32();
  readonly count = uint16();
  push(start: number, count: number): void {
    this.start.push(start);
    this.count.push(Math.min(count, 0xffff));
  }
}

function appendAll(pool: Column<Int32Array>, values: number[]): number {
  const start = pool.length;
  for (const v of values) pool.push(v);
  return start;
}

/**
 * The index's storage: one row per ordinal in typed columns, variable-length lists in shared
 * pools, and posting lists (ordinals in ascending order) per skill and per word. Rows are only
 * appended; removal leaves a tombstone until compaction rebuilds everything.
 */
export class CandidateStore {
  ids: string[] = [];
  ordinals = new Map<string, number>();
  alive = uint8();
  years = uint16();
  rank = int8();
  degree = uint8();
  city = int32();
  country = int32();
  recentTitles = uint8();
  skills = new Ranges();
  tokens = new Ranges();
  titles = new Ranges();
  titleTokens = new Ranges();
  languages = new Ranges();
  skillPool = int32();
  tokenPool = int32();
  titlePool = int32();
  titleTokenPool = int32();
  /** code id * 8 + level */
  languagePool = int32();
  skillPostings: Array<Column<Int32Array> | undefined> = [];
  tokenPostings: Array<Column<Int32Array> | undefined> = [];
  dead = 0;

  readonly skillIds = new Interner();
  readonly words = new Interner();
  readonly titleKeys = new Interner();
  /** Per interned title key, its occupation (ISCO unit group as a number, -1 none). */
  readonly titleOccupations = int32();
  readonly places = new Interner();
  readonly languageCodes = new Interner();

  get rows(): number {
    return this.ids.length;
  }

  append(id: string, f: CandidateFeatures): void {
    const ord = this.ids.length;
    this.ids.push(id);
    this.ordinals.set(id, ord);
    this.alive.push(1);
    this.years.push(f.years === null ? NO_YEARS : Math.round(f.years * 10));
    this.rank.push(f.seniorityRank ?? -1);
    this.degree.push(f.degreeRank);
    this.city.push(f.city === null ? -1 : this.places.intern(`city:${f.city}`));
    this.country.push(f.country === null ? -1 : this.places.intern(`country:${f.country}`));
    this.recentTitles.push(f.recentTitles);
    const skills = f.skillIds.map((s) => this.skillIds.intern(s));
    const tokens = f.tokens.map((t) => this.words.intern(t));
    this.skills.push(appendAll(this.skillPool, skills), skills.length);
    this.tokens.push(appendAll(this.tokenPool, tokens), tokens.length);
    const titles = f.titles.map((t) => this.titleKeys.intern(t));
    while (this.titleOccupations.length < this.titleKeys.values.length) {
      this.titleOccupations.push(occupationCode(this.titleKeys.values[this.titleOccupations.length] ?? ""));
    }
    this.titles.push(appendAll(this.titlePool, titles), titles.length);
    const titleTokens = f.titleTokens.map((t) => this.words.intern(t));
    this.titleTokens.push(appendAll(this.titleTokenPool, titleTokens), titleTokens.length);
    const languages = f.languages.map((l) => this.languageCodes.intern(l.code) * 8 + l.level);
    this.languages.push(appendAll(this.languagePool, languages), languages.length);
    for (const s of skills) post(this.skillPostings, s, ord);
    for (const t of tokens) post(this.tokenPostings, t, ord);
  }

  /** Tombstones a row; returns false when the id is not indexed. */
  delete(id: string): boolean {
    const ord = this.ordinals.get(id);
    if (ord === undefined) return false;
    this.ordinals.delete(id);
    this.alive.data[ord] = 0;
    this.dead++;
    return true;
  }

  /** The features a row was built from (texts and skill quotes are not kept). */
  features(ord: number): CandidateFeatures {
    const list = (r: Ranges, pool: Column<Int32Array>) => {
      const start = r.start.data[ord] ?? 0;
      return Array.from(pool.data.subarray(start, start + (r.count.data[ord] ?? 0)));
    };
    const place = (v: number, prefix: string) =>
      v < 0 ? null : (this.places.values[v] ?? "").slice(prefix.length);
    const years = this.years.data[ord] ?? NO_YEARS;
    const rank = this.rank.data[ord] ?? -1;
    return {
      skillIds: list(this.skills, this.skillPool).map((s) => this.skillIds.values[s] ?? ""),
      tokens: list(this.tokens, this.tokenPool).map((t) => this.words.values[t] ?? ""),
      titles: list(this.titles, this.titlePool).map((t) => this.titleKeys.values[t] ?? ""),
      recentTitles: this.recentTitles.data[ord] ?? 0,
      titleTokens: list(this.titleTokens, this.titleTokenPool).map((t) => this.words.values[t] ?? ""),
      seniorityRank: rank < 0 ? null : rank,
      years: years === NO_YEARS ? null : years / 10,
      languages: list(this.languages, this.languagePool).map((v) => ({
        code: this.languageCodes.values[v >> 3] ?? "",
        level: v & 7,
      })),
      city: place(this.city.data[ord] ?? -1, "city:"),
      country: place(this.country.data[ord] ?? -1, "country:"),
      degreeRank: this.degree.data[ord] ?? 0,
    };
  }
}

function post(postings: Array<Column<Int32Array> | undefined>, key: number, ord: number): void {
  let list = postings[key];
  if (list === undefined) {
    list = int32(4);
    postings[key] = list;
  }
  list.push(ord);
}

/** A fresh store holding only the live rows, in their old order (ordinals renumbered). */
export function compacted(store: CandidateStore): CandidateStore {
  const next = new CandidateStore();
  for (let ord = 0; ord < store.rows; ord++) {
    if (store.alive.data[ord] === 1) next.append(store.ids[ord] ?? "", store.features(ord));
  }
  return next;
}
