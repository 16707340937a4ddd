import { describe, expect, it } from "vitest";
import { defaultMatchWeights, learningRules, learnWeights, type VerdictExample } from "../../src";

/* A tenant's weights learned from its verdicts: explainable, bounded by the data, deterministic. */

const codex = defaultMatchWeights();

/** A breakdown with every category compared at `score`, then the given overrides. */
function seen(overrides: Partial<Record<keyof typeof codex, number>>): VerdictExample["breakdown"] {
  return Object.fromEntries(
    Object.entries(codex).map(([category, weight]) => [
      category,
      { score: overrides[category as keyof typeof codex] ?? 0.5, weight },
    ]),
  );
}

/** Recruiters who want local candidates: positives are in town, negatives far away but more skilled. */
function localMinded(count: number): VerdictExample[] {
  return Array.from({ length: count }, (_, i) =>
    i % 2 === 0
      ? { relevant: true, breakdown: seen({ location: 1, must_have: 0.6 + (i % 3) * 0.1 }) }
      : { relevant: false, breakdown: seen({ location: 0, must_have: 0.9 + (i % 2) * 0.1 }) },
  );
}

describe("learnWeights", () => {
  it("learns nothing below the floor of verdicts, or with too few of either kind", () => {
    expect(learnWeights(localMinded(learningRules.minVerdicts - 1), codex)).toBeNull();
    const allPositive = localMinded(30).map((e) => ({ ...e, relevant: true }));
    expect(learnWeights(allPositive, codex)).toBeNull();
  });

  it("moves weight toward what the recruiters chose, and says how much the codex still counts", () => {
    const learned = learnWeights(localMinded(40), codex);
    expect(learned).not.toBeNull();
    if (learned === null) return;
    expect(learned.weights.location).toBeGreaterThan(codex.location * 2);
    expect(learned.weights.must_have).toBeLessThan(codex.must_have);
    expect(learned.verdicts).toBe(40);
    expect(learned.relevant).toBe(20);
    expect(learned.priorShare).toBeCloseTo(
      learningRules.priorVerdicts / (learningRules.priorVerdicts + 40),
      3,
    );
    const sum = Object.values(learned.weights).reduce((a, b) => a + b, 0);
    expect(sum).toBeGreaterThan(0.99);
    expect(sum).toBeLessThan(1.01);
    for (const weight of Object.values(learned.weights)) expect(weight).toBeGreaterThanOrEqual(0);
  });

  it("trusts more verdicts more, and gives the same answer every time", () => {
    const few = learnWeights(localMinded(16), codex);
    const many = learnWeights(localMinded(80), codex);
    expect(few?.weights.location).toBeLessThan(many?.weights.location ?? 0);
    expect(learnWeights(localMinded(40), codex)).toEqual(learnWeights(localMinded(40), codex));
  });

  it("treats categories the recruiter never saw compared as neutral, not as zero", () => {
    const examples = localMinded(24).map((e) => ({
      ...e,
      breakdown: { ...e.breakdown, languages: { score: 0, weight: 0.08, unknown: true } },
    }));
    const learned = learnWeights(examples, codex);
    expect(learned?.weights.languages).toBeGreaterThan(0);
  });
});
