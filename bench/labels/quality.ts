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

export function labelledSet(): LabelledJob[] {
  const file = JSON.parse(readFileSync(join(benchDir, "labels", "labels.json"), "utf8")) as {
    jobs: LabelledJob[];
  };
  return file.jobs;
}

/** Scores every judged CV for every job and returns nDCG@k per job, ties broken by file name. */
export function rankingQuality(k = 10): { jobs: JobQuality[]; mean: number } {
  const features = new Map<string, ReturnType<typeof candidateFeatures>>();
  const featuresOf = (file: string) => {
    let f = features.get(file);
    if (f === undefined) {
      f = candidateFeatures(parseResume(textDocument(file), { now: NOW }));
      features.set(file, f);
    }
    return f;
  };
  const jobs = labelledSet().map((labelled) => {
    const query = jobQuery(parseJob(textDocument(labelled.job), { now: NOW }));
    const ranking = Object.entries(labelled.relevance)
      .map(([file, relevance]) => ({ file, relevance, score: scoreCandidate(query, featuresOf(file)).score }))
      .sort((a, b) => b.score - a.score || (a.file < b.file ? -1 : 1));
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
  return { jobs, mean: jobs.reduce((sum, j) => sum + j.ndcg, 0) / jobs.length };
}
