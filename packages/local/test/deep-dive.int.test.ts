import { MatchAnalysisV1Schema } from "@futodama/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LocalRuntime } from "../src/runtime";
import { deepDiveCv, deepDiveJob, injection, uploadParsed, waitForSession } from "./deep-dive-support";
import { call, startTestRuntime, tokenFor } from "./support";

/* Step 2 over real HTTP on the local runtime, rules provider (no key): MatchDeepDive end to end. */

const tenant = "deep-dive-tenant";
let runtime: LocalRuntime;
let recruiter: string;
let jobId: string;
const ids: Record<string, string> = {};

const cvs = {
  strong: deepDiveCv(
    "Maja Jensen",
    "maja@example.com",
    "Senior Backend Engineer",
    "TypeScript, Node.js, PostgreSQL, AWS Lambda, S3, Docker",
  ),
  good: deepDiveCv(
    "Lars Berg",
    "lars@example.com",
    "Backend Developer",
    "TypeScript, Node.js, MySQL, Docker",
    "",
    2019,
  ),
  injected: deepDiveCv(
    "Ivo Trick",
    "ivo@example.com",
    "Backend Developer",
    "JavaScript, MySQL",
    injection,
    2021,
  ),
  weak: deepDiveCv("Ole Hansen", "ole@example.com", "Pastry Chef", "Baking, Food safety", "", 2018),
};

beforeAll(async () => {
  runtime = await startTestRuntime();
  recruiter = await tokenFor(runtime, tenant, "recruiter");
  jobId = await uploadParsed(runtime, recruiter, "job", deepDiveJob, "job.txt");
  for (const [name, text] of Object.entries(cvs))
    ids[name] = await uploadParsed(runtime, recruiter, "resume", text, `${name}.txt`);
}, 60_000);
afterAll(async () => {
  await runtime?.stop();
});

type Result = { resumeId: string; rank: number; score: number; analysis?: unknown; analysisError?: string };

describe("match step 2 over HTTP (rules provider)", () => {
  it("analyses the top 3 of a step-1 session: 202, progress, then an honest rule-based analysis each", async () => {
    const step1 = await call(runtime, "POST", `/api/jobs/${jobId}/match/step1`, {
      token: recruiter,
      json: {},
    });
    expect(step1.status).toBe(200);
    const ranked = (step1.body.results as Result[]).map((r) => r.resumeId);

    const started = await call(runtime, "POST", `/api/jobs/${jobId}/match/step2`, {
      token: recruiter,
      json: { sessionId: step1.body.id, top: 3 },
    });
    expect(started.status, JSON.stringify(started.body)).toBe(202);
    expect(started.body).toMatchObject({
      jobId,
      kind: "step2",
      status: "running",
      progress: { total: 3, done: 0, failed: 0 },
    });

    const done = await waitForSession(runtime, recruiter, String(started.body.id));
    expect(done.body).toMatchObject({ status: "done", progress: { total: 3, done: 3, failed: 0 } });
    const results = done.body.results as Result[];
    expect(results.map((r) => r.resumeId)).toEqual(ranked.slice(0, 3));
    for (const r of results) {
      const analysis = MatchAnalysisV1Schema.parse(r.analysis);
      expect(analysis).toMatchObject({ rule_based: true, provider: "rules", model: null, score: r.score });
      expect(analysis.notes.join(" ")).toMatch(/Rule-based/);
    }
    const best = MatchAnalysisV1Schema.parse(results[0]?.analysis);
    expect(best.strengths.join(" ")).toMatch(/PostgreSQL/);
    expect(best.evidence.length).toBeGreaterThan(0);
    for (const e of best.evidence) expect(cvs.strong).toContain(e.quote);

    // The execution is named after the session, so ops find it by id.
    const execution = runtime.executor.list("MatchDeepDive").find((x) => x.name === started.body.id);
    expect(execution?.status).toBe("SUCCEEDED");
  });

  it("flags an injection attempt in a CV and never scores it above step 1", async () => {
    const started = await call(runtime, "POST", `/api/jobs/${jobId}/match/step2`, {
      token: recruiter,
      json: { resumeIds: [ids.injected, ids.weak] },
    });
    expect(started.status).toBe(202);
    const done = await waitForSession(runtime, recruiter, String(started.body.id));
    const results = done.body.results as Result[];
    const injected = results.find((r) => r.resumeId === ids.injected);
    const analysis = MatchAnalysisV1Schema.parse(injected?.analysis);
    expect(analysis.injection_detected).toBe(true);
    expect(analysis.injection_notes.join(" ")).toMatch(/Ignore all previous instructions/i);
    expect(analysis.score).toBeLessThanOrEqual(analysis.step1_score);
    expect(analysis.score).toBeLessThan(50);
    const clean = MatchAnalysisV1Schema.parse(results.find((r) => r.resumeId === ids.weak)?.analysis);
    expect(clean.injection_detected).toBe(false);
  });

  it("answers the API's error shape for bad requests", async () => {
    const both = await call(runtime, "POST", `/api/jobs/${jobId}/match/step2`, {
      token: recruiter,
      json: { sessionId: ids.strong, resumeIds: [ids.strong] },
    });
    expect([both.status, both.body.code]).toEqual([400, "request.invalid"]);
    const notStep1 = await call(runtime, "POST", `/api/jobs/${jobId}/match/step2`, {
      token: recruiter,
      json: { resumeIds: [ids.strong] },
    });
    const step2 = await waitForSession(runtime, recruiter, String(notStep1.body.id));
    const fromStep2 = await call(runtime, "POST", `/api/jobs/${jobId}/match/step2`, {
      token: recruiter,
      json: { sessionId: step2.body.id },
    });
    expect([fromStep2.status, fromStep2.body.code]).toEqual([409, "match.not_a_step1_session"]);
    const viewer = await tokenFor(runtime, tenant, "viewer");
    const forbidden = await call(runtime, "POST", `/api/jobs/${jobId}/match/step2`, {
      token: viewer,
      json: {},
    });
    expect(forbidden.status).toBe(403);
  });

  it("without a session or ids, analyses the best of a fresh ranking", async () => {
    const started = await call(runtime, "POST", `/api/jobs/${jobId}/match/step2`, {
      token: recruiter,
      json: { top: 2 },
    });
    expect(started.status).toBe(202);
    const done = await waitForSession(runtime, recruiter, String(started.body.id));
    expect(done.body).toMatchObject({
      status: "done",
      options: { top: 2 },
      progress: { total: 2, done: 2, failed: 0 },
    });
    expect((done.body.results as Result[])[0]?.resumeId).toBe(ids.strong);
  });
});
