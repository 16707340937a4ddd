import { describe, expect, it } from "vitest";
import { ndcgAt, rankingQuality } from "../../../../bench/labels/quality";

describe("step-1 ranking quality on the labelled set (bench/labels)", () => {
  it("computes nDCG@10 the standard way", () => {
    expect(ndcgAt(10, [3, 2, 1, 0])).toBe(1);
    expect(ndcgAt(10, [0, 0, 0])).toBe(1);
    expect(ndcgAt(10, [0, 3])).toBeCloseTo(7 / Math.log2(3) / 7, 6);
  });

  it("keeps mean nDCG@10 at or above the measured value", () => {
    const { jobs, mean } = rankingQuality(10);
    expect(jobs).toHaveLength(6);
    // Measured 0.976 on 2025-06 and 0.969 on the tree this branch started from (6 jobs × 12 CVs,
    // parse → features → scoreCandidate); the floor leaves room for harmless reorderings. Raise it
    // when the ranking improves.
    expect(mean).toBeGreaterThanOrEqual(0.95);
    // Every job's strongest CV (relevance 3) is ranked first.
    for (const job of jobs) expect(job.ranking[0]?.relevance).toBe(3);
  }, 60_000);

  it("ranks as well when every job ad arrives flattened into one paragraph", () => {
    // Measured (docs/benchmarks.md): flattened mean nDCG@10 0.580 and pooled ROC AUC 0.750 before
    // the flat-ad segmenter, 0.969 and 0.987 after — the same as the ads as written.
    const written = rankingQuality(10);
    const flat = rankingQuality(10, { flatten: true });
    expect(flat.mean).toBeGreaterThanOrEqual(0.95);
    expect(flat.mean).toBeGreaterThanOrEqual(written.mean - 0.01);
    expect(flat.pooledAuc).toBeGreaterThanOrEqual(0.95);
    expect(written.pooledAuc).toBeGreaterThanOrEqual(0.95);
    for (const job of flat.jobs) expect(job.ranking[0]?.relevance).toBe(3);
  }, 60_000);

  it("ranks prose ads whose best CVs name related titles (the similarity set)", () => {
    // Measured (docs/benchmarks.md): mean nDCG@10 0.978, ROC AUC per job 0.927 and pooled 0.893
    // before requirement boilerplate ("must hold current", "two", "competencies") stopped counting
    // as key words and AWS/Azure/GCP and the SQL engines got their broader skills (cloud
    // computing, relational databases); 0.988, 0.951 and 0.942 after.
    const similarity = rankingQuality(10, { set: "similarity" });
    expect(similarity.jobs).toHaveLength(3);
    expect(similarity.mean).toBeGreaterThanOrEqual(0.98);
    expect(similarity.meanAuc).toBeGreaterThanOrEqual(0.95);
    expect(similarity.pooledAuc).toBeGreaterThanOrEqual(0.94);
    for (const job of similarity.jobs) expect(job.ranking[0]?.relevance).toBe(3);
  }, 60_000);
});
