import { readFileSync } from "node:fs";
import { DeleteObjectCommand } from "@aws-sdk/client-s3";
import { type ResumeCardV1, ResumeTailorV1Schema } from "@futodama/core";
import { derivedKey } from "@futodama/services";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LocalRuntime } from "../src/runtime";
import { uploadParsed } from "./deep-dive-support";
import { type ApiResponse, call, fileForm, startTestRuntime, tokenFor, waitUntilSettled } from "./support";

/* Tailoring over real HTTP on the local runtime, rules provider (no key): Tailor end to end. */

const tenant = "tailor-tenant";
const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
let runtime: LocalRuntime;
let recruiter: string;
let jobId: string;
let resumeId: string;
let source: ResumeCardV1;

beforeAll(async () => {
  runtime = await startTestRuntime();
  recruiter = await tokenFor(runtime, tenant, "recruiter");
  jobId = await uploadParsed(runtime, recruiter, "job", fixture("job-backend.txt"), "job-backend.txt");
  resumeId = await uploadParsed(runtime, recruiter, "resume", fixture("cv-ada.txt"), "cv-ada.txt");
  const resume = await call(runtime, "GET", `/api/resumes/${resumeId}`, { token: recruiter });
  source = resume.body.card as ResumeCardV1;
}, 60_000);
afterAll(async () => {
  await runtime?.stop();
});

function tailor(body: unknown, token = recruiter): Promise<ApiResponse> {
  return call(runtime, "POST", "/api/tailor-resume", { token, json: body });
}

