import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { extractDocument } from "@futodama/documents";
import type { ReconcileOutput } from "@futodama/workflow";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { call, fileForm, tokenFor, waitUntilSettled } from "../../packages/local/test/support";
import { registerWebhook, startReceiver, verifiedEvent } from "../../packages/local/test/webhook-receiver";
import { type ArtifactWorld, startArtifactWorld } from "./support/artifact-world";
import { reportInvocationTimings } from "./support/invocation-timings";

/*
 * The product driven through its deployment artifacts: every Lambda below is a fresh Node 24
 * process confined to a copy of its own artifact, with the environment the stack gives it
 * (OPENAI_API_KEY="" included), behind the local API Gateway, SQS poller and Step Functions
 * runner, against PostgreSQL 15 through the Neon driver. Each "failure n" test is the issue's
 * measured failure n, caught again if it comes back.
 */
const build = inject("artifactBuild");
const root = join(import.meta.dirname, "..", "..");
const fixture = (path: string) => readFileSync(join(root, path));
const settleMs = 150_000;

let world: ArtifactWorld;
let token: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  world = await startArtifactWorld({
    artifactsDir: build.artifactsDir,
    handlers: new Map(build.manifest.functions.map((f) => [f.name, f.handler])),
  });
  token = await tokenFor(world, "artifact-tier");
});
afterAll(async () => {
  if (world) reportInvocationTimings(world.invoker, build.artifactsDir);
  await world?.stop();
});

const upload = async (domain: "resumes" | "jobs", path: string, name = path.split("/").pop() ?? path) => {
  const res = await call(world, "POST", `/api/${domain}/upload`, {
    token,
    form: fileForm(fixture(path), name),
  });
  expect(res.status, JSON.stringify(res.body)).toBe(202);
  return String(res.body.id);
};

