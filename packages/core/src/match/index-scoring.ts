import {
  combineScores,
  fractionMet,
  languageScore,
  locationScore,
  occupationCreditOf,
  seniorityScore,
  titleScore,
} from "./categories";
import type { CandidateStore } from "./store";
import type { JobQuery } from "./types";

/**
 * The index's side of scoring: one candidate's total from its query counters and typed
 * columns, through the same category functions as scoreCandidate, and the upper bounds topK
 * uses to skip candidates that cannot reach the heap.
 */

// Per-candidate counters during a query (stride 11): full/related credits per category, must-haves
// met, touched, then the similar (embeddings) credits per category.
export const MUST_FULL = 0;
export const NICE_FULL = 2;
export const EDU_FULL = 4;
export const MUST_MET = 6;
export const TOUCHED = 7;
const SIMILAR = 8;
export const STRIDE = 11;
export const categoryOffset = { must_have: MUST_FULL, nice_to_have: NICE_FULL, education: EDU_FULL } as const;

/** Where a category's similar-skill counter is, from its full-credit offset. */
export function similarOffset(offset: number): number {
  return SIMILAR + offset / 2;
}

export interface PreparedRequirement {
  offset: number;
  must: boolean;
  exact: number[];
  related: number[];
  similar: number[];
  words: number[];
  need: number;
  degreeRank: number;
}

/** Scores one ordinal from its counters and columns, with the scorer's arithmetic. */
export function ordinalScorer(
  s: CandidateStore,
  c: Uint16Array,
  job: JobQuery,
  reqs: PreparedRequirement[],
): (ord: number) => number {
  const titleKey = job.title.key === null ? -1 : s.titleKeys.find(job.title.key);
  const titleWords = job.title.tokens.map((t) => s.words.find(t));
  const languageIds = new Map(job.languages.map((l) => [l.code, s.languageCodes.find(l.code)]));
  const jobCity = job.location.city === null ? -1 : s.places.find(`city:${job.location.city}`);
  const jobCountry = job.location.country === null ? -1 : s.places.find(`country:${job.location.country}`);
  const mustTotal = reqs.filter((r) => r.must).length;
  const total = (offset: number) => reqs.filter((r) => r.offset === offset).length;
  const [nMust, nNice, nEdu] = [total(MUST_FULL), total(NICE_FULL), total(EDU_FULL)];
  const degreeReqs = reqs.filter((r) => r.degreeRank > 0);
  const scores = new Float64Array(7);
  const extra = new Uint16Array(STRIDE);
  let current = 0;
  const levelOf = (code: string) => {
    const id = languageIds.get(code) ?? -1;
    if (id < 0) return 0;
    const start = s.languages.start.data[current] ?? 0;
    const end = start + (s.languages.count.data[current] ?? 0);
    const pool = s.languagePool.data;
    for (let i = start; i < end; i++) if ((pool[i] ?? 0) >> 3 === id) return (pool[i] ?? 0) & 7;
    return 0;
  };
  return (ord) => {
    current = ord;
    const base = ord * STRIDE;
    for (let i = 0; i < STRIDE; i++) extra[i] = c[base + i] ?? 0;
    for (const r of degreeReqs) {
      if ((s.degree.data[ord] ?? 0) < r.degreeRank) continue;
      extra[r.offset] = (extra[r.offset] ?? 0) + 1;
      if (r.must) extra[MUST_MET] = (extra[MUST_MET] ?? 0) + 1;
    }
    let keyMatch = 0;
    const tStart = s.titles.start.data[ord] ?? 0;
    const tCount = s.titles.count.data[ord] ?? 0;
    const recent = s.recentTitles.data[ord] ?? 0;
    if (titleKey >= 0) {
      for (let i = 0; i < tCount; i++) {
        if (s.titlePool.data[tStart + i] === titleKey) {
          keyMatch = i < recent ? 2 : 1;
          break;
        }
      }
    }
    let nearCredit = 0;
    if (keyMatch === 0 && job.title.occupation >= 0) {
      for (let i = 0; i < tCount; i++) {
        const occupation = s.titleOccupations.data[s.titlePool.data[tStart + i] ?? 0] ?? -1;
        nearCredit = Math.max(nearCredit, occupationCreditOf(job.title.occupation, occupation, i < recent));
      }
    }
    let overlap = 0;
    const wStart = s.titleTokens.start.data[ord] ?? 0;
    const wEnd = wStart + (s.titleTokens.count.data[ord] ?? 0);
    for (const w of titleWords) {
      if (w < 0) continue;
      for (let i = wStart; i < wEnd; i++) if (s.titleTokenPool.data[i] === w) overlap++;
    }
    const years = s.years.data[ord] ?? 0xffff;
    const rank = s.rank.data[ord] ?? -1;
    let languageMissing = 0;
    for (const l of job.languages) if (l.required && levelOf(l.code) === 0) languageMissing++;
    const city = s.city.data[ord] ?? -1;
    const country = s.country.data[ord] ?? -1;
    scores[0] = counted(extra, MUST_FULL, nMust, job);
    scores[1] = counted(extra, NICE_FULL, nNice, job);
    scores[2] = titleScore(job.title, keyMatch, overlap, nearCredit);
    scores[3] = seniorityScore(job, years === 0xffff ? null : years / 10, rank < 0 ? null : rank);
    scores[4] = languageScore(job, levelOf);
    scores[5] = locationScore(
      job.location,
      jobCity >= 0 && city === jobCity,
      jobCountry >= 0 && country === jobCountry,
      city >= 0 || country >= 0,
    );
    scores[6] = counted(extra, EDU_FULL, nEdu, job);
    const missing = mustTotal - (extra[MUST_MET] ?? 0) + languageMissing;
    return combineScores(scores, job.weights, missing, job.missingFactor);
  };
}

