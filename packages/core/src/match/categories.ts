import type { JobQuery, LanguageRequirementQuery, MatchCategory, MatchWeights } from "./types";
import { matchCategories } from "./types";

/**
 * The arithmetic of every category, on plain numbers. The scorer and the index both call these
 * functions with the same inputs, so their scores are equal to the last bit (docs/scoring.md).
 * NaN means "nothing to compare". For most categories that is "not applicable" (the job asks
 * nothing of it) and the category drops out. Every job has requirements and a title, though: when
 * those give nothing to compare (the parser found no must-have), the category is *unknown* — its
 * weight stays in the total at score 0 — so a job whose requirements were not extracted cannot
 * hand out a title-only 100 (docs/scoring.md, "Coverage").
 */

/** Categories every job is expected to fill; nothing to compare there is unknown, not "not asked". */
export const expectedCategories: ReadonlySet<MatchCategory> = new Set<MatchCategory>(["must_have", "title"]);

/** A category score that means "the job should have asked, but there is nothing to compare". */
export function isUnknown(category: MatchCategory, score: number): boolean {
  return Number.isNaN(score) && expectedCategories.has(category);
}

/**
 * Share of requirements met: a full match counts 1, a related skill `relatedCredit`, a skill
 * similar by embeddings `similarCredit`. With no similar match the sum is the one it always was,
 * so the offline path is unchanged to the bit.
 */
export function fractionMet(
  full: number,
  related: number,
  count: number,
  relatedCredit: number,
  similar = 0,
  similarCredit = 0,
): number {
  if (count === 0) return Number.NaN;
  if (similar === 0) return (full + relatedCredit * related) / count;
  return (full + relatedCredit * related + similarCredit * similar) / count;
}

/**
 * keyMatch: 2 the normalized title is a recent one of the CV, 1 an older one, 0 none.
 * occupationCredit: when it is none, what the CV's nearest title in the occupation structure
 * earns instead (`occupationCredit`, 0..0.7).
 */
export function titleScore(
  job: JobQuery["title"],
  keyMatch: number,
  overlap: number,
  occupationCredit = 0,
): number {
  const n = job.tokens.length;
  if (job.key === null && n === 0) return Number.NaN;
  const tokenPart = n === 0 ? 0 : overlap / n;
  if (job.key === null) return tokenPart;
  const keyPart = keyMatch === 2 ? 1 : keyMatch === 1 ? 0.8 : occupationCredit;
  return n === 0 ? keyPart : 0.5 * keyPart + 0.5 * tokenPart;
}

/**
 * How near two ISCO-08 unit groups are (4-digit codes as numbers, -1 unknown): 3 the same unit
 * group ("software developers"), 2 the same minor group (251x, "software and applications
 * developers and analysts"), 1 the same sub-major group (25xx, "ICT professionals"), 0 else.
 */
export function occupationNearness(a: number, b: number): number {
  if (a < 0 || b < 0) return 0;
  if (a === b) return 3;
  if (Math.floor(a / 10) === Math.floor(b / 10)) return 2;
  return Math.floor(a / 100) === Math.floor(b / 100) ? 1 : 0;
}

/** The title credit by nearness (index) for a recent title and for an older one. */
const OCCUPATION_CREDIT: readonly (readonly [number, number])[] = [
  [0, 0],
  [0.2, 0.15],
  [0.45, 0.35],
  [0.7, 0.55],
];

/** What one CV title in occupation `occupation` earns toward a job title in `jobOccupation`. */
export function occupationCreditOf(jobOccupation: number, occupation: number, recent: boolean): number {
  return OCCUPATION_CREDIT[occupationNearness(jobOccupation, occupation)]?.[recent ? 0 : 1] ?? 0;
}

