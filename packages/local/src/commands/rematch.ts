import { parseArgs } from "node:util";
import { DescribeExecutionCommand, type SFNClient } from "@aws-sdk/client-sfn";
import { startRematch } from "@futodama/services";
import type { RematchItemResult } from "@futodama/workflow";
import { defaultDataDir } from "../paths";
import type { Fail } from "./fail";
import { destroyTarget, resolveTarget } from "./target";

/*
 * `futodama rematch [--tenant <id>] [--wait]`: starts a Rematch execution. With a runtime
 * running on the data directory (or a stage configured by FUTODAMA_REMATCH_ARN) it goes through
 * that runtime's Step Functions endpoint, the same StartExecution the schedule uses. With none
 * running it starts the runtime in this process on the same data, runs the rematch to the end
 * and stops it again (the data directory cannot be opened by two processes at once).
 */

export interface RematchReport {
  name: string;
  status: string;
  jobs: number;
  ranked: number;
  failures: Array<{ jobId: string; reason: string }>;
  seconds: number;
}

/** A manual run is its own slot: the second and the time say when it was asked for. */
export function manualExecutionName(now: Date, tenantId?: string): string {
  return `rematch-${tenantId ?? "all"}-manual-${now.toISOString().slice(0, 19).replace(/:/g, "-")}`;
}

async function describeUntilDone(sfn: SFNClient, executionArn: string, wait: boolean) {
  for (;;) {
    const out = await sfn.send(new DescribeExecutionCommand({ executionArn }));
    if (!wait || out.status !== "RUNNING") return out;
    await new Promise((r) => setTimeout(r, 300));
  }
}

export async function runRematch(
  sfn: SFNClient,
  rematchArn: string,
  options: { tenantId?: string | undefined; wait: boolean; now?: Date },
): Promise<RematchReport> {
  const started = performance.now();
  const name = manualExecutionName(options.now ?? new Date(), options.tenantId);
  const run = await startRematch(
    sfn,
    rematchArn,
    name,
    options.tenantId ? { tenantId: options.tenantId } : {},
  );
  const out = await describeUntilDone(sfn, run.executionArn, options.wait);
  const output = JSON.parse(out.output ?? "{}") as { count?: number; results?: RematchItemResult[] };
  const results = output.results ?? [];
  return {
    name,
    status: out.status ?? "UNKNOWN",
    jobs: output.count ?? results.length,
    ranked: results.filter((r) => "ranked" in r).length,
    failures: results.flatMap((r) => ("error" in r ? [{ jobId: r.jobId, reason: r.cause || r.error }] : [])),
    seconds: Math.round((performance.now() - started) / 100) / 10,
  };
}

export function formatRematch(report: RematchReport): string {
  if (report.status === "RUNNING") return `Rematch ${report.name} started (add --wait to follow it)\n`;
  const lines = [
    `Rematch ${report.name}: ${report.status}, ${report.ranked}/${report.jobs} jobs ranked in ${report.seconds}s`,
  ];
  for (const f of report.failures) lines.push(`  job ${f.jobId}: ${f.reason}`);
  return `${lines.join("\n")}\n`;
}

export async function rematchCommand(argv: string[], fail: Fail): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: { tenant: { type: "string" }, wait: { type: "boolean" } },
  });
  const tenantId = values.tenant;
  if (tenantId !== undefined && !/^[A-Za-z0-9][A-Za-z0-9_-]{0,62}$/.test(tenantId))
    fail("--tenant must be a slug (letters, digits, - and _)");
  const dataDir = defaultDataDir();
  const target = resolveTarget(dataDir);
  let report: RematchReport;
  if (target?.rematchArn) {
    try {
      report = await runRematch(target.sfn, target.rematchArn, { tenantId, wait: values.wait === true });
    } finally {
      destroyTarget(target);
    }
  } else {
    process.env.LOG_LEVEL ??= "WARN";
    const { startLocalRuntime } = await import("../runtime");
    // No timer of its own: this process exists for one run.
    const runtime = await startLocalRuntime({ port: 0, dataDir, env: { REMATCH_INTERVAL_MINUTES: "0" } });
    try {
      const arn = runtime.executor.stateMachineArn("Rematch");
      report = await runRematch(runtime.deps.sfn, arn, { tenantId, wait: true });
    } finally {
      await runtime.stop();
    }
  }
  process.stdout.write(formatRematch(report));
  if (report.status !== "RUNNING" && (report.status !== "SUCCEEDED" || report.failures.length > 0))
    process.exitCode = 1;
}
