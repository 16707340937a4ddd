import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { ResumeCardV1 } from "../../packages/core/src/index";
import { rng } from "../match-synthetic";
import { tokens } from "./normalize";

/**
 * Recall of labelled values on real CVs (dotin-resumes, ../shared/data): for each CV and field,
 * the distinct labelled values; a value is found when some value the parser put on the card
 * shares words with it by Jaccard ≥ 0.6, or one holds the other as a run of whole words.
 */

export const realFields = ["name", "title", "employer", "college", "degree"] as const;
export type RealField = (typeof realFields)[number];

/** The corpus's labels for each field we score. */
const labelOf: Record<RealField, string> = {
  name: "Name",
  title: "Designation",
  employer: "Companies worked at",
  college: "College Name",
  degree: "Degree",
};

export type Subset = "job-board" | "flattened";
export const subsets: readonly Subset[] = ["job-board", "flattened"];

/**
 * Job-board exports keep their line breaks (≥ 20 per 1,000 characters in this corpus); flattened
 * CVs lost them (< 2 per 1,000). Nothing in the corpus falls between 2 and 5, and the few CVs
 * between 5 and 20 read like the exports, so 5 per 1,000 characters splits the two.
 */
export const lineBreaksPerThousandCut = 5;

export function subsetOf(text: string): Subset {
  const breaks = text.match(/\n/g)?.length ?? 0;
  return text.length > 0 && (breaks / text.length) * 1000 >= lineBreaksPerThousandCut
    ? "job-board"
    : "flattened";
}

export interface RealCv {
  id: string;
  text: string;
  entities: Array<{ label: string; start: number; end: number; text: string }>;
}

/** ../shared/data relative to the repository root; null when the data is not on this machine. */
export function realCorpusDir(root: string): string | null {
  const dir = resolve(root, "../shared/data/dev-corpora/dotin-resumes");
  return existsSync(join(dir, "train.jsonl")) ? dir : null;
}

export function readSplit(dir: string, split: "train" | "test"): RealCv[] {
  return readFileSync(join(dir, `${split}.jsonl`), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as RealCv);
}

/**
 * A blind dev fold inside train: "0/4" puts the CVs whose id hashes to 0 (of 4) aside, to be
 * measured after each change but never read, so a rule fitted on the other folds shows whether
 * it generalises. The hash of the id, not its position, keeps a CV in its fold whatever the order.
 */
export interface Fold {
  fold: number;
  of: number;
}

export function parseFold(spec: string | undefined): Fold | null {
  const m = spec?.match(/^(\d+)\/(\d+)$/);
  if (!m) return null;
  const fold = Number(m[1]);
  const of = Number(m[2]);
  return of >= 2 && fold < of ? { fold, of } : null;
}

export function inFold(id: string, { fold, of }: Fold): boolean {
  return createHash("sha1").update(id).digest().readUInt32BE(0) % of === fold;
}

/** The distinct labelled values of one field (compared on their words). */
export function goldValues(cv: RealCv, field: RealField): string[][] {
  const seen = new Map<string, string[]>();
  for (const e of cv.entities) {
    if (e.label !== labelOf[field]) continue;
    const words = tokens(e.text);
    if (words.length > 0) seen.set(words.join(" "), words);
  }
  return [...seen.values()];
}

/**
 * What the card says for each field. The corpus labels certificates ("Oracle Certified Java
 * Programmer") as Degree too, so the card's certifications count as degree predictions.
 */
export function predictedValues(card: ResumeCardV1 | null, field: RealField): string[][] {
  if (!card) return [];
  const values: Array<string | null | undefined> =
    field === "name"
      ? [card.personal_info.name]
      : field === "title"
        ? card.work_experience.map((j) => j.title)
        : field === "employer"
          ? card.work_experience.map((j) => j.company)
          : field === "college"
            ? card.education.map((e) => e.institution)
            : [...card.education.map((e) => e.degree), ...card.certifications.map((c) => c.name)];
  return values.map((v) => tokens(v)).filter((words) => words.length > 0);
}