/** The best credit a CV's titles (their occupations, the first `recent` of them recent) earn. */
export function occupationCredit(
  jobOccupation: number,
  occupations: readonly number[],
  recent: number,
): { credit: number; at: number } {
  let best = { credit: 0, at: -1 };
  for (const [i, occupation] of occupations.entries()) {
    const credit = occupationCreditOf(jobOccupation, occupation, i < recent);
    if (credit > best.credit) best = { credit, at: i };
  }
  return best;
}

const RANK_DISTANCE = [1, 0.7, 0.4, 0.1] as const;

/** Years against the years asked (with a gentle over-qualification cap) and level against level. */
export function seniorityScore(job: JobQuery, years: number | null, rank: number | null): number {
  let yearsPart = Number.NaN;
  if (job.years !== null) {
    if (years === null) yearsPart = 0.5;
    else if (years < job.years) yearsPart = years / job.years;
    else if (job.yearsMax !== null && years > job.yearsMax + 3)
      yearsPart = Math.max(0.5, 1 - 0.1 * (years - job.yearsMax - 3));
    else yearsPart = 1;
  }
  let rankPart = Number.NaN;
  if (job.seniorityRank !== null && rank !== null)
    rankPart = RANK_DISTANCE[Math.min(3, Math.abs(job.seniorityRank - rank))] ?? 0.1;
  if (Number.isNaN(yearsPart)) return rankPart;
  if (Number.isNaN(rankPart)) return yearsPart;
  return 0.6 * yearsPart + 0.4 * rankPart;
}

/** Credit for one language: the level or better 1, the language at a lower level 0.5, absent 0. */
export function languageCredit(required: LanguageRequirementQuery, level: number): number {
  return level >= required.level ? 1 : level > 0 ? 0.5 : 0;
}

/** Weighted mean of the credits: a required language weighs 1, a desirable one 0.5. */
export function languageScore(job: JobQuery, levelOf: (code: string) => number): number {
  let sum = 0;
  let total = 0;
  for (const required of job.languages) {
    const w = required.required ? 1 : 0.5;
    sum += w * languageCredit(required, levelOf(required.code));
    total += w;
  }
  return total === 0 ? Number.NaN : sum / total;
}

/** Remote jobs match anyone; otherwise the same city, then the same country. */
export function locationScore(
  job: JobQuery["location"],
  sameCity: boolean,
  sameCountry: boolean,
  known: boolean,
): number {
  if (job.remote) return 1;
  if (job.city === null && job.country === null) return Number.NaN;
  if (!known) return 0.3;
  if (sameCity) return 1;
  if (sameCountry) return 0.6;
  return 0;
}

/** Category scores (in matchCategories order, NaN = not applicable) → the 0..100 total. */
export function combineScores(
  scores: ArrayLike<number>,
  weights: MatchWeights,
  missing: number,
  factor: number,
): number {
  let sum = 0;
  let total = 0;
  for (let i = 0; i < matchCategories.length; i++) {
    const s = scores[i] ?? Number.NaN;
    const category = matchCategories[i];
    if (category === undefined) continue;
    if (Number.isNaN(s)) {
      if (expectedCategories.has(category)) total += weights[category];
      continue;
    }
    const w = weights[category];
    sum += w * s;
    total += w;
  }
  if (total === 0) return 0;
  return round1(((100 * sum) / total) * factor ** missing);
}

/**
 * Share of the job's weight that could be compared: the weight of the categories compared over
 * that of the compared and the unknown ones (not-applicable categories carry weight 0). Reads a
 * stored breakdown too; one stored before coverage existed has no unknown category and reads 1.
 */
export function matchCoverage(
  categories: Iterable<{ weight: number; unknown?: boolean | undefined }>,
): number {
  let compared = 0;
  let unknown = 0;
  for (const c of categories) {
    if (c.unknown === true) unknown += c.weight;
    else compared += c.weight;
  }
  return compared + unknown === 0 ? 0 : Math.round((1000 * compared) / (compared + unknown)) / 1000;
}

export function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
