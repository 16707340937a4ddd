import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LocalRuntime } from "../src/runtime";
import { call, fileForm, startTestRuntime, tokenFor, waitUntilSettled } from "./support";

/** Issue 13: the counters the Lambdas write as EMF, on GET /metrics in Prometheus text locally. */
let runtime: LocalRuntime;
beforeAll(async () => {
  runtime = await startTestRuntime();
});
afterAll(async () => {
  await runtime?.stop();
});

describe("GET /metrics", () => {
  it("counts parsed and failed documents (by kind and code) and times step 1", async () => {
    const token = await tokenFor(runtime, "metrics-tenant", "recruiter");
    const good = await call(runtime, "POST", "/api/resumes/upload", {
      token,
      form: fileForm("Metric Person\nmetric@example.com\n\nSkills\nTypeScript", "m.txt"),
    });
    const bad = await call(runtime, "POST", "/api/resumes/upload", {
      token,
      form: fileForm("%PDF-1.7\nnot a pdf", "bad.pdf"),
    });
    const job = await call(runtime, "POST", "/api/jobs", {
      token,
      json: { text: "Metric Role\n\n- TypeScript" },
    });
    await waitUntilSettled(runtime, token, `/api/resumes/${String(good.body.id)}`);
    await waitUntilSettled(runtime, token, `/api/resumes/${String(bad.body.id)}`);
    await waitUntilSettled(runtime, token, `/api/jobs/${String(job.body.id)}`);
    await call(runtime, "POST", `/api/jobs/${String(job.body.id)}/match/step1`, { token, json: {} });

    const res = await fetch(`${runtime.apiUrl}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/plain/);
    const text = await res.text();
    expect(text).toMatch(/^futodama_documents_parsed_total\{kind="resume"\} 1$/m);
    expect(text).toMatch(/^futodama_documents_parsed_total\{kind="job"\} 1$/m);
    expect(text).toMatch(/^futodama_documents_failed_total\{kind="resume",code="document\.corrupt"\} 1$/m);
    expect(text).toMatch(/^futodama_match_step1_ms_count 1$/m);
    expect(text).toContain("# TYPE futodama_match_step1_ms histogram");
  });
});
