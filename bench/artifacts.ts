import { writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { measureColdImport } from "../scripts/package/cold-import";
import { packageFunctions, repositoryRoot } from "../scripts/package/package-functions";

/*
 * `pnpm bench:artifacts`: packages every function as `sst deploy` would (`pnpm package`), then
 * per function its unzipped and zipped size and the median of 5 cold imports of bundle.mjs,
 * each in a fresh Node 24 process (wall and CPU time; the load average is recorded). Results in bench/results/artifacts.json; docs/benchmarks.md
 * keeps the table next to issue 9's "before" figures (8–11 MB, 0.55–0.95 s).
 */
const runs = Number(process.env.COLD_IMPORT_RUNS ?? 5);
const started = performance.now();
const { manifest, failures } = await packageFunctions();
const buildSeconds = (performance.now() - started) / 1000;
if (failures.length > 0) {
  console.error(`bench:artifacts: ${failures.length} functions did not build:\n${failures.join("\n")}`);
  process.exit(1);
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(2);
const rows = [];
for (const f of manifest.functions) {
  const cold = await measureColdImport(join(repositoryRoot, ".artifacts", f.name), runs);
  rows.push({
    name: f.name,
    unzippedBytes: f.unzippedBytes,
    zippedBytes: f.zippedBytes,
    coldImportMedianMs: Math.round(cold.medianMs),
    coldImportRunsMs: cold.runsMs.map((ms) => Math.round(ms)),
    coldImportCpuMedianMs: Math.round(cold.cpuMedianMs),
    coldImportCpuRunsMs: cold.cpuRunsMs.map((ms) => Math.round(ms)),
  });
  console.log(
    `| ${f.name} | ${mb(f.unzippedBytes)} | ${mb(f.zippedBytes)} | ${Math.round(cold.medianMs)} | ${Math.round(cold.cpuMedianMs)} |`,
  );
}
const result = {
  measuredAt: new Date().toISOString(),
  node: process.version,
  // Cold imports are CPU-bound: the numbers only compare on a machine as busy as this one was.
  cpus: cpus().length,
  loadAverage1m: Math.round((loadavg()[0] ?? 0) * 10) / 10,
  buildSeconds: Math.round(buildSeconds * 10) / 10,
  coldImportRuns: runs,
  functions: rows,
};
writeFileSync(join(repositoryRoot, "bench/results/artifacts.json"), `${JSON.stringify(result, null, 2)}\n`);
console.log(`packaged in ${result.buildSeconds} s; bench/results/artifacts.json written`);
