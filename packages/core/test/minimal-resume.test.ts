import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildMinimalResumeCard, ResumeCardV1Schema } from "../src";

const text = readFileSync(new URL("./fixtures/resume-fictional.txt", import.meta.url), "utf8");

describe("buildMinimalResumeCard", () => {
  const card = buildMinimalResumeCard(text);

  it("returns a valid resume-card-v1 stamped with its provenance", () => {
    expect(ResumeCardV1Schema.parse(card)).toEqual(card);
    expect(card.meta).toEqual({ provider: "rules", parser: "minimal", version: "0.1.0" });
    expect(card.missing_fields).toEqual([]);
  });

  it("reads the contact block", () => {
    expect(card.personal_info).toEqual({
      name: "Mira Testesen",
      email: "mira.testesen@example.com",
      phone: "+45 20 00 00 00",
      location: null,
      headline: "Backend Engineer | Aarhus, Denmark",
      links: [
        { kind: "linkedin", url: "https://linkedin.com/in/mira-testesen-example" },
        { kind: "github", url: "https://github.com/mira-example" },
      ],
    });
    const email = card.evidence.find((e) => e.field === "personal_info.email");
    expect(email && text.slice(email.start ?? 0, email.end ?? 0)).toBe("mira.testesen@example.com");
  });

  it("reads the summary and dated experience entries", () => {
    expect(card.summary).toMatch(/^Backend engineer with seven years .* logistics\.$/);
    expect(card.work_experience).toEqual([
      {
        title: "Senior Backend Engineer",
        company: "Example Health ApS",
        location: { raw: "Aarhus" },
        start: "2020-03",
        end: null,
        current: true,
        bullets: [
          "Moved document ingestion to AWS Step Functions, cutting failures by 40%",
          "Led a team of three engineers",
        ],
      },
      {
        title: "Backend Developer",
        company: "Fjord Logistics",
        location: { raw: "Copenhagen" },
        start: "2017-08",
        end: "2020-02",
        current: false,
        bullets: ["Built a route planning API in Node.js and PostgreSQL"],
      },
    ]);
  });

  it("reports missing fields instead of guessing", () => {
    const sparse = buildMinimalResumeCard(
      "curriculum vitae\nI like building things. Call me on 2019 - 2023.",
    );
    expect(sparse.personal_info.name).toBeNull();
    expect(sparse.personal_info.phone).toBeNull();
    expect(sparse.missing_fields.map((m) => [m.field, m.severity])).toEqual([
      ["personal_info.name", "critical"],
      ["personal_info.email", "important"],
      ["personal_info.phone", "optional"],
      ["work_experience", "important"],
    ]);
  });

  it("takes emails and links only as whole tokens", () => {
    const card = buildMinimalResumeCard(
      "Ana María López-García\nSkills: Node.js, Vue.js\nnot-an-email@nowhere, reach me at ana@example.org.",
    );
    expect(card.personal_info.name).toBe("Ana María López-García");
    expect(card.personal_info.email).toBe("ana@example.org");
    expect(card.personal_info.links).toEqual([]);
  });

  it("rejects blank text", () => {
    expect(() => buildMinimalResumeCard("")).toThrow(
      expect.objectContaining({ code: "document.empty_text" }),
    );
  });
});
