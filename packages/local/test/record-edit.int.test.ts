import { describe, expect, it } from "vitest";
import type { LocalRuntime } from "../src/runtime";
import { call, fileForm, tokenFor, useTestRuntime, waitUntilSettled } from "./support";

/*
 * Issue 10 item 5: the recruiter's verbs. PATCH corrects a job or a CV (stages, title, card
 * fields re-validated against the codex), a closed job leaves the live rankings and rematch,
 * and GET …/file hands out a short-lived link to the original file.
 */
let runtime: LocalRuntime;
let token: string;

useTestRuntime({}, (started) => {
  ({ runtime, token } = started);
});

const cvText = "Nora Patch\nnora.patch@example.com\n\nSkills\nPython, SQL, Kubernetes\n";

async function parsedResume(text: string, filename: string): Promise<string> {
  const up = await call(runtime, "POST", "/api/resumes/upload", { token, form: fileForm(text, filename) });
  const id = String(up.body.id);
  expect((await waitUntilSettled(runtime, token, `/api/resumes/${id}`, 90_000)).body.status).toBe("parsed");
  return id;
}

async function parsedJob(text: string): Promise<string> {
  const up = await call(runtime, "POST", "/api/jobs", { token, json: { text } });
  const id = String(up.body.id);
  expect((await waitUntilSettled(runtime, token, `/api/jobs/${id}`, 90_000)).body.status).toBe("parsed");
  return id;
}

describe("PATCH /api/resumes/:id", () => {
  it("sets the pipeline stage and source, filters lists by them, and corrects the card", async () => {
    const id = await parsedResume(cvText, "nora.txt");
    const before = await call(runtime, "GET", `/api/resumes/${id}`, { token });
    expect(before.body).toMatchObject({ pipelineStatus: "available", source: "uploaded" });

    const patched = await call(runtime, "PATCH", `/api/resumes/${id}`, {
      token,
      json: {
        pipelineStatus: "interviewing",
        source: "internal",
        card: { summary: "Data engineer, corrected" },
      },
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ pipelineStatus: "interviewing", source: "internal" });
    expect((patched.body.card as { summary?: string }).summary).toBe("Data engineer, corrected");
    // The rest of the card is kept (merge patch), and the correction is stored.
    expect((patched.body.card as { personal_info: { email?: string } }).personal_info.email).toBe(
      "nora.patch@example.com",
    );
    expect((await call(runtime, "GET", `/api/resumes/${id}`, { token })).body).toEqual(patched.body);

    const interviewing = await call(
      runtime,
      "GET",
      "/api/resumes?pipelineStatus=interviewing&source=internal",
      {
        token,
      },
    );
    expect((interviewing.body.items as Array<{ id: string }>).map((r) => r.id)).toEqual([id]);
    const available = await call(runtime, "GET", "/api/resumes?pipelineStatus=available", { token });
    expect((available.body.items as Array<{ id: string }>).map((r) => r.id)).not.toContain(id);
  });

  it("refuses a correction that breaks the card schema, nothing to change, and viewers", async () => {
    const id = await parsedResume("Olga Invalid\nolga@example.com\n\nSkills\nGo\n", "olga.txt");
    const broken = await call(runtime, "PATCH", `/api/resumes/${id}`, {
      token,
      json: { card: { skills: "not a list" } },
    });
    expect(broken).toMatchObject({ status: 400, body: { code: "resume.invalid_card" } });
    const schema = await call(runtime, "PATCH", `/api/resumes/${id}`, {
      token,
      json: { card: { schema: "job-card-v1" } },
    });
    expect(schema).toMatchObject({ status: 400, body: { code: "resume.invalid_card" } });
    expect((await call(runtime, "PATCH", `/api/resumes/${id}`, { token, json: {} })).status).toBe(400);
    expect(
      (await call(runtime, "PATCH", `/api/resumes/${id}`, { token, json: { pipelineStatus: "promoted" } }))
        .status,
    ).toBe(400);
    const viewer = await tokenFor(runtime, "acme", "viewer");
    const forbidden = await call(runtime, "PATCH", `/api/resumes/${id}`, {
      token: viewer,
      json: { pipelineStatus: "hired" },
    });
    expect(forbidden).toMatchObject({ status: 403, body: { code: "auth.forbidden" } });
    expect((await call(runtime, "DELETE", `/api/resumes/${id}`, { token: viewer })).status).toBe(403);
    const unchanged = await call(runtime, "GET", `/api/resumes/${id}`, { token });
    expect(unchanged.body).toMatchObject({ pipelineStatus: "available", title: "Olga Invalid" });
  });
});

