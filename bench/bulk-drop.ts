/**
 * Bulk drop end to end on the local runtime: 20 open jobs, then 1,000 generated CV PDFs
 * dropped into the drops bucket and followed until each is parsed and scored against every open
 * job (or failed). Every hop is the real one: S3 put → notification → SQS → starter →
 * DocumentIngest (ExtractText → Normalize → Persist → Match) → PGlite.
 *
 *   pnpm exec tsx bench/bulk-drop.ts [--cvs 1000] [--jobs 20] [--memory]
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import type { Block } from "../packages/documents/src/render/blocks";
import { runDrop } from "../packages/local/src/commands/drop";
import { destroyTarget, localTarget } from "../packages/local/src/commands/target";
import { startLocalRuntime } from "../packages/local/src/runtime";
import { writeRuntimeState } from "../packages/local/src/runtime-state";
import { jobAd, person } from "./bulk-drop-people";
import { renderPdf } from "./corpus/render/binary-formats";

const { values } = parseArgs({
  options: { cvs: { type: "string" }, jobs: { type: "string" }, memory: { type: "boolean" } },
});
const cvCount = Number(values.cvs ?? 1000);
const jobCount = Number(values.jobs ?? 20);
const tenantId = "bench";
const root = mkdtempSync(join(tmpdir(), "futodama-bulk-"));
const s = (ms: number) => Math.round(ms / 100) / 10;

async function generate() {
  const t0 = performance.now();
  const jobsDir = join(root, "jobs");
  const cvsDir = join(root, "cvs");
  mkdirSync(jobsDir, { recursive: true });
  for (let i = 0; i < jobCount; i++) writeFileSync(join(jobsDir, `job-${i}.txt`), jobAd(i));
  for (let batch = 0; batch < cvCount; batch += 50) {
    const dir = join(cvsDir, `batch-${batch / 50}`);
    mkdirSync(dir, { recursive: true });
    await Promise.all(
      Array.from({ length: Math.min(50, cvCount - batch) }, async (_, k) => {
        const main: Block[] = person(batch + k);
        writeFileSync(
          join(dir, `cv-${batch + k}.pdf`),
          await renderPdf({ rtl: false, language: "en", main }),
        );
      }),
    );
  }
  return { jobsDir, cvsDir, seconds: s(performance.now() - t0) };
}

function stageStats(runtime: Awaited<ReturnType<typeof startLocalRuntime>>) {
  const perStage = new Map<string, number[]>();
  const executions = runtime.executor.list("DocumentIngest");
  for (const e of executions) {
    const entered = new Map<string, number>();
    for (const h of runtime.executor.history(e.executionArn)) {
      if (!h.stateName || h.stateType !== "Task") continue;
      if (h.type === "StateEntered") entered.set(h.stateName, h.timestamp.getTime());
      if (h.type === "StateExited" && entered.has(h.stateName)) {
        const list = perStage.get(h.stateName) ?? [];
        list.push(h.timestamp.getTime() - (entered.get(h.stateName) ?? 0));
        perStage.set(h.stateName, list);
      }
    }
  }
  const starts = executions.map((e) => e.startDate.getTime());
  const stops = executions.flatMap((e) => (e.stopDate ? [e.stopDate.getTime()] : []));
  const wall = (Math.max(...stops) - Math.min(...starts)) / 1000;
  const durations = executions.flatMap((e) =>
    e.stopDate ? [e.stopDate.getTime() - e.startDate.getTime()] : [],
  );
  durations.sort((a, b) => a - b);
  return {
    executions: executions.length,
    startSpanSeconds: (Math.max(...starts) - Math.min(...starts)) / 1000,
    wallSeconds: wall,
    medianExecutionMs: durations[Math.floor(durations.length / 2)] ?? 0,
    byStatus: Object.fromEntries(
      ["SUCCEEDED", "FAILED", "RUNNING"].map((st) => [st, executions.filter((e) => e.status === st).length]),
    ),
    stages: Object.fromEntries(
      [...perStage].map(([name, ms]) => {
        const sorted = [...ms].sort((a, b) => a - b);
        const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
        return [name, { count: ms.length, medianMs: median, perSecond: Math.round(ms.length / wall) }];
      }),
    ),
  };
}

async function main() {
  const generated = await generate();
  process.stderr.write(`generated ${jobCount} jobs and ${cvCount} CV PDFs in ${generated.seconds}s\n`);
  const dataDir = join(root, "data");
  process.env.LOG_LEVEL = "SILENT";
  const runtime = await startLocalRuntime({
    port: 0,
    host: "127.0.0.1",
    dataDir: values.memory ? null : dataDir,
    env: { LOG_LEVEL: "SILENT", REMATCH_INTERVAL_MINUTES: "0" },
  });
  if (values.memory) {
    // In memory there is no runtime.json; hand the drop command the same endpoints by hand.
    mkdirSync(dataDir, { recursive: true });
    writeRuntimeState(dataDir, runtime.state);
  }
  const target = localTarget(dataDir);
  if (target === null) throw new Error("the bench needs the file-backed runtime (its runtime.json)");
  const base = { tenantId, wait: true, concurrency: 16, timeoutMs: 600_000 };
  try {
    const jobs = await runDrop(target, { ...base, dir: generated.jobsDir, kind: "job" });
    const jobIds = (await runtime.deps.storage.listOpenJobs(tenantId)).map((j) => j.id);
    process.stderr.write(`${jobs.parsed}/${jobCount} jobs open in ${jobs.seconds}s\n`);
    const t0 = performance.now();
    const cvs = await runDrop(target, { ...base, dir: generated.cvsDir, kind: "resume" });
    const seconds = s(performance.now() - t0);
    const storage = runtime.deps.storage;
    const parsedRows = await storage.countRecords(tenantId, "resume", { status: "parsed" });
    const failedRows = await storage.countRecords(tenantId, "resume", { status: "failed" });
    const allRows = await storage.countRecords(tenantId, "resume");
    const liveScores = await storage.countLiveScores(tenantId, jobIds);
    const stats = stageStats(runtime);
    const report = {
      cvs: cvCount,
      openJobs: jobIds.length,
      seconds,
      cvsPerSecond: Math.round(cvCount / seconds),
      drop: cvs,
      storage: {
        resumes: allRows,
        parsed: parsedRows,
        failed: failedRows,
        liveScores,
        expectedLiveScores: parsedRows * jobIds.length,
      },
      executions: stats,
      lost: cvCount - allRows,
      machine: { cpus: (await import("node:os")).cpus().length, node: process.version },
    };
    writeFileSync(
      join(import.meta.dirname, "results", "bulk-drop.json"),
      `${JSON.stringify(report, null, 2)}\n`,
    );
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } finally {
    destroyTarget(target);
    await runtime.stop();
    rmSync(root, { recursive: true, force: true });
  }
}

await main();
