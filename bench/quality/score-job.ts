import type { CreativeJobV1, JobCardV1, Requirement } from "../../packages/core/src/index";
import { type Counts, matchSets, single } from "./counts";
import { containsTokens, norm, overlap } from "./normalize";

export const jobFields = [
  "title",
  "company",
  "location",
  "work_mode",
  "years_required",
  "contact_email",
  "requirements_found",
  "must_nice_split",
  "language_requirements",
] as const;
export type JobField = (typeof jobFields)[number];

type JobCard = JobCardV1 | CreativeJobV1;
type Bucket = "must" | "nice";

/** The fuzzy-match threshold for one requirement against another (content-word overlap). */
export const requirementOverlap = 0.6;

function bucketed(card: JobCard | null): { text: string; bucket: Bucket }[] {
  const of = (items: Requirement[], bucket: Bucket) => items.map((r) => ({ text: r.text, bucket }));
  return card
    ? [...of(card.requirements.must_have, "must"), ...of(card.requirements.nice_to_have, "nice")]
    : [];
}

/**
 * Each expected requirement takes the best unused predicted one (overlap ≥ 0.6). `found` counts
 * it whatever the bucket; `split` only when the bucket is right too, so a nice-to-have filed as a
 * must-have costs a false positive and a false negative.
 */
function requirements(expected: JobCard, predicted: JobCard | null): { found: Counts; split: Counts } {
  const want = bucketed(expected);
  const have = bucketed(predicted);
  const used = new Set<number>();
  let found = 0;
  let split = 0;
  for (const e of want) {
    let best = -1;
    let bestScore = requirementOverlap;
    have.forEach((p, i) => {
      const s = used.has(i) ? 0 : overlap(e.text, p.text);
      if (s >= bestScore && (best === -1 || s > bestScore)) {
        best = i;
        bestScore = s;
      }
    });
    if (best === -1) continue;
    used.add(best);
    found += 1;
    if (have[best]?.bucket === e.bucket) split += 1;
  }
  return {
    found: { tp: found, fp: have.length - found, fn: want.length - found },
    split: { tp: split, fp: have.length - split, fn: want.length - split },
  };
}

export function scoreJob(expected: JobCard, predicted: JobCard | null): Record<JobField, Counts> {
  const e = expected.basics;
  const p = predicted?.basics;
  const mode = (value: string | null | undefined) => (value && value !== "unknown" ? value : null);
  const where = (value: JobCard["basics"]["location"]) => value?.city ?? value?.raw ?? null;
  const req = requirements(expected, predicted);
  return {
    title: single(e.title, p?.title ?? null, (a, b) => norm(a) === norm(b)),
    company: single(e.company ?? null, p?.company ?? null, (a, b) => norm(a) === norm(b)),
    location: single(where(e.location), where(p?.location), (a, b) => containsTokens(b, a)),
    work_mode: single(mode(e.work_mode), mode(p?.work_mode), (a, b) => a === b),
    years_required: single(
      expected.years_required ?? null,
      predicted?.years_required ?? null,
      (a, b) => a === b,
    ),
    contact_email: single(
      expected.contact?.email ?? null,
      predicted?.contact?.email ?? null,
      (a, b) => a.toLowerCase() === b.toLowerCase(),
    ),
    requirements_found: req.found,
    must_nice_split: req.split,
    language_requirements: matchSets(
      (expected.language_requirements ?? []).map((l) => `${l.language}:${l.required}`),
      [...new Set((predicted?.language_requirements ?? []).map((l) => `${l.language}:${l.required}`))],
      (a, b) => a === b,
    ),
  };
}
