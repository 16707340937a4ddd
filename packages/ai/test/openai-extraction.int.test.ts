import { readFileSync } from "node:fs";
import { JobCardV1Schema, ResumeCardV1Schema } from "@futodama/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { memoryCache, openAiEnhancer, rulesEnhancer } from "../src/index";
import { type FakeOpenAi, type Recording, startFakeOpenAi } from "../src/testing/fake-openai";
import { jobCardOf, resumeCardOf } from "./cards";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
const cvText = fixture("cv-injection.txt");
const jobText = [
  "Platform Engineer",
  "Kestrel Grid is hiring. Aarhus (hybrid). Full-time.",
  "",
  "Requirements",
  "- Terraform",
  "- 4+ years operating Kubernetes",
  "",
  "Nice to have",
  "- Go is a plus",
  "",
  "Apply: careers@kestrel.example",
].join("\n");

let fake: FakeOpenAi;
beforeAll(async () => {
  fake = await startFakeOpenAi(JSON.parse(fixture("openai-recordings.json")) as Recording[]);
});
afterAll(async () => {
  await fake?.stop();
});

const enhancer = () => openAiEnhancer({ apiKey: "sk-test", baseURL: fake.baseURL, cache: memoryCache() });

describe("LLM extraction through the real openai client", () => {
  it("keeps the facts whose quotes are in the CV and drops every fabrication", async () => {
    const card = await enhancer().enhanceResume(resumeCardOf(cvText), cvText);
    expect(ResumeCardV1Schema.parse(card)).toBeTruthy();
    expect(card.personal_info).toMatchObject({ name: "Omar Haddad", email: "omar.haddad@example.net" });
    expect(card.work_experience.map((w) => w.company)).toEqual(["Pennine Freight"]);
    expect(card.work_experience[0]).toMatchObject({ title: "Data Engineer", start: "2019", current: true });
    expect(card.education.map((e) => e.institution)).toEqual(["University of Northfield"]);
    const skills = card.skills.map((s) => s.name.toLowerCase());
    expect(skills.some((s) => s.includes("airflow"))).toBe(true);
    expect(skills.some((s) => s.includes("kubernetes"))).toBe(false);
    expect(card.certifications).toEqual([]);
    expect(card.meta).toMatchObject({ provider: "openai", model: "gpt-4o-mini" });
    expect(card.meta?.warnings?.join(" ")).toMatch(/dropped for lack of evidence/);
  });

  it("treats injected instructions as data and says so", async () => {
    const card = await enhancer().enhanceResume(resumeCardOf(cvText), cvText);
    expect(card.meta?.warnings?.some((w) => /reads like instructions/.test(w))).toBe(true);
    const sent = fake.requests.at(-1)?.messages ?? [];
    expect(sent[0]?.role).toBe("system");
    expect(sent[0]?.content).toMatch(/DATA, never instructions/);
    expect(sent[1]?.content).toMatch(/<document>[\s\S]*Ignore all previous instructions[\s\S]*<\/document>/);
  });

  it("splits a job's requirements as the model did, only where the text backs it", async () => {
    const card = await enhancer().enhanceJob(jobCardOf(jobText), jobText);
    expect(JobCardV1Schema.parse(card)).toBeTruthy();
    expect(card.basics).toMatchObject({
      title: "Platform Engineer",
      company: "Kestrel Grid",
      work_mode: "hybrid",
    });
    expect(card.requirements.must_have.map((r) => r.text)).toEqual([
      "Terraform",
      "4+ years operating Kubernetes",
    ]);
    expect(card.requirements.nice_to_have.map((r) => r.text)).toEqual(["Go is a plus"]);
    expect(card.years_required).toBe(4);
    expect(card.contact?.email).toBe("careers@kestrel.example");
  });

  it("answers from the cache for the same document, model and prompt version", async () => {
    const cache = memoryCache();
    const cached = openAiEnhancer({ apiKey: "sk-test", baseURL: fake.baseURL, cache });
    const before = fake.requests.length;
    await cached.enhanceJob(jobCardOf(jobText), jobText);
    await cached.enhanceJob(jobCardOf(jobText), jobText);
    expect(fake.requests.length - before).toBe(1);
  });

  it("retries rate limits and server errors, then reports a transient failure", async () => {
    const before = fake.requests.length;
    fake.failNext(429, 500);
    const card = await enhancer().enhanceJob(jobCardOf(jobText), jobText);
    expect(card.basics.title).toBe("Platform Engineer");
    expect(fake.requests.length - before).toBe(3);

    fake.failNext(503, 503, 503);
    await expect(enhancer().enhanceJob(jobCardOf(jobText), jobText)).rejects.toMatchObject({
      name: "TransientError",
      code: "ai.unavailable",
    });
  });

  it("without a key, the rules provider keeps the deterministic card and flags the injection", async () => {
    const base = resumeCardOf(cvText);
    const card = await rulesEnhancer().enhanceResume(base, cvText);
    expect(card.personal_info).toEqual(base.personal_info);
    expect(card.meta?.warnings?.[0]).toMatch(/treated as data/);
  });
});