function holds(outer: string[], inner: string[]): boolean {
  return ` ${outer.join(" ")} `.includes(` ${inner.join(" ")} `);
}

export function matches(gold: string[], predicted: string[]): boolean {
  const a = new Set(gold);
  const b = new Set(predicted);
  let shared = 0;
  for (const w of a) if (b.has(w)) shared += 1;
  const jaccard = shared / (a.size + b.size - shared);
  return jaccard >= 0.6 || holds(gold, predicted) || holds(predicted, gold);
}

/** How many of the card's values of a field match some label: a rule that adds wrong values shows here. */
export function precisionCounts(cv: RealCv, card: ResumeCardV1 | null, field: RealField): Recall {
  const gold = goldValues(cv, field);
  const predicted = predictedValues(card, field);
  const found = predicted.filter((p) => gold.some((g) => matches(g, p))).length;
  return { found, labelled: predicted.length };
}

/**
 * A diagnostic beside the table: the corpus labels a CV's headline ("Senior Java Developer" under
 * the name) as Designation like a job's title; the card keeps it as `personal_info.headline`, not
 * as a job the CV does not state. Recall of titles counting the headline too shows how many of the
 * missed titles the card does hold. The table (and the floors) score work-experience titles only.
 */
export function titleRecallWithHeadline(cv: RealCv, card: ResumeCardV1 | null): Recall {
  const headline = tokens(card?.personal_info.headline);
  const predicted = [...predictedValues(card, "title"), ...(headline.length > 0 ? [headline] : [])];
  return recallOf(goldValues(cv, "title"), predicted);
}

/** How many labelled values some predicted value matches. */
function recallOf(gold: string[][], predicted: string[][]): Recall {
  return { found: gold.filter((g) => predicted.some((p) => matches(g, p))).length, labelled: gold.length };
}

export interface Recall {
  found: number;
  labelled: number;
}

export function scoreCv(cv: RealCv, card: ResumeCardV1 | null): Record<RealField, Recall> {
  return Object.fromEntries(
    realFields.map((field) => [field, recallOf(goldValues(cv, field), predictedValues(card, field))]),
  ) as Record<RealField, Recall>;
}

export function recall(r: Recall): number {
  return r.labelled === 0 ? 0 : r.found / r.labelled;
}

export type SubsetTable = Record<Subset, { cvs: number; fields: Record<RealField, Recall> }>;

export function tabulate(scored: Array<{ text: string; fields: Record<RealField, Recall> }>): SubsetTable {
  const table = {} as SubsetTable;
  for (const subset of subsets) {
    const part = scored.filter((s) => subsetOf(s.text) === subset);
    const fields = Object.fromEntries(
      realFields.map((f) => [
        f,
        part.reduce(
          (acc, s) => ({
            found: acc.found + s.fields[f].found,
            labelled: acc.labelled + s.fields[f].labelled,
          }),
          {
            found: 0,
            labelled: 0,
          },
        ),
      ]),
    ) as Record<RealField, Recall>;
    table[subset] = { cvs: part.length, fields };
  }
  return table;
}

/**
 * How far a recall could move on another draw of CVs like these: the 2.5th and 97.5th percentiles
 * of the recall over `draws` resamples of the CVs with replacement (a CV's labels stay together,
 * since one layout misread costs all of them). Seeded, so a run prints the same interval again.
 */
export function recallInterval(perCv: Recall[], draws = 2000, seed = 12): [number, number] {
  const labelled = perCv.filter((r) => r.labelled > 0);
  if (labelled.length === 0) return [0, 0];
  const next = rng(seed);
  const recalls: number[] = [];
  for (let d = 0; d < draws; d += 1) {
    let found = 0;
    let total = 0;
    for (let k = 0; k < labelled.length; k += 1) {
      const r = labelled[Math.floor(next() * labelled.length)] as Recall;
      found += r.found;
      total += r.labelled;
    }
    recalls.push(found / total);
  }
  recalls.sort((a, b) => a - b);
  return [recalls[Math.floor(draws * 0.025)] ?? 0, recalls[Math.ceil(draws * 0.975) - 1] ?? 0];
}