describe("the product, through its artifacts", () => {
  it("failure 3: the Migrator artifact applies the migrations it ships (none read from the repository)", async () => {
    const result = await world.invoker.call("Migrator", { reason: "deploy" });
    expect(result).toMatchObject({ migrated: true });
  });

  it('failure 2: a token-less GET /health through ApiSystem answers 200 with OPENAI_API_KEY=""', async () => {
    const res = await call(world, "GET", "/health");
    expect(res, JSON.stringify(res.body)).toMatchObject({ status: 200, body: { status: "ok" } });
    const event = {
      version: "2.0",
      routeKey: "$default",
      rawPath: "/health",
      rawQueryString: "",
      headers: {},
      requestContext: { http: { method: "GET", path: "/health" }, requestId: "health" },
      isBase64Encoded: false,
    };
    const direct = await world.invoker.invoke("ApiSystem", event, { OPENAI_API_KEY: "" });
    expect(direct.outcome, direct.logs.slice(-2000)).toMatchObject({ result: { statusCode: 200 } });
  });

  it("ingests a text CV, a PDF, a DOCX, a .doc, an .odt, a scan and a job: starter → DocumentIngest → parsed", async () => {
    ids.text = await upload("resumes", "packages/local/test/fixtures/cv-ada.txt");
    ids.pdf = await upload("resumes", "bench/corpus/cvs/cv-en-10.pdf");
    ids.docx = await upload("resumes", "bench/corpus/cvs/cv-en-19.docx");
    ids.doc = await upload("resumes", "packages/documents/test/fixtures/cv-legacy.doc");
    ids.odt = await upload("resumes", "packages/documents/test/fixtures/cv-legacy.odt");
    ids.scan = await upload("resumes", "bench/corpus/cvs/cv-en-28.pdf", "scan.pdf");
    ids.job = await upload("jobs", "packages/local/test/fixtures/job-backend.txt");
    for (const key of ["text", "pdf", "docx", "doc", "odt", "scan"]) {
      const res = await waitUntilSettled(world, token, `/api/resumes/${ids[key]}`, settleMs);
      expect(res.body, `${key}: ${JSON.stringify(res.body)}`).toMatchObject({ status: "parsed" });
    }
    const job = await waitUntilSettled(world, token, `/api/jobs/${ids.job}`, settleMs);
    expect(job.body, JSON.stringify(job.body)).toMatchObject({ status: "parsed" });
  });

  it("failure 5: the scan was read by OCR inside the OcrTextTask artifact", async () => {
    // DocumentIngest executions are named after the document (not the resume record).
    const scan = await call(world, "GET", `/api/resumes/${ids.scan}`, { token });
    const documentId = String(scan.body.documentId);
    const ingest = [...world.stack.stateMachines.keys()].find((name) => name.endsWith("-DocumentIngest"));
    // The record is parsed after Persist; the execution still runs its Match step: wait for its end.
    const deadline = Date.now() + settleMs;
    const scanRunOf = () => world.executor.list(ingest ?? "").find((e) => e.name.includes(documentId));
    while (scanRunOf()?.status === "RUNNING" && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 200));
    }
    const scanRun = scanRunOf();
    expect(scanRun?.status).toBe("SUCCEEDED");
    const states = world.executor.history(scanRun?.executionArn ?? "").map((e) => JSON.stringify(e));
    expect(states.some((s) => s.includes("OcrText"))).toBe(true);
    expect(JSON.stringify(scan.body)).toMatch(/[A-Za-z]{3,}/);
  });

  it("ApiVision reads a scan by invoking the OcrTextTask artifact (it carries no OCR of its own)", async () => {
    const before = world.invoker.timings().get("OcrTextTask")?.length ?? 0;
    const read = await call(world, "POST", "/api/vision/extract", {
      token,
      form: fileForm(fixture("bench/corpus/cvs/cv-en-28.pdf"), "scan.pdf"),
    });
    expect(read.status, JSON.stringify(read.body)).toBe(200);
    expect(read.body).toMatchObject({ method: "ocr", provider: expect.stringMatching(/^tesseract/) });
    expect(String(read.body.text)).toMatch(/[A-Za-z]{3,}/);
    expect(world.invoker.timings().get("OcrTextTask")?.length ?? 0).toBe(before + 1);
    const text = await call(world, "POST", "/api/vision/extract", {
      token,
      form: fileForm(fixture("bench/corpus/cvs/cv-en-11.pdf"), "cv.pdf"),
    });
    expect(text.status, JSON.stringify(text.body)).toBe(200);
    expect(text.body).toMatchObject({ method: "pdf-text", provider: "text-layer" });
  });

  it("failure 4: the taxonomy ships with the functions that read it (codex API, step 1)", async () => {
    const skills = await call(world, "GET", "/api/codex/skills?q=python", { token });
    expect(skills.status, JSON.stringify(skills.body)).toBe(200);
    expect(JSON.stringify(skills.body)).toMatch(/python/i);
    const step1 = await call(world, "POST", `/api/jobs/${ids.job}/match/step1`, { token, json: { top: 10 } });
    expect(step1.status, JSON.stringify(step1.body)).toBe(200);
    expect((step1.body.results as unknown[]).length).toBeGreaterThan(0);
    ids.session = String(step1.body.id);
  });

  it("runs step 2 (the MatchDeepDive machine) on the step-1 session", async () => {
    const started = await call(world, "POST", `/api/jobs/${ids.job}/match/step2`, {
      token,
      json: { sessionId: ids.session, top: 2 },
    });
    expect(started.status, JSON.stringify(started.body)).toBe(202);
    const deadline = Date.now() + settleMs;
    let session = await call(world, "GET", `/api/match-sessions/${started.body.id}`, { token });
    while (session.body.status !== "done" && session.body.status !== "failed" && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 500));
      session = await call(world, "GET", `/api/match-sessions/${started.body.id}`, { token });
    }
    expect(session.body, JSON.stringify(session.body)).toMatchObject({ status: "done" });
  });

  it("issue 14: a sharded tenant's step 1 fans out from ApiMatch to the MatchShardTask artifact, to the same answer", async () => {
    type Result = { resumeId: string; rank: number; score: number; breakdown: unknown };
    const ranked = (body: Record<string, unknown>) =>
      (body.results as Result[]).map(({ resumeId, rank, score, breakdown }) => ({
        resumeId,
        rank,
        score,
        breakdown,
      }));
    const whole = await call(world, "POST", `/api/jobs/${ids.job}/match/step1`, { token, json: { top: 10 } });
    expect(whole.status, JSON.stringify(whole.body)).toBe(200);
    // SnapshotIndexesTask's artifact with a tiny shard size: this tenant's few CVs become shards.
    const written = await world.invoker.call(
      "SnapshotIndexesTask",
      { tenantId: "artifact-tier" },
      { INDEX_SHARD_SIZE: "2" },
    );
    expect(written).toMatchObject({ sharded: 1, failed: [] });
    const shardCalls = () => world.invoker.timings().get("MatchShardTask")?.length ?? 0;
    const before = shardCalls();
    const sharded = await call(world, "POST", `/api/jobs/${ids.job}/match/step1`, {
      token,
      json: { top: 10 },
    });
    expect(sharded.status, JSON.stringify(sharded.body)).toBe(200);
    expect(ranked(sharded.body)).toEqual(ranked(whole.body));
    // One ranking per shard, then the explanations, each a fresh MatchShardTask process.
    const shards = (written as { shards: number }).shards;
    expect(shardCalls() - before).toBeGreaterThan(shards);
    // Back to one index, as the default shard size has it (the rematch tick below rewrites it anyway).
    expect(await world.invoker.call("SnapshotIndexesTask", { tenantId: "artifact-tier" })).toMatchObject({
      sharded: 0,
    });
  });

  it("failure 6: tailors a CV and exports it as md, docx and a PDF that parses back", async () => {
    const started = await call(world, "POST", "/api/tailor-resume", {
      token,
      json: { jobId: ids.job, resumeId: ids.text },
    });
    expect(started.status, JSON.stringify(started.body)).toBe(202);
    const tailoring = `/api/tailorings/${started.body.id}`;
    const deadline = Date.now() + settleMs;
    let done = await call(world, "GET", tailoring, { token });
    while (!["done", "failed"].includes(String(done.body.status)) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 500));
      done = await call(world, "GET", tailoring, { token });
    }
    expect(done.body.status, JSON.stringify(done.body.error)).toBe("done");
    for (const format of ["md", "docx", "pdf"]) {
      const res = await fetch(`${world.apiUrl}${tailoring}/export?format=${format}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      const bytes = new Uint8Array(await res.arrayBuffer());
      expect(res.status, `${format}: ${new TextDecoder().decode(bytes.slice(0, 500))}`).toBe(200);
      if (format === "pdf") {
        const parsed = await extractDocument(bytes, { ocr: false });
        expect(parsed.lines.map((l) => l.text).join("\n")).toContain("Ada Nordlund");
      }
    }
  });

  it("analytics: ApiAnalytics counts what came before and names skills from the taxonomy it ships", async () => {
    const total = async (path: string) => Number((await call(world, "GET", path, { token })).body.total);
    const dashboard = await call(world, "GET", "/api/analytics/dashboard", { token });
    expect(dashboard.status, JSON.stringify(dashboard.body)).toBe(200);
    // The same counts the lists give, whatever the earlier steps left parsed or failed.
    const openJobs = await total("/api/jobs?status=parsed&jobStatus=open");
    expect(dashboard.body).toMatchObject({
      jobs: { open: openJobs },
      candidates: {
        byStatus: {
          parsed: await total("/api/resumes?status=parsed"),
          failed: await total("/api/resumes?status=failed"),
        },
      },
    });
    const skills = await call(world, "GET", "/api/analytics/skills?top=5", { token });
    expect(skills.status, JSON.stringify(skills.body)).toBe(200);
    expect(skills.body.openJobs).toBe(openJobs);
    const items = skills.body.items as { skillId: string; label: string }[];
    if (openJobs > 0) expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(item.label).not.toBe(item.skillId);
  });

  it("webhooks: ApiWebhooks registers, PersistTask emits, WebhookDelivery signs and POSTs to 127.0.0.1", async () => {
    const receiver = await startReceiver();
    try {
      const admin = await tokenFor(world, "artifact-tier", "admin");
      const hook = await registerWebhook(world, admin, receiver.url("/artifact"), ["document.parsed"]);
      const fired = await call(world, "POST", `/api/webhooks/${hook.id}/test`, { token: admin });
      expect(fired.status, JSON.stringify(fired.body)).toBe(202);
      const job = await call(world, "POST", "/api/jobs", {
        token: admin,
        json: { text: "Webhook Engineer\n\nRequirements\n- TypeScript" },
      });
      await waitUntilSettled(world, admin, `/api/jobs/${String(job.body.id)}`, settleMs);
      const deliveries = await receiver.waitFor("/artifact", 2, settleMs);
      const events = deliveries.map((d) => verifiedEvent(hook.secret, d));
      expect(events).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ type: "webhook.test" }),
          expect.objectContaining({
            type: "document.parsed",
            data: expect.objectContaining({ jobId: job.body.id, kind: "job" }),
          }),
        ]),
      );
    } finally {
      await receiver.stop();
    }
  });

  it("a rematch tick: RematchScheduleHandler starts Rematch, whose tasks run as artifacts", async () => {
    const started = (await world.invoker.call("RematchScheduleHandler", {
      scheduledTime: new Date().toISOString(),
    })) as { executionArn: string };
    const finished = await world.executor.waitFor(started.executionArn);
    expect(finished.status, `${finished.error}: ${finished.cause}`).toBe("SUCCEEDED");
  });

  it("a reconcile run from its artifacts: an upload URL never used ends failed and is announced", async () => {
    const receiver = await startReceiver();
    try {
      const admin = await tokenFor(world, "artifact-tier", "admin");
      const hook = await registerWebhook(world, admin, receiver.url("/reconcile"), ["document.failed"]);
      const presign = await call(world, "POST", "/api/resumes/presign", {
        token: admin,
        json: { filename: "never.pdf", contentType: "application/pdf", size: 1234 },
      });
      expect(presign.status, JSON.stringify(presign.body)).toBe(201);
      // The three passes as the schedule runs them, judging as if the URL had expired (900 s).
      const machine = [...world.stack.stateMachines.keys()].find((name) => name.endsWith("-Reconcile")) ?? "";
      const started = await world.executor.start(machine, "artifact-reconcile", {
        olderThan: new Date(Date.now() + 901_000).toISOString(),
      });
      const finished = await world.executor.waitFor(started.executionArn);
      expect(finished.status, `${finished.error}: ${finished.cause}`).toBe("SUCCEEDED");
      const output = finished.output as ReconcileOutput;
      expect(output).not.toHaveProperty("recordsFailure");
      expect(output).not.toHaveProperty("objectsFailure");
      expect(output).not.toHaveProperty("eventsFailure");
      expect(output.records?.actions).toContainEqual(
        expect.objectContaining({ documentId: presign.body.documentId, code: "upload.never_arrived" }),
      );
      const [delivery] = await receiver.waitFor("/reconcile", 1, settleMs);
      expect(verifiedEvent(hook.secret, delivery)).toMatchObject({
        type: "document.failed",
        data: { documentId: presign.body.documentId, code: "upload.never_arrived" },
      });
    } finally {
      await receiver.stop();
    }
  });

  it("a function that finds the schema older than its code fails with storage.schema_outdated", async () => {
    const url = await world.pg.createDatabase("behind_by_one");
    await world.invoker.call("Migrator", { reason: "previous deploy" }, { DATABASE_URL: url });
    // The previous deploy's schema: everything but the newest migration.
    const bin = execFileSync("sh", ["-c", "ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1"], {
      encoding: "utf8",
    }).trim();
    execFileSync(join(bin, "psql"), [
      url,
      "-c",
      "delete from drizzle.__drizzle_migrations where created_at = (select max(created_at) from drizzle.__drizzle_migrations)",
    ]);
    const { outcome } = await world.invoker.invoke("ListOpenJobsTask", {}, { DATABASE_URL: url });
    expect(JSON.stringify(outcome)).toContain("storage.schema_outdated");
  });
});
