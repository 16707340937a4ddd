/**
 * Job ads as job boards deliver them: every line of the ad joined into one paragraph. Each job
 * ad of the team corpus (bench/corpus/jobs) is parsed in its original layout and flattened; the
 * two cards are compared requirement by requirement (bench/quality/score-job.ts, the original
 * card standing in for the expected one) and both rank the corpus CVs, top 10 against top 10.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  type CandidateFeatures,
  type CreativeJobV1,
  candidateFeatures,
  type ExtractedDocument,
  type JobCardV1,
  jobQuery,
  parseJob,
  parseResume,
  scoreCandidate,
} from "../../packages/core/src/index";
import type { ManifestEntry } from "../corpus/build";
import { add, type Counts, score, zero } from "./counts";
import { flattenDocument } from "./flatten";
import type { Pipeline } from "./pipeline";
import { scoreJob } from "./score-job";

const corpusDir = join(import.meta.dirname, "..", "corpus");
const NOW = new Date("2025-06-01T00:00:00Z");

export interface CorpusDocuments {
  jobs: Array<{ id: string; doc: ExtractedDocument }>;
  cvs: Array<{ id: string; features: CandidateFeatures }>;
}

/** Every job ad and CV of bench/corpus through the project's extraction; CVs parsed to features. */
export async function readCorpus(pipeline: Pipeline): Promise<CorpusDocuments> {
  const manifest = JSON.parse(readFileSync(join(corpusDir, "manifest.json"), "utf8")) as {
    entries: ManifestEntry[];
  };
  const out: CorpusDocuments = { jobs: [], cvs: [] };
  for (const entry of manifest.entries) {
    const bytes = new Uint8Array(readFileSync(join(corpusDir, entry.file)));
    const doc = await pipeline.extract(bytes, entry.file);
    if (entry.kind === "job") out.jobs.push({ id: entry.id, doc });
    else out.cvs.push({ id: entry.id, features: candidateFeatures(parseResume(doc, { now: NOW })) });
  }
  return out;
}

type JobCard = JobCardV1 | CreativeJobV1;

/** The ids of the 10 best CVs for a job, ties broken by id. */
export function topTen(card: JobCard, cvs: CorpusDocuments["cvs"]): string[] {
  const query = jobQuery(card);
  return cvs
    .map((cv) => ({ id: cv.id, score: scoreCandidate(query, cv.features).score }))
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
    .slice(0, 10)
    .map((r) => r.id);
}

export interface FlatJobComparison {
  id: string;
  requirements: { original: number; flattened: number };
  /** Requirements of the original layout found again in the flattened ad (fuzzy text match). */
  found: Counts;
  /** The same, and filed under the same bucket (must / nice). */
  split: Counts;
  yearsSame: boolean;
  languagesSame: boolean;
  titleSame: boolean;
  /** |top 10 original ∩ top 10 flattened| */
  topTenOverlap: number;
}

export interface FlatJobsReport {
  jobs: FlatJobComparison[];
  found: ReturnType<typeof score>;
  split: ReturnType<typeof score>;
  /** Mean share of the top 10 kept. */
  topTenOverlap: number;
  /** Jobs whose top 10 is the same set. */
  sameTopTen: number;
}

export function compareFlattened(corpus: CorpusDocuments): FlatJobsReport {
  const found = zero();
  const split = zero();
  const jobs = corpus.jobs.map(({ id, doc }) => {
    const original = parseJob(doc, { now: NOW });
    const flattened = parseJob(flattenDocument(doc), { now: NOW });
    const fields = scoreJob(original, flattened);
    add(found, fields.requirements_found);
    add(split, fields.must_nice_split);
    const top = new Set(topTen(original, corpus.cvs));
    const count = (card: JobCard) =>
      card.requirements.must_have.length + card.requirements.nice_to_have.length;
    const languages = (card: JobCard) =>
      (card.language_requirements ?? [])
        .map((l) => l.language)
        .sort()
        .join(",");
    return {
      id,
      requirements: { original: count(original), flattened: count(flattened) },
      found: fields.requirements_found,
      split: fields.must_nice_split,
      yearsSame: (original.years_required ?? null) === (flattened.years_required ?? null),
      languagesSame: languages(original) === languages(flattened),
      titleSame: original.basics.title === flattened.basics.title,
      topTenOverlap: topTen(flattened, corpus.cvs).filter((cv) => top.has(cv)).length,
    };
  });
  return {
    jobs,
    found: score(found),
    split: score(split),
    topTenOverlap: jobs.reduce((sum, j) => sum + j.topTenOverlap, 0) / (10 * jobs.length),
    sameTopTen: jobs.filter((j) => j.topTenOverlap === 10).length,
  };
}