/** Polls GET /api/tailorings/:id until it leaves queued/running. */
async function waitForTailoring(id: string, timeoutMs = 30_000): Promise<ApiResponse> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const res = await call(runtime, "GET", `/api/tailorings/${id}`, { token: recruiter });
    if (res.status !== 200 || (res.body.status !== "queued" && res.body.status !== "running")) return res;
    if (Date.now() > deadline) throw new Error(`tailoring ${id} still ${String(res.body.status)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function download(path: string) {
  const res = await fetch(`${runtime.apiUrl}${path}`, { headers: { authorization: `Bearer ${recruiter}` } });
  return { res, bytes: new Uint8Array(await res.arrayBuffer()) };
}

const employers = (card: ResumeCardV1) => card.work_experience.map((w) => w.company);

let doneId: string | undefined;
/** One tailoring of Ada's CV to the backend job, done (created once, on first need). */
async function doneTailoring(): Promise<string> {
  if (doneId) return doneId;
  const started = await tailor({ jobId, resumeId });
  expect(started.status, JSON.stringify(started.body)).toBe(202);
  const done = await waitForTailoring(String(started.body.id));
  expect(done.body.status, JSON.stringify(done.body.error)).toBe("done");
  doneId = String(started.body.id);
  return doneId;
}

describe("tailoring over HTTP (rules provider)", () => {
  it("tailors a CV to a job: 202, then a verified bundle that keeps who the candidate is", async () => {
    const started = await tailor({ jobId, resumeId });
    expect(started.status, JSON.stringify(started.body)).toBe(202);
    expect(started.body).toMatchObject({
      status: "queued",
      jobId,
      resumeId,
      options: { style: "conservative", strategy: "keywords" },
      provider: "rules",
      finishedAt: null,
      error: null,
      bundle: null,
    });
    const id = String(started.body.id);
    const done = await waitForTailoring(id);
    expect(done.body).toMatchObject({ id, status: "done", error: null });
    expect(typeof done.body.finishedAt).toBe("string");

    const bundle = ResumeTailorV1Schema.parse(done.body.bundle);
    expect(bundle).toMatchObject({ provider: "rules", model: null, injection_detected: false });
    expect(bundle.verification).toMatchObject({ passed: true, violations: [] });
    const card = bundle.tailored_card;
    expect(card.personal_info.name).toBe("Ada Nordlund");
    expect(card.personal_info.name).toBe(source.personal_info.name);
    expect(card.personal_info.email).toBe(source.personal_info.email);
    expect(employers(card)).toEqual(employers(source));
    expect(employers(card)).toEqual(["Fjordline Logistics", "Havn Software"]);
    expect(card.education.map((e) => e.degree)).toEqual(source.education.map((e) => e.degree));
    // A change log a recruiter can read: every edit with its path, before, after and why.
    expect(bundle.changes.length).toBeGreaterThan(0);
    for (const change of bundle.changes) expect(change.reason.length).toBeGreaterThan(0);
    // The job's requirements as the CV covers them; the gaps are listed, never added to the CV.
    expect(bundle.coverage.must_have.length).toBeGreaterThan(0);
    expect(bundle.coverage.gaps.length).toBeGreaterThan(0);
    const skills = card.skills.map((s) => s.name.toLowerCase());
    for (const gap of bundle.coverage.gaps) expect(skills).not.toContain(gap.toLowerCase());

    // The execution is named after the tailoring, so ops find it by id.
    const execution = runtime.executor.list("Tailor").find((x) => x.name === id);
    expect(execution?.status).toBe("SUCCEEDED");
    doneId = id;
  });

  it("keeps the requested options on the tailoring and in the bundle", async () => {
    const options = { language: "en", style: "impact", strategy: "full" };
    const started = await tailor({ jobId, resumeId, options });
    expect(started.status).toBe(202);
    expect(started.body.options).toEqual(options);
    const done = await waitForTailoring(String(started.body.id));
    expect(done.body.status).toBe("done");
    const bundle = ResumeTailorV1Schema.parse(done.body.bundle);
    expect(bundle.options).toMatchObject(options);
    expect(bundle.verification.passed).toBe(true);
  });

  it("exports the tailored CV as Markdown, DOCX and PDF attachments", async () => {
    const id = await doneTailoring();
    const expected = {
      md: /^text\/markdown/,
      docx: /^application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.document/,
      pdf: /^application\/pdf/,
    };
    for (const [format, type] of Object.entries(expected)) {
      const { res, bytes } = await download(`/api/tailorings/${id}/export?format=${format}`);
      expect(res.status, format).toBe(200);
      expect(res.headers.get("content-type")).toMatch(type);
      expect(res.headers.get("content-disposition")).toBe(
        `attachment; filename="Ada-Nordlund-tailored.${format}"`,
      );
      expect(bytes.length).toBeGreaterThan(0);
      const head = new TextDecoder().decode(bytes.slice(0, 4));
      if (format === "docx") expect(head.slice(0, 2)).toBe("PK");
      if (format === "pdf") expect(head).toBe("%PDF");
      if (format === "md") expect(new TextDecoder().decode(bytes)).toContain("Ada Nordlund");
    }
  });

  it("documents the three routes in the OpenAPI document", async () => {
    const res = await call(runtime, "GET", "/api/openapi.json");
    const paths = res.body.paths as Record<string, Record<string, { operationId: string }>>;
    expect(paths["/api/tailor-resume"]?.post?.operationId).toBe("tailorResume");
    expect(paths["/api/tailorings/{id}"]?.get?.operationId).toBe("getTailoring");
    const exported = paths["/api/tailorings/{id}/export"]?.get as unknown as {
      responses: Record<string, { content: Record<string, unknown> }>;
    };
    expect(Object.keys(exported.responses["200"]?.content ?? {})).toEqual([
      "text/markdown; charset=utf-8",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "application/pdf",
    ]);
  });

  it("answers bad requests with the API's error shape", async () => {
    const unknownJob = await tailor({ jobId: "00000000-0000-4000-8000-000000000000", resumeId });
    expect([unknownJob.status, unknownJob.body.code]).toEqual([404, "job.not_found"]);
    const unknownCv = await tailor({ jobId, resumeId: "00000000-0000-4000-8000-000000000000" });
    expect([unknownCv.status, unknownCv.body.code]).toEqual([404, "resume.not_found"]);

    const blank = await call(runtime, "POST", "/api/resumes/upload", {
      token: recruiter,
      form: fileForm("   \n\n  \t\n", "blank.txt"),
    });
    const failedCv = await waitUntilSettled(runtime, recruiter, `/api/resumes/${String(blank.body.id)}`);
    expect(failedCv.body.status).toBe("failed");
    const unparsed = await tailor({ jobId, resumeId: String(blank.body.id) });
    expect([unparsed.status, unparsed.body.code]).toEqual([409, "tailoring.resume_not_ready"]);

    const loud = await tailor({ jobId, resumeId, options: { style: "loud" } });
    expect([loud.status, loud.body.code]).toEqual([400, "request.invalid"]);
    expect(loud.body.details).toEqual([expect.objectContaining({ path: "options.style" })]);
    const notUuid = await tailor({ jobId: "job-1", resumeId });
    expect([notUuid.status, notUuid.body.code]).toEqual([400, "request.invalid"]);

    const id = await doneTailoring();
    const pptx = await call(runtime, "GET", `/api/tailorings/${id}/export?format=pptx`, { token: recruiter });
    expect([pptx.status, pptx.body.code]).toEqual([400, "request.invalid"]);
    expect(String(pptx.body.error)).toMatch(/md.*docx.*pdf/);
    const missing = await call(runtime, "GET", "/api/tailorings/00000000-0000-4000-8000-000000000000", {
      token: recruiter,
    });
    expect([missing.status, missing.body.code]).toEqual([404, "tailoring.not_found"]);

    const viewer = await tokenFor(runtime, tenant, "viewer");
    expect((await tailor({ jobId, resumeId }, viewer)).status).toBe(403);
    const read = await call(runtime, "GET", `/api/tailorings/${id}`, { token: viewer });
    expect(read.status).toBe(200);
  });

  it("marks the tailoring failed with a readable reason when a step fails, and refuses to export it", async () => {
    const cv = fixture("cv-ada.txt").replace("Ada Nordlund", "Ada Vanished");
    const vanishedId = await uploadParsed(runtime, recruiter, "resume", cv, "cv-vanished.txt");
    const record = await runtime.deps.storage.getRecord(tenant, "resume", vanishedId);
    // The CV's extracted text disappears before the Tailor step reads it.
    await runtime.deps.s3.send(
      new DeleteObjectCommand({
        Bucket: runtime.deps.buckets.uploads,
        Key: derivedKey(tenant, String(record?.documentId), "document.json"),
      }),
    );
    const started = await tailor({ jobId, resumeId: vanishedId });
    expect(started.status).toBe(202);
    const failed = await waitForTailoring(String(started.body.id));
    expect(failed.body).toMatchObject({
      status: "failed",
      bundle: null,
      errorCode: "tailoring.cv_text_missing",
    });
    expect(failed.body.error).toBe(
      "The CV's extracted text is no longer stored; upload the CV again to tailor it",
    );
    const execution = runtime.executor.list("Tailor").find((x) => x.name === started.body.id);
    expect(execution).toMatchObject({ status: "FAILED", error: "TailorFailed" });

    const exported = await call(
      runtime,
      "GET",
      `/api/tailorings/${String(started.body.id)}/export?format=md`,
      {
        token: recruiter,
      },
    );
    expect([exported.status, exported.body.code]).toEqual([409, "tailoring.not_ready"]);
  });
});
