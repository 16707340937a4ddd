import { describe, expect, it } from "vitest";
import {
  candidateFeatures,
  defaultMatchWeights,
  jobQuery,
  matchCategories,
  scoreCandidate,
} from "../../src/match";
import { jobCard, resumeCard } from "./cards";

const backendJob = jobCard({
  title: "Backend Engineer",
  must: [
    { text: "Production experience with PostgreSQL", skill_id: "sk_postgresql" },
    { text: "TypeScript", skill_id: "sk_typescript" },
  ],
  nice: [
    { text: "Terraform", skill_id: "sk_terraform" },
    { text: "Docker", skill_id: "sk_docker" },
    { text: "Kubernetes", skill_id: "sk_kubernetes" },
  ],
  city: "Bristol",
  country: "United Kingdom",
  years: 3,
});

const score = (job: Parameters<typeof jobQuery>[0], cv: Parameters<typeof candidateFeatures>[0]) =>
  scoreCandidate(jobQuery(job), candidateFeatures(cv));

describe("step-1 scoring", () => {
  it("ranks the CV with every must-have above one missing a must-have, whatever its nice-to-haves", () => {
    const complete = resumeCard({
      skills: [
        ["sk_postgresql", "PostgreSQL"],
        ["sk_typescript", "TypeScript"],
      ],
      years: 5,
      city: "Bristol",
      country: "United Kingdom",
    });
    const missingOne = resumeCard({
      skills: [
        ["sk_typescript", "TypeScript"],
        ["sk_terraform", "Terraform"],
        ["sk_docker", "Docker"],
        ["sk_kubernetes", "Kubernetes"],
      ],
      years: 5,
      city: "Bristol",
      country: "United Kingdom",
    });
    const a = score(backendJob, complete);
    const b = score(backendJob, missingOne);
    expect(a.score).toBeGreaterThan(b.score);
    expect(a.missingMustHaves).toEqual([]);
    expect(b.missingMustHaves).toEqual(["Production experience with PostgreSQL"]);
    expect(b.breakdown.nice_to_have.score).toBe(1);
  });

  it("multiplies the total by the codex penalty once per missing must-have", () => {
    const none = resumeCard({ years: 5, city: "Bristol", country: "United Kingdom" });
    const result = score(backendJob, none);
    expect(result.missingMustHaves).toHaveLength(2);
    const b = result.breakdown;
    const sum = matchCategories.reduce((acc, c) => acc + b[c].weight * b[c].score, 0);
    const weights = matchCategories.reduce((acc, c) => acc + b[c].weight, 0);
    expect(result.score).toBeCloseTo(((100 * sum) / weights) * 0.7 ** 2, 0);
  });

  it("gives a related skill partial credit and says so (PostgreSQL toward SQL)", () => {
    const job = jobCard({ must: [{ text: "Strong SQL", skill_id: "sk_sql" }] });
    const result = score(job, resumeCard({ skills: [["sk_postgresql", "Postgres"]] }));
    expect(result.breakdown.must_have.score).toBe(0.5);
    expect(result.missingMustHaves).toEqual([]);
    expect(result.breakdown.must_have.evidence[0]).toMatchObject({
      requirement: "Strong SQL",
      matched: true,
      via: "related",
      candidateText: "Postgres",
    });
    expect(result.breakdown.must_have.evidence[0]?.note).toMatch(
      /PostgreSQL is related to SQL.*partial credit 0\.5/,
    );
  });

  it('does not let "javascript" satisfy "java", by skill id or by text', () => {
    const job = jobCard({
      must: [{ text: "Java", skill_id: "sk_java" }],
      nice: [{ text: "Experience with Java EE" }],
    });
    const result = score(
      job,
      resumeCard({
        skills: [["sk_javascript", "JavaScript"]],
        bullets: ["Built JavaScript front ends for 5 years"],
      }),
    );
    expect(result.breakdown.must_have.evidence[0]?.matched).toBe(false);
    expect(result.breakdown.nice_to_have.evidence[0]?.matched).toBe(false);
    expect(result.missingMustHaves).toEqual(["Java"]);
  });

  it("ignores location for a remote job", () => {
    const job = jobCard({
      workMode: "remote",
      city: "Lisbon",
      country: "Portugal",
      must: [{ text: "Python", skill_id: "sk_python" }],
    });
    const near = score(
      job,
      resumeCard({ skills: [["sk_python", "Python"]], city: "Lisbon", country: "Portugal" }),
    );
    const far = score(
      job,
      resumeCard({ skills: [["sk_python", "Python"]], city: "Aarhus", country: "Denmark" }),
    );
    expect(far.score).toBe(near.score);
    expect(far.breakdown.location.evidence[0]?.note).toMatch(/remote/);
  });

  it("prefers the same city, then the same country, for an on-site job", () => {
    const job = jobCard({
      city: "Aarhus",
      country: "Denmark",
      must: [{ text: "Python", skill_id: "sk_python" }],
    });
    const at = (city: string, country: string) =>
      score(job, resumeCard({ skills: [["sk_python", "Python"]], city, country })).breakdown.location.score;
    expect(at("Aarhus", "Danmark")).toBe(1);
    expect(at("Odense", "Denmark")).toBe(0.6);
    expect(at("Leeds", "United Kingdom")).toBe(0);
  });

  it("says which requirement met which line of the CV when matched by words", () => {
    const job = jobCard({ must: [{ text: "Active NMC registration", kind: "certification" }] });
    const result = score(job, resumeCard({ certifications: ["NMC registration (adult nursing)"] }));
    expect(result.breakdown.education.evidence[0]).toMatchObject({
      requirement: "Active NMC registration",
      matched: true,
      via: "text",
      candidateText: "NMC registration (adult nursing)",
    });
  });

  it("treats 'TypeScript or Go' as alternatives", () => {
    const job = jobCard({
      must: [
        { text: "Strong TypeScript or Go", skill_id: "sk_typescript" },
        { text: "Go", skill_id: "sk_go" },
      ],
    });
    job.requirements.must_have[0]!.evidence = { quote: "Strong TypeScript or Go", start: 10, end: 33 };
    job.requirements.must_have[1]!.evidence = { quote: "Go", start: 31, end: 33 };
    const result = score(job, resumeCard({ skills: [["sk_go", "Go"]] }));
    expect(result.breakdown.must_have.score).toBe(1);
    expect(result.breakdown.must_have.evidence).toHaveLength(1);
  });

  it("checks languages and their level", () => {
    const job = jobCard({ languages: [{ language: "da", level: "fluent", required: true }] });
    expect(score(job, resumeCard({ languages: [["da", "native"]] })).breakdown.languages.score).toBe(1);
    expect(score(job, resumeCard({ languages: [["da", "B1"]] })).breakdown.languages.score).toBe(0.5);
    const none = score(job, resumeCard({ languages: [["en", "native"]] }));
    expect(none.breakdown.languages.score).toBe(0);
    expect(none.missingMustHaves).toEqual(["Danish (fluent)"]);
  });

  it("compares degree levels for education requirements", () => {
    const job = jobCard({ must: [{ text: "Bachelor's degree in finance or economics", kind: "education" }] });
    expect(score(job, resumeCard({ degree: "MSc Economics" })).breakdown.education.score).toBe(1);
    expect(score(job, resumeCard({ degree: "A-levels" })).missingMustHaves).toHaveLength(1);
  });

  it("scores years against years asked, and the title", () => {
    const job = jobCard({ title: "Backend Engineer", normalized: "Software Developer", years: 4 });
    const junior = score(job, resumeCard({ years: 2, titles: [["Backend Engineer", "Software Developer"]] }));
    const senior = score(job, resumeCard({ years: 8, titles: [["Backend Engineer", "Software Developer"]] }));
    expect(junior.breakdown.seniority.score).toBe(0.5);
    expect(senior.breakdown.seniority.score).toBe(1);
    expect(senior.breakdown.title.score).toBe(1);
    const nurse = score(job, resumeCard({ years: 8, titles: [["Registered Nurse", "Registered Nurses"]] }));
    expect(nurse.breakdown.title.score).toBe(0);
  });

  it("takes weights from the codex, with per-job overrides, and marks categories the job does not use", () => {
    expect(defaultMatchWeights().must_have).toBeGreaterThan(defaultMatchWeights().nice_to_have);
    const query = jobQuery(backendJob, { weights: { location: 0 } });
    const result = scoreCandidate(
      query,
      candidateFeatures(resumeCard({ skills: [["sk_postgresql", "PostgreSQL"]] })),
    );
    expect(result.breakdown.location.weight).toBe(0);
    expect(result.breakdown.languages.weight).toBe(0);
    expect(result.breakdown.must_have.weight).toBe(defaultMatchWeights().must_have);
  });

  it("is deterministic", () => {
    const cv = candidateFeatures(resumeCard({ skills: [["sk_postgresql", "PostgreSQL"]], years: 4 }));
    expect(scoreCandidate(jobQuery(backendJob), cv)).toEqual(scoreCandidate(jobQuery(backendJob), cv));
  });
});