describe("PATCH /api/jobs/:id", () => {
  it("a closed job leaves the live ranking, is not scored against new CVs and is not rematched", async () => {
    const jobId = await parsedJob("Data Engineer\nRemote\n\nRequirements\n- Python\n- SQL");
    await parsedResume("Pia Ranked\npia@example.com\n\nSkills\nPython, SQL\n", "pia.txt");
    expect(await runtime.deps.storage.countLiveScores("acme", [jobId])).toBeGreaterThan(0);
    expect((await runtime.deps.storage.listOpenJobRefs("acme")).map((j) => j.jobId)).toContain(jobId);

    const title = await call(runtime, "PATCH", `/api/jobs/${jobId}`, {
      token,
      json: { title: "Senior Data Engineer" },
    });
    expect(title.body).toMatchObject({ title: "Senior Data Engineer", jobStatus: "open" });

    const closed = await call(runtime, "PATCH", `/api/jobs/${jobId}`, {
      token,
      json: { jobStatus: "closed" },
    });
    expect(closed).toMatchObject({ status: 200, body: { jobStatus: "closed" } });
    expect(await runtime.deps.storage.countLiveScores("acme", [jobId])).toBe(0);
    expect((await runtime.deps.storage.listOpenJobRefs("acme")).map((j) => j.jobId)).not.toContain(jobId);
    await parsedResume("Quinn Later\nquinn@example.com\n\nSkills\nPython, SQL\n", "quinn.txt");
    expect(await runtime.deps.storage.countLiveScores("acme", [jobId])).toBe(0);
    const listed = await call(runtime, "GET", "/api/jobs?jobStatus=closed", { token });
    expect((listed.body.items as Array<{ id: string }>).map((j) => j.id)).toEqual([jobId]);

    // Corrections to the card are checked against the job's own codex schema.
    const card = await call(runtime, "PATCH", `/api/jobs/${jobId}`, {
      token,
      json: { card: { basics: { title: 42 } } },
    });
    expect(card).toMatchObject({ status: 400, body: { code: "job.invalid_card" } });
  });
});

describe("GET /api/{jobs,resumes}/:id/file", () => {
  it("hands out a short-lived link to the original file, named as uploaded", async () => {
    const id = await parsedResume("Rosa File\nrosa@example.com\n\nSkills\nRust\n", "Rosa File CV.txt");
    const link = await call(runtime, "GET", `/api/resumes/${id}/file`, {
      token: await tokenFor(runtime, "acme", "viewer"),
    });
    expect(link.status).toBe(200);
    expect(link.body).toMatchObject({
      method: "GET",
      filename: "Rosa File CV.txt",
      contentType: "text/plain",
    });
    const expiresIn = Date.parse(String(link.body.expiresAt)) - Date.now();
    expect(expiresIn).toBeGreaterThan(0);
    expect(expiresIn).toBeLessThanOrEqual(300_000);
    const download = await fetch(String(link.body.url));
    expect(download.status).toBe(200);
    expect(await download.text()).toBe("Rosa File\nrosa@example.com\n\nSkills\nRust\n");
    // The link is signed: an edited one is refused, as S3 refuses it.
    const edited = new URL(String(link.body.url));
    edited.searchParams.set("X-Amz-Expires", "604800");
    expect((await fetch(edited)).status).toBe(403);
  });
});
