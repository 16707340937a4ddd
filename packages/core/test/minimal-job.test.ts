import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildMinimalJobCard, JobCardV1Schema } from "../src";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");

describe("buildMinimalJobCard", () => {
  const text = fixture("job-backend-engineer.txt");
  const card = buildMinimalJobCard(text);

  it("returns a valid job-card-v1 stamped with its provenance", () => {
    expect(JobCardV1Schema.parse(card)).toEqual(card);
    expect(card.schema).toBe("job-card-v1");
    expect(card.meta).toEqual({ provider: "rules", parser: "minimal", version: "0.1.0" });
  });

  it("reads the basics", () => {
    expect(card.basics).toMatchObject({
      title: "Senior Backend Engineer (TypeScript)",
      seniority: "senior",
      company: "Nordlys Software ApS",
      location: { raw: "Aarhus, Denmark" },
      work_mode: "hybrid",
    });
    expect(card.overview?.summary).toMatch(
      /^Nordlys builds scheduling software .* two office days a week\.$/,
    );
    expect(card.overview?.responsibilities).toHaveLength(2);
  });

  it("reads must-have and nice-to-have bullets, classified", () => {
    const must = card.requirements.must_have.map((r) => [r.text, r.kind, r.years_min]);
    expect(must).toEqual([
      ["5+ years of experience building backend services", "experience", 5],
      ["TypeScript", "skill", undefined],
      ["PostgreSQL and SQL performance tuning", "other", undefined],
      ["Fluent English", "language", undefined],
      ["Bachelor's degree in Computer Science or similar", "education", undefined],
    ]);
    expect(card.requirements.nice_to_have.map((r) => r.kind)).toEqual(["certification", "language", "skill"]);
    expect(card.years_required).toBe(5);
    expect(card.language_requirements).toEqual([
      { language: "en", level: "fluent", required: true },
      { language: "da", level: "B2", required: false },
    ]);
  });

  it("points evidence at the source text", () => {
    const typescript = card.requirements.must_have[1]?.evidence;
    expect(typescript && text.slice(typescript.start ?? 0, typescript.end ?? 0)).toBe("TypeScript");
    const workMode = card.evidence.find((e) => e.field === "basics.work_mode");
    expect(workMode).toMatchObject({ quote: "hybrid", line: 7 });
    expect(workMode && text.slice(workMode.start ?? 0, workMode.end ?? 0)).toBe("hybrid");
    expect(card.missing_fields).toEqual([]);
  });

  it("reports what is missing and matches work modes on whole words", () => {
    const remote = buildMinimalJobCard(fixture("job-remote-minimal.txt"));
    expect(remote.basics).toMatchObject({ title: "Data Analyst", work_mode: "remote", company: null });
    expect(remote.requirements.must_have.map((r) => r.text)).toEqual(["SQL", "2 years with Power BI"]);
    expect(remote.requirements.nice_to_have.map((r) => r.text)).toEqual(["Python"]);
    expect(remote.missing_fields).toEqual([
      { field: "basics.company", severity: "important", reason: expect.any(String) },
      { field: "basics.location", severity: "optional", reason: expect.any(String) },
    ]);
    const notHybrid = buildMinimalJobCard("Engineer\n\nWe build hybridization kits. Remotely managed labs.");
    expect(notHybrid.basics.work_mode).toBe("unknown");
  });

  it("matches work-mode synonyms in other languages", () => {
    expect(buildMinimalJobCard("Entwickler\n\n100% Homeoffice möglich").basics.work_mode).toBe("remote");
    expect(buildMinimalJobCard("Udvikler\n\nArbejdet foregår på kontoret i Aarhus").basics.work_mode).toBe(
      "onsite",
    );
    expect(buildMinimalJobCard("Développeur\n\nTélétravail partiel possible").basics.work_mode).toBe(
      "hybrid",
    );
    expect(buildMinimalJobCard("مهندس\n\nالعمل عن بعد").basics.work_mode).toBe("remote");
  });

  it("caps the title and rejects blank text", () => {
    expect(buildMinimalJobCard("x".repeat(500)).basics.title).toHaveLength(200);
    expect(() => buildMinimalJobCard(" \n\t\n")).toThrow(
      expect.objectContaining({
        code: "document.empty_text",
        message: "The document contains no readable text",
      }),
    );
  });
});
