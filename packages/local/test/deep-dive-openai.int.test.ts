import type { FakeOpenAi, Recording } from "@futodama/ai/testing";
import { MatchAnalysisV1Schema } from "@futodama/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LocalRuntime } from "../src/runtime";
import {
  deepDiveCv,
  deepDiveJob,
  emptyJob,
  emptyResume,
  fakeAnalysis,
  injection,
  startWithFakeOpenAi,
  uploadParsed,
  waitForSession,
} from "./deep-dive-support";
import { call, tokenFor } from "./support";

/*
 * Step 2 on the local runtime with OPENAI_API_KEY set, against the fake OpenAI server. With a
 * key, ingest also asks the model (card extraction): those requests get an empty extraction, so
 * the cards stay the deterministic parser's, and the analyses get their own recordings.
 */

const recordings: Recording[] = [
  // Extraction prompts first: their user messages contain the CV too.
  { match: "Extract the candidate's name", answer: emptyResume },
  { match: "Extract the job title", answer: emptyJob },
  {
    match: "maja@example.com",
    answer: fakeAnalysis(80, ["Built services with TypeScript", "Led a team of 200 engineers at Google"]),
  },
  { match: "lars@example.com", answer: fakeAnalysis(60, ["Backend Developer, Acme ApS"]) },
  { match: "ivo@example.com", answer: fakeAnalysis(100, ["Ran production systems"]) },
];

const tenant = "deep-dive-ai";
let fake: FakeOpenAi;
let runtime: LocalRuntime;
let recruiter: string;
let jobId: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  ({ fake, runtime } = await startWithFakeOpenAi(recordings));
  recruiter = await tokenFor(runtime, tenant, "recruiter");
  jobId = await uploadParsed(runtime, recruiter, "job", deepDiveJob, "job.txt");
  ids.maja = await uploadParsed(
    runtime,
    recruiter,
    "resume",
    deepDiveCv(
      "Maja Jensen",
      "maja@example.com",
      "Senior Backend Engineer",
      "TypeScript, Node.js, PostgreSQL, AWS Lambda",
    ),
    "maja.txt",
  );
  ids.lars = await uploadParsed(
    runtime,
    recruiter,
    "resume",
    deepDiveCv("Lars Berg", "lars@example.com", "Backend Developer", "TypeScript, MySQL", "", 2019),
    "lars.txt",
  );
  ids.ivo = await uploadParsed(
    runtime,
    recruiter,
    "resume",
    deepDiveCv("Ivo Trick", "ivo@example.com", "Backend Developer", "JavaScript, MySQL", injection, 2021),
    "ivo.txt",
  );
}, 60_000);
afterAll(async () => {
  await runtime?.stop();
  await fake?.stop();
});

type Result = { resumeId: string; score: number; analysis?: unknown };

describe("match step 2 with OpenAI (fake server) on the local runtime", () => {
  it("retries injected 429/500s, drops fabricated quotes and never lets an injection raise a score", async () => {
    const requestsBefore = fake.requests.length;
    fake.failNext(429, 500, 429);
    const started = await call(runtime, "POST", `/api/jobs/${jobId}/match/step2`, {
      token: recruiter,
      json: { top: 3 },
    });
    expect(started.status, JSON.stringify(started.body)).toBe(202);
    const done = await waitForSession(runtime, recruiter, String(started.body.id));
    expect(done.body).toMatchObject({ status: "done", progress: { total: 3, done: 3, failed: 0 } });
    // 3 analyses + 3 failed attempts that the workflow retried.
    expect(fake.requests.length - requestsBefore).toBe(6);
    const execution = runtime.executor.list("MatchDeepDive").find((x) => x.name === started.body.id);
    const retried = runtime.executor
      .history(String(execution?.executionArn))
      .filter((e) => e.type === "StateRetried");
    expect(retried).toHaveLength(3);

    const byId = new Map(
      (done.body.results as Result[]).map((r) => [r.resumeId, MatchAnalysisV1Schema.parse(r.analysis)]),
    );
    const maja = byId.get(ids.maja ?? "");
    expect(maja).toMatchObject({ provider: "openai", rule_based: false });
    expect(maja?.evidence.map((e) => e.quote)).toEqual(["Built services with TypeScript"]);
    expect(maja?.notes.join(" ")).toMatch(/1 quote\(s\) dropped/);
    const ivo = byId.get(ids.ivo ?? "");
    expect(ivo?.injection_detected).toBe(true);
    expect(ivo?.score).toBeLessThanOrEqual(ivo?.step1_score ?? -1);
    const ivoRequest = fake.requests.find((r) =>
      r.messages.some((m) => m.content.includes("ivo@example.com") && m.content.includes("<step1>")),
    );
    expect(JSON.stringify(ivoRequest)).not.toMatch(/ignore all previous instructions/i);
  });

  it("a candidate the model cannot analyse is counted as failed, with the reason, and the others finish", async () => {
    // No recording matches this CV: the fake answers 400, an UpstreamError that is not retried.
    ids.nova = await uploadParsed(
      runtime,
      recruiter,
      "resume",
      deepDiveCv("Nova Unknown", "nova@example.com", "Backend Engineer", "TypeScript, PostgreSQL"),
      "nova.txt",
    );
    const started = await call(runtime, "POST", `/api/jobs/${jobId}/match/step2`, {
      token: recruiter,
      json: { resumeIds: [ids.nova, ids.lars] },
    });
    const done = await waitForSession(runtime, recruiter, String(started.body.id));
    expect(done.body).toMatchObject({ status: "done", progress: { total: 2, done: 1, failed: 1 } });
    const results = done.body.results as Array<
      Result & { analysisError?: string; analysisErrorCode?: string }
    >;
    const nova = results.find((r) => r.resumeId === ids.nova);
    expect(nova?.analysis).toBeUndefined();
    expect(nova?.analysisError).toMatch(/rejected the request \(400\)/);
    expect(nova?.analysisErrorCode).toBe("ai.rejected");
    expect(results.find((r) => r.resumeId === ids.lars)?.analysis).toBeDefined();
  });
});
