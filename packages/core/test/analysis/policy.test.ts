import { describe, expect, it } from "vitest";
import { analysisScoreBand, boundAnalysisScore, MatchAnalysisV1Schema, verdictForScore } from "../../src";

describe("step-2 score policy", () => {
  it("keeps a proposal within ±25 of step 1 and says so", () => {
    expect(analysisScoreBand).toBe(25);
    expect(boundAnalysisScore(70, 60, { injection: false })).toEqual({ score: 70, notes: [] });
    const high = boundAnalysisScore(100, 40, { injection: false });
    expect(high.score).toBe(65);
    expect(high.notes[0]).toMatch(/kept within ±25/);
    expect(boundAnalysisScore(0, 40, { injection: false }).score).toBe(15);
    expect(boundAnalysisScore(Number.NaN, 40, { injection: false }).score).toBe(40);
  });

  it("never lets an injection raise the score above step 1", () => {
    const bounded = boundAnalysisScore(100, 40, { injection: true });
    expect(bounded.score).toBe(40);
    expect(bounded.notes.join(" ")).toMatch(/capped at the step-1 score/);
    expect(boundAnalysisScore(30, 40, { injection: true }).score).toBe(30);
  });

  it("maps scores to verdicts at 80 / 65 / 45", () => {
    expect([80, 79.9, 65, 64.9, 45, 44.9].map(verdictForScore)).toEqual([
      "strong",
      "good",
      "good",
      "mixed",
      "mixed",
      "weak",
    ]);
  });

  it("the schema refuses a score out of range and an unknown verdict", () => {
    const ok = {
      schema: "match-analysis-v1",
      score: 50,
      confidence: 0.5,
      verdict: "mixed",
      summary: "x",
      step1_score: 50,
      score_band: 25,
      injection_detected: false,
      provider: "rules",
      model: null,
      prompt_version: "rules-1.0.0",
      rule_based: true,
    };
    expect(MatchAnalysisV1Schema.parse(ok).strengths).toEqual([]);
    expect(MatchAnalysisV1Schema.safeParse({ ...ok, score: 101 }).success).toBe(false);
    expect(MatchAnalysisV1Schema.safeParse({ ...ok, verdict: "great" }).success).toBe(false);
  });
});
