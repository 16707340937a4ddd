import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LocalRuntime } from "../src/runtime";
import { call, fileForm, startTestRuntime, tokenFor, waitUntilSettled } from "./support";

/* Step 1 over real HTTP on the local runtime: upload, parse through the workflow, rank, page, feedback. */

const tenant = "match-tenant";
const categories = ["must_have", "nice_to_have", "title", "seniority", "languages", "location", "education"];
const job = `Senior Backend Engineer

Nordlys Data ApS — Copenhagen, Denmark (hybrid)

Requirements
- 5+ years of experience with TypeScript and Node.js
- Strong PostgreSQL skills
- Experience with AWS (Lambda, S3)

Nice to have
- Docker and Kubernetes
`;

const cv = (name: string, title: string, skills: string, since = 2016) =>
  `${name}\n${name.toLowerCase().replace(" ", ".")}@example.com | Copenhagen, Denmark\n\nExperience\n${title}, Acme ApS — Jan ${since} – Present\n- Worked with ${skills}.\n\nSkills\n${skills}\n\nLanguages\nEnglish (fluent)\n`;

const cvs = {
  strong: cv(
    "Maja Jensen",
    "Senior Backend Engineer",
    "TypeScript, Node.js, PostgreSQL, AWS Lambda, S3, Docker, Kubernetes",
  ),
  middle: cv("Lars Berg", "Backend Developer", "JavaScript, MySQL, Docker", 2021),
  weak: cv("Ole Hansen", "Pastry Chef", "Baking, Food safety", 2018),
};

let runtime: LocalRuntime;
let recruiter: string;
let viewer: string;
let jobId: string;
const resumeIds: Record<string, string> = {};

async function uploadCv(name: string, text: string): Promise<string> {
  const res = await call(runtime, "POST", "/api/resumes/upload", {
    token: recruiter,
    form: fileForm(text, `${name}.txt`),
  });
  expect(res.status).toBe(202);
  const id = String(res.body.id);
  expect((await waitUntilSettled(runtime, recruiter, `/api/resumes/${id}`)).body.status).toBe("parsed");
  return id;
}

beforeAll(async () => {
  runtime = await startTestRuntime();
  recruiter = await tokenFor(runtime, tenant, "recruiter");
  viewer = await tokenFor(runtime, tenant, "viewer");
  const created = await call(runtime, "POST", "/api/jobs", { token: recruiter, json: { text: job } });
  jobId = String(created.body.id);
  expect((await waitUntilSettled(runtime, recruiter, `/api/jobs/${jobId}`)).body.status).toBe("parsed");
  for (const [name, text] of Object.entries(cvs)) resumeIds[name] = await uploadCv(name, text);
});
afterAll(async () => {
  await runtime?.stop();
});

