import { describe, expect, it } from "vitest";
import {
  CardSchema,
  CardSchemaByName,
  CodexSchemaByName,
  CreativeJobV1Schema,
  codexSchemaNames,
  isCodexSchemaName,
  JobCardV1Schema,
  ResumeCardV1Schema,
} from "../src";

const fullJob = {
  schema: "job-card-v1",
  language: "en",
  basics: {
    title: "Senior Backend Engineer",
    normalized_title: "software engineer",
    seniority: "senior",
    company: "Nordlys Software ApS",
    location: { city: "Aarhus", country: "DK", raw: "Aarhus, Denmark" },
    work_mode: "hybrid",
    employment_type: "full_time",
    contract: { type: "permanent", start_date: "ASAP" },
    salary: { min: 55000, max: 65000, currency: "DKK", period: "month" },
  },
  overview: { summary: "Own the ingestion platform.", responsibilities: ["Run services on AWS"] },
  requirements: {
    must_have: [
      { text: "5+ years of backend experience", kind: "experience", years_min: 5 },
      {
        text: "TypeScript",
        kind: "skill",
        skill_id: "skill:typescript",
        evidence: { quote: "TypeScript", line: 12 },
      },
    ],
    nice_to_have: [{ text: "Kubernetes", kind: "skill" }],
  },
  competencies: [{ area: "Backend", items: ["APIs", "queues"] }],
  procurement: { reference: "T-2025-17", deadline: "2025-09-01", budget: "DKK 2m" },
  contact: { name: "Recruiting", email: "jobs@example.com", url: "https://example.com/jobs" },
  project_details: { name: "Ingest", client: "Region Midt", domain: "healthcare" },
  language_requirements: [{ language: "en", level: "C1", required: true }],
  years_required: 5,
  missing_fields: [{ field: "basics.salary", severity: "optional", reason: "Not stated" }],
  evidence: [{ field: "basics.title", quote: "Senior Backend Engineer", line: 1, start: 0, end: 23 }],
  meta: { provider: "rules", parser: "minimal", version: "0.1.0", generated_at: "2025-01-02T03:04:05Z" },
};

function issuePaths(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }): string[] {
  return (result.error?.issues ?? []).map((issue) => issue.path.join("."));
}

describe("job-card-v1", () => {
  it("accepts a full card", () => {
    expect(JobCardV1Schema.parse(fullJob)).toMatchObject({ basics: { title: "Senior Backend Engineer" } });
  });

  it("accepts a partial parse and fills the required arrays", () => {
    const card = JobCardV1Schema.parse({ schema: "job-card-v1", basics: { title: null } });
    expect(card.requirements).toEqual({ must_have: [], nice_to_have: [] });
    expect(card.missing_fields).toEqual([]);
    expect(card.evidence).toEqual([]);
  });

  it("drops keys the schema does not know", () => {
    const card = JobCardV1Schema.parse({ ...fullJob, surprise: 1 });
    expect(card).not.toHaveProperty("surprise");
  });

  it("rejects bad values with the path of each problem", () => {
    const result = JobCardV1Schema.safeParse({
      ...fullJob,
      basics: { ...fullJob.basics, work_mode: "sometimes" },
      requirements: { must_have: [{ text: "Go", kind: "vibe" }], nice_to_have: [] },
      language_requirements: [{ language: "english" }],
      missing_fields: [{ field: "basics.title", severity: "urgent", reason: "x" }],
      evidence: [{ field: "Basics Title", quote: "" }],
    });
    expect(result.success).toBe(false);
    expect(issuePaths(result)).toEqual(
      expect.arrayContaining([
        "basics.work_mode",
        "requirements.must_have.0.kind",
        "language_requirements.0.language",
        "missing_fields.0.severity",
        "evidence.0.field",
        "evidence.0.quote",
      ]),
    );
  });

  it("requires the schema literal and the basics title key", () => {
    expect(issuePaths(JobCardV1Schema.safeParse({ schema: "resume-card-v1", basics: {} }))).toEqual([
      "schema",
      "basics.title",
    ]);
  });
});

describe("creative-job-v1", () => {
  it("is a job card with creative labels", () => {
    const card = CreativeJobV1Schema.parse({
      ...fullJob,
      schema: "creative-job-v1",
      creative: {
        disciplines: ["art direction"],
        tools: ["Figma"],
        portfolio: { required: true, formats: ["PDF", "website"] },
        deliverables: ["campaign key visuals"],
        agency: "Studio Example",
        client: "Example Coffee",
      },
    });
    expect(card.creative.portfolio?.required).toBe(true);
    expect(card.requirements.must_have).toHaveLength(2);
  });

  it("defaults the creative block and refuses the job-card literal", () => {
    const card = CreativeJobV1Schema.parse({ schema: "creative-job-v1", basics: { title: "Copywriter" } });
    expect(card.creative).toEqual({ disciplines: [], tools: [], deliverables: [] });
    expect(CreativeJobV1Schema.safeParse(fullJob).success).toBe(false);
  });
});

describe("resume-card-v1", () => {
  const resume = {
    schema: "resume-card-v1",
    language: "da",
    personal_info: {
      name: "Mira Testesen",
      email: "mira@example.com",
      links: [{ kind: "github", url: "https://github.com/mira-example" }],
    },
    work_experience: [
      { title: "Engineer", company: "Example ApS", start: "2020-03", end: null, current: true },
    ],
    education: [{ degree: "MSc", field: "Computer Science", institution: "Aarhus University", end: "2017" }],
    skills: [{ id: "skill:typescript", name: "TypeScript", raw: "TS", years: 5 }],
    languages: [{ language: "da", name: "Danish", level: "native" }],
    certifications: [{ name: "AWS Certified Developer", issuer: "AWS", date: "2023-05" }],
    total_years_experience: 7,
  };

  it("accepts a card and defaults lists", () => {
    const card = ResumeCardV1Schema.parse(resume);
    expect(card.work_experience[0]?.bullets).toEqual([]);
    expect(ResumeCardV1Schema.parse({ schema: "resume-card-v1" }).personal_info.links).toEqual([]);
  });

  it("rejects bad dates, emails and links with their paths", () => {
    const result = ResumeCardV1Schema.safeParse({
      ...resume,
      personal_info: { email: "not-an-email", links: [{ kind: "myspace", url: "nope" }] },
      work_experience: [{ start: "March 2020", end: "2020-13" }],
    });
    expect(issuePaths(result)).toEqual(
      expect.arrayContaining([
        "personal_info.email",
        "personal_info.links.0.kind",
        "personal_info.links.0.url",
        "work_experience.0.start",
        "work_experience.0.end",
      ]),
    );
  });
});

describe("card registry", () => {
  it("names every card schema by its schema literal", () => {
    expect(Object.keys(CardSchemaByName)).toEqual(["job-card-v1", "creative-job-v1", "resume-card-v1"]);
    expect(codexSchemaNames).toEqual([
      ...Object.keys(CardSchemaByName),
      "match-analysis-v1",
      "resume-tailor-v1",
    ]);
    for (const name of codexSchemaNames) {
      expect(CodexSchemaByName[name].shape.schema.value).toBe(name);
    }
    expect(isCodexSchemaName("job-card-v1")).toBe(true);
    expect(isCodexSchemaName("toString")).toBe(false);
  });

  it("tells cards apart by their schema field", () => {
    expect(CardSchema.parse(fullJob).schema).toBe("job-card-v1");
    expect(CardSchema.parse({ schema: "resume-card-v1" }).schema).toBe("resume-card-v1");
    expect(CardSchema.safeParse({ schema: "match-analysis-v1" }).success).toBe(false);
  });
});
