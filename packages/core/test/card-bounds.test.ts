import { describe, expect, it } from "vitest";
import { boundCard, cardLimits } from "../src";

const sizeOf = (value: unknown) => JSON.stringify(value).length;

function evidence(n: number, quote: string) {
  return Array.from({ length: n }, (_, i) => ({
    field: `skills[${i}]`,
    quote,
    page: 1,
    line: i + 1,
    start: i * 10,
    end: i * 10 + quote.length,
  }));
}

describe("boundCard", () => {
  it("returns a card within every limit unchanged (the same object)", () => {
    const card = {
      schema: "resume-card-v1",
      summary: "Backend engineer",
      skills: [{ name: "Go" }],
      evidence: evidence(3, "Go"),
    };
    expect(boundCard(card)).toBe(card);
  });

  it("cuts a quote to a verbatim prefix and moves its end to where the kept part ends", () => {
    const whole = "word ".repeat(10_000);
    const card = {
      schema: "resume-card-v1",
      evidence: [{ field: "summary", quote: whole, page: 1, line: 1, start: 40, end: 40 + whole.length }],
    };
    const bounded = boundCard(card);
    const [kept] = bounded.evidence;
    expect(kept?.quote).toBe(whole.slice(0, cardLimits.maxQuoteChars));
    expect(kept?.end).toBe(40 + cardLimits.maxQuoteChars);
    expect(kept?.start).toBe(40);
  });

  it("keeps the first entries of a long list, a text's first characters, and says so in meta.warnings", () => {
    const card = {
      schema: "resume-card-v1",
      summary: "x".repeat(50_000),
      certifications: Array.from({ length: 20_000 }, (_, i) => ({ name: `Project ${i}`, issuer: null })),
      work_experience: [
        { title: "Engineer", bullets: Array.from({ length: 1_000 }, (_, i) => `bullet ${i}`) },
      ],
      meta: { provider: "rules", warnings: ["already here"] },
    };
    const bounded = boundCard(card);
    expect(bounded.summary).toHaveLength(cardLimits.maxTextChars);
    expect(bounded.certifications).toHaveLength(cardLimits.maxListItems);
    expect(bounded.certifications[0]?.name).toBe("Project 0");
    expect(bounded.work_experience[0]?.bullets).toHaveLength(cardLimits.maxNestedListItems);
    expect(bounded.meta.provider).toBe("rules");
    expect(bounded.meta.warnings[0]).toBe("already here");
    expect(bounded.meta.warnings[1]).toMatch(/very long/);
  });

  it("halves the lists until the whole card fits maxCardChars", () => {
    const entry = { title: "t".repeat(1_500), bullets: Array.from({ length: 100 }, () => "b".repeat(1_500)) };
    const card = { schema: "resume-card-v1", work_experience: Array.from({ length: 250 }, () => entry) };
    expect(sizeOf(card)).toBeGreaterThan(30_000_000);
    const bounded = boundCard(card);
    expect(sizeOf(bounded)).toBeLessThanOrEqual(cardLimits.maxCardChars);
    expect(bounded.work_experience.length).toBeGreaterThan(0);
  });

  it("never splits a surrogate pair", () => {
    const emoji = "😀".repeat(cardLimits.maxTextChars);
    const bounded = boundCard({ summary: emoji });
    expect(bounded.summary.length % 2).toBe(0);
    expect(bounded.summary.endsWith("😀")).toBe(true);
  });
});
