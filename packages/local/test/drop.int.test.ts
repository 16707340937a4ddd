import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { HeadObjectCommand } from "@aws-sdk/client-s3";
import { indexSnapshotKey } from "@futodama/services/match";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatSummary, runDrop } from "../src/commands/drop";
import { runRematch } from "../src/commands/rematch";
import { destroyTarget, localTarget, type Target } from "../src/commands/target";
import { type LocalRuntime, startLocalRuntime } from "../src/runtime";
import { readRuntimeState, runtimeStateFile } from "../src/runtime-state";

/*
 * `futodama drop` against a running runtime (found through .data/runtime.json, as the CLI
 * finds it): real S3 puts, bucket notifications, the starter, DocumentIngest with its Match
 * step, and the live rankings it keeps; then Rematch on demand and on the local schedule.
 */

const tenant = "drop-tenant";
const job = `Senior Backend Engineer

Requirements
- 5+ years of experience with TypeScript and Node.js
- Strong PostgreSQL skills

Nice to have
- Docker
`;
const cv = (name: string, skills: string) =>
  `${name}\n${name.toLowerCase().replace(" ", ".")}@example.com\n\nExperience\nBackend Engineer, Acme ApS — Jan 2015 – Present\n- Built services with ${skills}.\n\nSkills\n${skills}\n`;

let dataDir: string;
let runtime: LocalRuntime;
let target: Target;
let jobId: string;
const silent = { isTTY: false, write: () => true };

function folder(name: string, files: Record<string, string | Uint8Array>): string {
  const dir = join(dataDir, "..", name);
  for (const [file, body] of Object.entries(files)) {
    mkdirSync(join(dir, file, ".."), { recursive: true });
    writeFileSync(join(dir, file), body);
  }
  return dir;
}

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), "futodama-drop-"));
  dataDir = join(root, "data");
  runtime = await startLocalRuntime({ port: 0, host: "127.0.0.1", dataDir, env: { LOG_LEVEL: "SILENT" } });
  const found = localTarget(dataDir);
  if (found === null) throw new Error("the runtime wrote no runtime.json");
  target = found;
}, 60_000);

afterAll(async () => {
  destroyTarget(target);
  await runtime.stop();
  expect(existsSync(runtimeStateFile(dataDir))).toBe(false);
  rmSync(join(dataDir, ".."), { recursive: true, force: true });
});

const options = { tenantId: tenant, wait: true, concurrency: 16, timeoutMs: 60_000, stderr: silent };

describe("futodama drop", () => {
  it("advertises the running runtime's endpoints in runtime.json", () => {
    expect(readRuntimeState(dataDir)).toMatchObject({
      pid: process.pid,
      apiUrl: runtime.apiUrl,
      buckets: { drops: "futodama-local-drops" },
    });
  });

  it("drops a job, which DocumentIngest parses and ranks", async () => {
    const summary = await runDrop(target, {
      ...options,
      dir: folder("jobs", { "backend.txt": job }),
      kind: "job",
    });
    expect(summary).toMatchObject({ uploaded: 1, parsed: 1, failed: 0, duplicates: 0, unfinished: 0 });
    const [open] = await runtime.deps.storage.listOpenJobs(tenant);
    jobId = open?.id ?? "";
    expect(jobId).not.toBe("");
  }, 60_000);

  it("uploads a folder of CVs, follows each one, and counts parsed, failed and duplicates", async () => {
    const dir = folder("cvs", {
      "maja.txt": cv("Maja Jensen", "TypeScript, Node.js, PostgreSQL, Docker"),
      "team/lars.txt": cv("Lars Berg", "JavaScript, MySQL"),
      "team/ole.md": cv("Ole Hansen", "Baking, Food safety"),
      "copy-of-maja.txt": cv("Maja Jensen", "TypeScript, Node.js, PostgreSQL, Docker"),
      "broken.pdf": new TextEncoder().encode("%PDF-1.7\nthis is not really a PDF\n"),
    });
    const summary = await runDrop(target, { ...options, dir, kind: "resume" });
    expect(summary).toMatchObject({
      uploaded: 5,
      parsed: 3,
      failed: 1,
      duplicates: 1,
      unfinished: 0,
      matchFailures: 0,
    });
    expect(summary.failures).toEqual([
      { file: "broken.pdf", reason: expect.stringContaining("PDF is damaged") },
    ]);
    const printed = formatSummary(summary, true);
    expect(printed).toContain("5 uploaded, 3 parsed, 1 failed, 1 duplicates");
    // Issue 13: the drop is a batch, counted the same way (the starter records each file).
    expect(printed).toContain(`batch ${summary.batchId}`);
    const batch = await runtime.deps.storage.getBatchProgress(tenant, summary.batchId);
    expect(batch).toMatchObject({ source: "drop", kind: "resume" });
    expect(batch?.counts).toEqual({
      total: 5,
      queued: 0,
      processing: 0,
      parsed: 3,
      failed: 1,
      duplicates: 1,
    });
    expect(batch?.completedAt).toBeInstanceOf(Date);
    expect(batch?.failures.map((f) => f.filename)).toEqual(["broken.pdf"]);
    expect(printed).toContain("broken.pdf:");
  }, 60_000);

  it("keeps the job's live ranking: every new CV scored against it, best first", async () => {
    const ranking = await runtime.deps.storage.listLiveRanking(tenant, jobId);
    expect(ranking.items.map((r) => r.candidateName)).toEqual(["Maja Jensen", "Lars Berg", "Ole Hansen"]);
    expect(ranking.items.map((r) => r.rank)).toEqual([1, 2, 3]);
    expect(ranking.items[0]?.breakdown).toHaveProperty("must_have");
  });

  it("rematches on demand: every open job ranked again, the live ranking replaced", async () => {
    const report = await runRematch(runtime.deps.sfn, runtime.executor.stateMachineArn("Rematch"), {
      tenantId: tenant,
      wait: true,
    });
    expect(report).toMatchObject({ status: "SUCCEEDED", jobs: 1, ranked: 1, failures: [] });
    const ranking = await runtime.deps.storage.listLiveRanking(tenant, jobId);
    expect(ranking.items.map((r) => r.candidateName)).toEqual(["Maja Jensen", "Lars Berg", "Ole Hansen"]);
    // Its first step wrote the tenant's candidate index snapshot, for the next cold start.
    const snapshot = await runtime.deps.s3.send(
      new HeadObjectCommand({ Bucket: runtime.deps.buckets.uploads, Key: indexSnapshotKey(tenant) }),
    );
    expect(snapshot.ContentLength).toBeGreaterThan(0);
  }, 60_000);

  it("runs the scheduled Rematch once per time slot", async () => {
    const first = await runtime.scheduler.tick();
    const second = await runtime.scheduler.tick();
    expect(first?.alreadyStarted).toBe(false);
    expect(second).toMatchObject({ name: first?.name, alreadyStarted: true });
    const done = await runtime.executor.waitFor(first?.executionArn ?? "");
    expect(done.status).toBe("SUCCEEDED");
  }, 60_000);
});
