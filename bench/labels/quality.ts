/**
 * Ranking quality of step 1 on the hand-labelled set (bench/labels/labels.json) through the real
 * path: the text/Markdown files → documentFromLines → parseResume / parseJob → candidateFeatures
 * / jobQuery → scoreCandidate. Core only (no packages/documents), so core's tests can run it.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  candidateFeatures,
  documentFromLines,
  type ExtractedDocument,
  jobQuery,
  parseJob,
  parseResume,
  scoreCandidate,
} from "../../packages/core/src/index";

import { flattenDocument } from "../quality/flatten";

const benchDir = join(import.meta.dirname, "..");
const NOW = new Date("2025-06-01T00:00:00Z");

interface LabelledJob {
  job: string;
  title: string;
  relevance: Record<string, number>;
}

export interface JobQuality {
  job: string;
  title: string;
  ndcg: number;
  ranking: Array<{ file: string; score: number; relevance: number }>;
}

export function textDocument(path: string): ExtractedDocument {
  const markdown = path.endsWith(".md");
  const text = readFileSync(join(benchDir, path), "utf8").replace(/\n$/, "");
  return documentFromLines(
    text.split("\n").map((line) => ({ text: line, page: 1 })),
    {
      mime: markdown ? "text/markdown" : "text/plain",
      method: markdown ? "markdown" : "plain-text",
      language: null,
      warnings: [],
    },
  );
}

/** nDCG@k with gains 2^rel − 1; relevances in ranked order, ideal from the same judgments. */
export function ndcgAt(k: number, ranked: number[]): number {
  const dcg = (rels: number[]) =>
    rels.slice(0, k).reduce((sum, rel, i) => sum + (2 ** rel - 1) / Math.log2(i + 2), 0);
  const ideal = dcg([...ranked].sort((a, b) => b - a));
  return ideal === 0 ? 1 : dcg(ranked) / ideal;
}

/**
 * The graded sets: `main` (labels.json: the team's jobs as laid out) and `similarity`
 * (similarity.json: prose ads whose best CVs name related titles — issue 14 item 6).
 */
export const labelledSets = { main: "labels.json", similarity: "similarity.json" } as const;
export type LabelledSetName = keyof typeof labelledSets;

export function labelledSet(name: LabelledSetName = "main"): LabelledJob[] {
  const file = JSON.parse(readFileSync(join(benchDir, "labels", labelledSets[name]), "utf8")) as {
    jobs: LabelledJob[];
  };
  return file.jobs;
}

/**
 * ROC AUC: the chance that a relevant pair scores above an irrelevant one (ties count half);
 * 0.5 is chance. Pairs are (score, relevant).
 */
export function rocAuc(pairs: Array<{ score: number; relevant: boolean }>): number {
  const pos = pairs.filter((p) => p.relevant).map((p) => p.score);
  const neg = pairs.filter((p) => !p.relevant).map((p) => p.score);
  if (pos.length === 0 || neg.length === 0) return Number.NaN;
  let wins = 0;
  for (const p of pos) for (const n of neg) wins += p > n ? 1 : p === n ? 0.5 : 0;
  return wins / (pos.length * neg.length);
}

/** A judged pair counts as relevant (for ROC AUC) from this grade up: 2 = a good match, 3 = strong. */
export const relevantFrom = 2;

export interface RankingQuality {
  jobs: JobQuality[];
  /** Mean nDCG@k over the jobs. */
  mean: number;
  /** ROC AUC over every judged (job, CV) pair pooled: do scores mean the same across jobs? */
  pooledAuc: number;
  /** Mean of the per-job ROC AUCs (jobs with both classes). */
  meanAuc: number;
}

/**
 * Scores every judged CV for every job and returns nDCG@k per job, ties broken by file name.
 * `flatten`: each job ad's lines joined into one paragraph first (bench/quality/flatten.ts).
 */
export function rankingQuality(
  k = 10,
  options: { flatten?: boolean; set?: LabelledSetName } = {},
): RankingQuality {
  const features = new Map<string, ReturnType<typeof candidateFeatures>>();
  const featuresOf = (file: string) => {
    let f = features.get(file);
    if (f === undefined) {
      f = candidateFeatures(parseResume(textDocument(file), { now: NOW }));
      features.set(file, f);
    }
    return f;
  };
  const aucs: number[] = [];
  const pooled: Array<{ score: number; relevant: boolean }> = [];
  const jobs = labelledSet(options.set).map((labelled) => {
    const doc = textDocument(labelled.job);
    const query = jobQuery(parseJob(options.flatten ? flattenDocument(doc) : doc, { now: NOW }));
    const ranking = Object.entries(labelled.relevance)
      .map(([file, relevance]) => ({ file, relevance, score: scoreCandidate(query, featuresOf(file)).score }))
      .sort((a, b) => b.score - a.score || (a.file < b.file ? -1 : 1));
    const pairs = ranking.map((r) => ({ score: r.score, relevant: r.relevance >= relevantFrom }));
    pooled.push(...pairs);
    const auc = rocAuc(pairs);
    if (!Number.isNaN(auc)) aucs.push(auc);
    return {
      job: labelled.job,
      title: labelled.title,
      ndcg: ndcgAt(
        k,
        ranking.map((r) => r.relevance),
      ),
      ranking,
    };
  });
  return {
    jobs,
    mean: jobs.reduce((sum, j) => sum + j.ndcg, 0) / jobs.length,
    pooledAuc: rocAuc(pooled),
    meanAuc: aucs.reduce((sum, a) => sum + a, 0) / aucs.length,
  };
}
