import { describe, expect, it } from "vitest";
import { documentFromLines } from "../../src/document";
import { CandidateIndex, candidateFeatures, jobQuery, scoreCandidate } from "../../src/match";
import { parseJob } from "../../src/parse";
import { jobCard, resumeCard } from "./cards";

/*
 * No vacuous scores (issue 14, item 1): a job whose requirements were not extracted cannot hand
 * out a title-only 100. Its must-have category is unknown — weight kept at score 0 — and every
 * result says how much of the job could be compared (`coverage`).
 */

const textJob = (text: string) =>
  parseJob(
    documentFromLines(
      text.split("\n").map((line) => ({ text: line, page: 1 })),
      { mime: "text/plain", method: "plain-text", language: null, warnings: [] },
    ),
  );

/** An ad with a title, a place and prose that names no skill, tool, degree or years. */
const vagueAd = textJob(
  [
    "Software Engineer",
    "Company: Northwind Harbour",
    "Location: Bristol, United Kingdom",
    "",
    "We are a friendly team that loves building things together. Join us and grow with a company that cares about its people and its customers.",
  ].join("\n"),
);

/** The best CV a title-only comparison could see: same title, same city, plenty of years. */
const titleTwin = resumeCard({
  headline: "Software Engineer",
  titles: [["Software Engineer", "Software Developer"]],
  skills: [
    ["sk_typescript", "TypeScript"],
    ["sk_postgresql", "PostgreSQL"],
  ],
  years: 8,
  city: "Bristol",
  country: "United Kingdom",
  languages: [["en", "native"]],
});

describe("coverage: a job with nothing extracted is not a free 100", () => {
  it("flags the ad on its card and never scores a CV 100 against it", () => {
    expect(vagueAd.requirements.must_have).toEqual([]);
    expect(vagueAd.requirements.nice_to_have).toEqual([]);
    expect(vagueAd.missing_fields).toContainEqual(
      expect.objectContaining({ field: "requirements.must_have", severity: "critical" }),
    );
    const result = scoreCandidate(jobQuery(vagueAd), candidateFeatures(titleTwin));
    expect(result.breakdown.title.score).toBeGreaterThan(0.4);
    expect(result.breakdown.must_have.unknown).toBe(true);
    expect(result.breakdown.must_have.weight).toBeGreaterThan(0);
    expect(result.coverage).toBeLessThan(1);
    expect(result.score).toBeLessThan(100);
    expect(result.score).toBeLessThanOrEqual(100 * result.coverage);
  });

  it("keeps coverage at 1 when every expected category has something to compare", () => {
    const job = jobCard({ must: [{ text: "TypeScript", skill_id: "sk_typescript" }] });
    const result = scoreCandidate(jobQuery(job), candidateFeatures(titleTwin));
    expect(result.coverage).toBe(1);
    expect(result.breakdown.must_have.unknown).toBeUndefined();
    expect(result.breakdown.location.weight).toBe(0); // not asked: still renormalised away
  });

  it("never lets a title-only match top a job whose real requirements the CV meets", () => {
    const real = jobCard({
      title: "Software Engineer",
      must: [
        { text: "TypeScript", skill_id: "sk_typescript" },
        { text: "PostgreSQL", skill_id: "sk_postgresql" },
      ],
      city: "Bristol",
      country: "United Kingdom",
    });
    const titleOnly = jobCard({ title: "Software Engineer", city: "Bristol", country: "United Kingdom" });
    const cv = candidateFeatures(titleTwin);
    const vague = scoreCandidate(jobQuery(titleOnly), cv);
    const met = scoreCandidate(jobQuery(real), cv);
    expect(met.score).toBeGreaterThan(vague.score);
    expect(met.coverage).toBe(1);
    expect(vague.coverage).toBeLessThan(1);
  });

  it("ranks through the index exactly as the scorer does when must-haves are unknown", () => {
    const index = new CandidateIndex();
    const cvs = [
      titleTwin,
      resumeCard({ headline: "Nurse", titles: [["Staff Nurse", null]], city: "Leeds", country: "GB" }),
      resumeCard({ titles: [["Software Developer", "Software Developer"]], years: 2 }),
      resumeCard({}),
    ];
    for (const [i, cv] of cvs.entries()) index.add(`cv-${i}`, candidateFeatures(cv));
    const query = jobQuery(vagueAd);
    const top = index.topK(query, 10);
    expect(top).toHaveLength(cvs.length);
    for (const hit of top) {
      const cv = cvs[Number(hit.id.slice(3))];
      if (cv === undefined) throw new Error(hit.id);
      expect(hit.score).toBe(scoreCandidate(query, candidateFeatures(cv)).score);
      expect(hit.score).toBeLessThan(100);
    }
  });
});
