import { execFile } from "node:child_process";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);

/*
 * A cold import as Lambda's init phase does it: a fresh Node process (the project's Node 24)
 * that imports the artifact's bundle.mjs from its own folder. The time is measured inside the
 * process around the import, so Node's own start-up (the same for every function) is left out.
 */
const probe = [
  "const started = performance.now();",
  "await import(process.argv[1]);",
  "process.stdout.write(String(performance.now() - started));",
  // Whatever the bundle opened at import time (a pool, a timer) must not keep it alive.
  "process.exit(0);",
].join("\n");

export async function coldImportMs(artifactDir: string): Promise<number> {
  const bundle = pathToFileURL(join(artifactDir, "bundle.mjs")).href;
  const { stdout } = await run(process.execPath, ["--input-type=module", "-e", probe, bundle], {
    cwd: artifactDir,
    env: { LAMBDA_TASK_ROOT: artifactDir, AWS_REGION: "us-east-1", TZ: ":UTC" },
  });
  return Number(stdout);
}

export interface ColdImport {
  runsMs: number[];
  medianMs: number;
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

/** `runs` fresh processes, one after another (so they do not compete for the CPU). */
export async function measureColdImport(artifactDir: string, runs = 5): Promise<ColdImport> {
  const runsMs: number[] = [];
  for (let i = 0; i < runs; i++) runsMs.push(await coldImportMs(artifactDir));
  return { runsMs, medianMs: median(runsMs) };
}
