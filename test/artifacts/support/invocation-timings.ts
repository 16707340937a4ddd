import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { median } from "../../../scripts/package/cold-import";
import type { ArtifactInvoker } from "./artifact-invoker";

/*
 * What each cold start of the product run cost, per function: the import (Lambda's init phase)
 * and the first — here the only — request of its process, each a real call of the product flow
 * (database, S3, Step Functions). Written to .artifacts/invocation-timings.json and printed, for
 * docs/benchmarks.md: a cost moved from the import into the first request shows in the sum.
 */
export function reportInvocationTimings(invoker: ArtifactInvoker, artifactsDir: string): void {
  const rows = [...invoker.timings()].map(([name, runs]) => ({
    name,
    invocations: runs.length,
    importMedianMs: Math.round(median(runs.map((r) => r.importMs))),
    handlerMedianMs: Math.round(median(runs.map((r) => r.handlerMs))),
    totalMedianMs: Math.round(median(runs.map((r) => r.importMs + r.handlerMs))),
  }));
  rows.sort((a, b) => a.name.localeCompare(b.name));
  writeFileSync(join(artifactsDir, "invocation-timings.json"), `${JSON.stringify(rows, null, 2)}\n`);
  console.log(
    rows
      .map(
        (r) => `${r.name}: ${r.invocations}× import ${r.importMedianMs} ms + request ${r.handlerMedianMs} ms`,
      )
      .join("\n"),
  );
}