describe("match step 1 over HTTP", () => {
  it("ranks the tenant's candidates, best first, with a breakdown for every category", async () => {
    const res = await call(runtime, "POST", `/api/jobs/${jobId}/match/step1`, { token: recruiter, json: {} });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({
      jobId,
      kind: "step1",
      status: "done",
      options: { top: 50 },
      progress: { total: 3, done: 3, failed: 0 },
      nextCursor: null,
    });
    const results = res.body.results as Array<Record<string, unknown>>;
    expect(results.map((r) => r.resumeId)).toEqual([resumeIds.strong, resumeIds.middle, resumeIds.weak]);
    expect(results.map((r) => r.rank)).toEqual([1, 2, 3]);
    expect(results[0]).toMatchObject({ name: "Maja Jensen", filename: "strong.txt", missingMustHaves: [] });
    const scores = results.map((r) => Number(r.score));
    expect(scores[0]).toBeGreaterThan(scores[2] ?? 100);
    for (const r of results)
      expect(Object.keys(r.breakdown as object).sort()).toEqual([...categories].sort());
    expect(results[2]?.missingMustHaves).toEqual(expect.arrayContaining([expect.any(String)]));
    for (const r of results) expect(r.coverage).toBe(1);
  });

  it("flags a job with no extractable requirement and never scores it 100: coverage says why", async () => {
    const vague = `Senior Backend Engineer\nCompany: Nordlys Data ApS\nLocation: Copenhagen, Denmark\n\nWe are a friendly team in the heart of the city. Join us and grow with a company that cares about its people.\n`;
    const created = await call(runtime, "POST", "/api/jobs", { token: recruiter, json: { text: vague } });
    const id = String(created.body.id);
    const parsed = await waitUntilSettled(runtime, recruiter, `/api/jobs/${id}`);
    expect(parsed.body.status).toBe("parsed");
    const card = parsed.body.card as { missing_fields: Array<{ field: string; severity: string }> };
    expect(card.missing_fields).toContainEqual(
      expect.objectContaining({ field: "requirements.must_have", severity: "critical" }),
    );
    const res = await call(runtime, "POST", `/api/jobs/${id}/match/step1`, { token: recruiter, json: {} });
    expect(res.status).toBe(200);
    const results = res.body.results as Array<{
      resumeId: string;
      score: number;
      coverage: number;
      breakdown: { must_have: { unknown?: boolean } };
    }>;
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) {
      expect(r.coverage).toBeLessThan(1);
      expect(r.score).toBeLessThanOrEqual(100 * r.coverage);
      expect(r.breakdown.must_have.unknown).toBe(true);
    }
    // Within the job the ranking still works: the CV with the job's own title comes first.
    expect(results[0]?.resumeId).toBe(resumeIds.strong);
  });

  it("keeps the top N, applies weights, lists sessions newest first and pages results by rank", async () => {
    const res = await call(runtime, "POST", `/api/jobs/${jobId}/match/step1`, {
      token: recruiter,
      json: { top: 2, weights: { location: 0 } },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ options: { top: 2, weights: { location: 0 } }, progress: { total: 2 } });
    const results = res.body.results as Array<{ breakdown: { location: { weight: number } } }>;
    expect(results).toHaveLength(2);
    expect(results[0]?.breakdown.location.weight).toBe(0);

    const list = await call(runtime, "GET", `/api/jobs/${jobId}/match-sessions`, { token: viewer });
    expect(list.status).toBe(200);
    const sessions = list.body.items as Array<{ id: string }>;
    expect(sessions.length).toBeGreaterThanOrEqual(2);
    expect(sessions[0]?.id).toBe(res.body.id);

    // Newest first: this run, the first test's run, then the one DocumentIngest's Match step made at parse time.
    const first = sessions[1]?.id ?? "";
    const page1 = await call(runtime, "GET", `/api/match-sessions/${first}?limit=2`, { token: viewer });
    expect(page1.status).toBe(200);
    expect((page1.body.results as Array<{ rank: number }>).map((r) => r.rank)).toEqual([1, 2]);
    const cursor = encodeURIComponent(String(page1.body.nextCursor));
    const page2 = await call(runtime, "GET", `/api/match-sessions/${first}?limit=2&cursor=${cursor}`, {
      token: viewer,
    });
    expect((page2.body.results as Array<{ rank: number; resumeId: string }>).map((r) => r.resumeId)).toEqual([
      resumeIds.weak,
    ]);
    expect(page2.body.nextCursor).toBeNull();
  });

  it("sees a CV parsed after the index was built", async () => {
    const late = await uploadCv(
      "late",
      cv("Ida Holm", "Backend Engineer", "TypeScript, Node.js, PostgreSQL, AWS", 2015),
    );
    const res = await call(runtime, "POST", `/api/jobs/${jobId}/match/step1`, { token: recruiter, json: {} });
    expect((res.body.results as Array<{ resumeId: string }>).map((r) => r.resumeId)).toContain(late);
    expect(res.body).toMatchObject({ progress: { total: 4 } });
  });

  it("records feedback on a candidate of a session", async () => {
    const run = await call(runtime, "POST", `/api/jobs/${jobId}/match/step1`, { token: recruiter, json: {} });
    const path = `/api/match-sessions/${String(run.body.id)}/feedback`;
    const ok = await call(runtime, "POST", path, {
      token: recruiter,
      json: { resumeId: resumeIds.strong, verdict: "hired", notes: "Strong system design" },
    });
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({
      resumeId: resumeIds.strong,
      verdict: "hired",
      notes: "Strong system design",
    });
    const bad = await call(runtime, "POST", path, {
      token: recruiter,
      json: { resumeId: resumeIds.weak, verdict: "meh" },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe("request.invalid");
    const unknown = await call(runtime, "POST", path, {
      token: recruiter,
      json: { resumeId: randomUUID(), verdict: "negative" },
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe("resume.not_found");
    const asViewer = await call(runtime, "POST", path, {
      token: viewer,
      json: { resumeId: resumeIds.weak, verdict: "negative" },
    });
    expect(asViewer.status).toBe(403);
  });

  it("answers 404 for unknown jobs and sessions, 409 for a job not parsed yet, 400 for bad input", async () => {
    const missingJob = await call(runtime, "POST", `/api/jobs/${randomUUID()}/match/step1`, {
      token: recruiter,
      json: {},
    });
    expect([missingJob.status, missingJob.body.code]).toEqual([404, "job.not_found"]);
    const missingSessions = await call(runtime, "GET", `/api/jobs/${randomUUID()}/match-sessions`, {
      token: viewer,
    });
    expect([missingSessions.status, missingSessions.body.code]).toEqual([404, "job.not_found"]);
    const missingSession = await call(runtime, "GET", `/api/match-sessions/${randomUUID()}`, {
      token: viewer,
    });
    expect([missingSession.status, missingSession.body.code]).toEqual([404, "match_session.not_found"]);

    // Registered but never processed: the job exists and is still queued.
    const queued = await runtime.deps.storage.registerDocument(tenant, {
      kind: "job",
      source: "api",
      bucket: "none",
      s3Key: "never/processed.txt",
      filename: "processed.txt",
      sha256: "f".repeat(64),
      mime: "text/plain",
      sizeBytes: 1,
    });
    const notReady = await call(runtime, "POST", `/api/jobs/${queued.record.id}/match/step1`, {
      token: recruiter,
      json: {},
    });
    expect([notReady.status, notReady.body.code]).toEqual([409, "match.job_not_ready"]);

    const tooMany = await call(runtime, "POST", `/api/jobs/${jobId}/match/step1`, {
      token: recruiter,
      json: { top: 501 },
    });
    expect(tooMany.status).toBe(400);
    const badId = await call(runtime, "GET", "/api/match-sessions/not-a-uuid", { token: viewer });
    expect(badId.status).toBe(400);
    const badCursor = await call(runtime, "GET", `/api/jobs/${jobId}/match-sessions?cursor=zzz`, {
      token: viewer,
    });
    expect([badCursor.status, badCursor.body.code]).toEqual([400, "list.invalid_cursor"]);
  });

  it("is reachable only with a recruiter token for step 1", async () => {
    const res = await call(runtime, "POST", `/api/jobs/${jobId}/match/step1`, { token: viewer, json: {} });
    expect(res.status).toBe(403);
    const anon = await call(runtime, "GET", `/api/jobs/${jobId}/match-sessions`);
    expect(anon.status).toBe(401);
  });
});