/** Unrounded best total of a reached candidate: its skill counters, every other category at 1. */
export function upperBound(
  c: Uint16Array,
  job: JobQuery,
  reqs: PreparedRequirement[],
): { upper: (ord: number) => number; bucketBound: (met: number) => number } {
  const w = job.weights;
  const total = (offset: number) => reqs.filter((r) => r.offset === offset).length;
  const [nMust, nNice, nEdu] = [total(MUST_FULL), total(NICE_FULL), total(EDU_FULL)];
  const degreeEdu = reqs.filter((r) => r.degreeRank > 0).length;
  const degreeMust = reqs.filter((r) => r.degreeRank > 0 && r.must).length;
  const mustTotal = reqs.filter((r) => r.must).length;
  const cheap = [
    titleScore(job.title, 2, job.title.tokens.length),
    job.years === null && job.seniorityRank === null ? Number.NaN : 1,
    languageScore(job, () => 6),
    locationScore(job.location, true, true, true),
  ];
  const cheapWeights = [w.title, w.seniority, w.languages, w.location];
  let fixed = 0;
  let weight = 0;
  cheap.forEach((v, i) => {
    if (!Number.isNaN(v)) {
      fixed += cheapWeights[i] ?? 0;
      weight += cheapWeights[i] ?? 0;
    } else if (i === 0) weight += w.title; // an unknown title keeps its weight (categories.ts)
  });
  // must_have is always expected: with nothing extracted it keeps its weight at score 0.
  const wMust = w.must_have;
  const wNice = nNice > 0 ? w.nice_to_have : 0;
  const wEdu = nEdu > 0 ? w.education : 0;
  weight += wMust + wNice + wEdu;
  const powers = Array.from({ length: mustTotal + 1 }, (_, m) => job.missingFactor ** m);
  const rc = job.relatedCredit;
  const sc = job.similarityCredit;
  // A candidate's skill credits in one category: full + related + similar, weighted.
  const credits = (b: number, offset: number) =>
    (c[b + offset] ?? 0) + rc * (c[b + offset + 1] ?? 0) + sc * (c[b + similarOffset(offset)] ?? 0);
  const bucketBound = (met: number) => {
    if (weight === 0) return 0;
    const sum = fixed + (nMust > 0 ? wMust * Math.min(1, met / nMust) : 0) + wNice + wEdu;
    return ((100 * sum) / weight) * (powers[Math.max(0, mustTotal - met - degreeMust)] ?? 0);
  };
  const upper = (ord: number) => {
    if (weight === 0) return 0;
    const b = ord * STRIDE;
    let sum = fixed;
    if (nMust > 0) sum += (wMust * credits(b, MUST_FULL)) / nMust;
    if (nNice > 0) sum += (wNice * credits(b, NICE_FULL)) / nNice;
    if (nEdu > 0) sum += (wEdu * (credits(b, EDU_FULL) + degreeEdu)) / nEdu;
    const missing = Math.max(0, mustTotal - (c[b + MUST_MET] ?? 0) - degreeMust);
    return ((100 * sum) / weight) * (powers[missing] ?? 0);
  };
  return { upper, bucketBound };
}

function counted(extra: Uint16Array, offset: number, count: number, job: JobQuery): number {
  return fractionMet(
    extra[offset] ?? 0,
    extra[offset + 1] ?? 0,
    count,
    job.relatedCredit,
    extra[similarOffset(offset)] ?? 0,
    job.similarityCredit,
  );
}
