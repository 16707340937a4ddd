import { readFileSync } from "node:fs";
import type { ResumeCardV1 } from "@futodama/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { memoryCache, openAiEnhancer } from "../src/index";
import { type FakeOpenAi, type Recording, startFakeOpenAi } from "../src/testing/fake-openai";
import { resumeCardOf } from "./cards";

/*
 * A CV pasted as one long line (no line breaks: what a "paste your CV" box or a poor PDF export
 * gives), made up for this test. The recorded model answer reads most of it right, misreads the
 * phone number and adds an employer, a role, a skill and a certificate the CV never names. The
 * merge must keep, field by field, whichever of the rules card and the model is right, and
 * nothing the document does not say.
 */
const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
const text = fixture("cv-flattened.txt");

/** What the made-up CV says. */
const truth = {
  name: "Jonas Eklund",
  email: "jonas.eklund@example.org",
  phone: "+46 70 000 00 00",
  location: "Gothenburg, Sweden",
  headline: "Platform Engineer",
  summary:
    "Platform engineer with eight years of building container platforms and data pipelines for logistics companies.",
  roles: ["Senior Platform Engineer @ Nordvik Freight AB", "Platform Engineer @ Example Retail Group"],
  schools: ["Chalmers University of Technology", "Lund University"],
  skills: ["Kubernetes", "Terraform", "Go", "PostgreSQL"],
  languages: ["en", "sv"],
  certifications: ["Certified Kubernetes Administrator"],
};
const invented = [
  "+46 70 000 00 01",
  "Spotify",
  "Stockholm",
  "Google",
  "Staff Engineer",
  "Rust",
  "AWS Solutions",
];

/** 0..1 per field: right values over the larger of found and true (wrong extras cost). */
function fieldScores(card: ResumeCardV1): Record<string, number> {
  const p = card.personal_info;
  const same = (a: string | null | undefined, b: string) => Number(a?.toLowerCase() === b.toLowerCase());
  const overlap = (found: string[], want: string[]) =>
    found.filter((f) => want.some((w) => f.toLowerCase().includes(w.toLowerCase()))).length /
    Math.max(found.length, want.length);
  const names = card.skills.map((s) => s.name.toLowerCase());
  return {
    name: same(p.name, truth.name),
    email: same(p.email, truth.email),
    phone: same(p.phone, truth.phone),
    location: same(p.location?.raw, truth.location),
    headline: same(p.headline, truth.headline),
    summary: same(card.summary, truth.summary),
    experience: overlap(
      card.work_experience.map((w) => `${w.title} @ ${w.company}`),
      truth.roles,
    ),
    education: overlap(
      card.education.map((e) => e.institution ?? ""),
      truth.schools,
    ),
    skills: truth.skills.filter((s) => names.includes(s.toLowerCase())).length / truth.skills.length,
    languages: overlap(
      card.languages.map((l) => l.language),
      truth.languages,
    ),
    certifications: overlap(
      card.certifications.map((c) => c.name),
      truth.certifications,
    ),
  };
}

let fake: FakeOpenAi;
beforeAll(async () => {
  fake = await startFakeOpenAi(JSON.parse(fixture("openai-recordings-flattened.json")) as Recording[]);
});
afterAll(async () => {
  await fake?.stop();
});

describe("LLM extraction on a flattened CV", () => {
  it("keeps the better of the rules card and the model for every field, and nothing invented", async () => {
    expect(text).not.toContain("\n");
    const rules = resumeCardOf(text);
    const enhancer = openAiEnhancer({ apiKey: "sk-test", baseURL: fake.baseURL, cache: memoryCache() });
    const merged = await enhancer.enhanceResume(rules, text);

    const before = fieldScores(rules);
    const after = fieldScores(merged);
    for (const [field, score] of Object.entries(before))
      expect(after[field], `${field}: rules ${score}, merged ${after[field]}`).toBeGreaterThanOrEqual(score);
    // Where the model read the CV right, the merged card is right; the phone comes from the rules.
    expect(after).toEqual({
      name: 1,
      email: 1,
      phone: 1,
      location: 1,
      headline: 1,
      summary: 1,
      experience: 1,
      education: 1,
      skills: 1,
      languages: 1,
      certifications: 1,
    });
    expect(merged.personal_info.phone).toBe(rules.personal_info.phone);
    expect(merged.work_experience[0]).toMatchObject({
      start: "2021-03",
      current: true,
      location: { raw: "Gothenburg" },
    });

    const json = JSON.stringify(merged);
    for (const claim of invented) expect(json, claim).not.toContain(claim);
    expect(merged.meta?.warnings?.join(" ")).toMatch(/dropped for lack of evidence/);
  });
});
