// The `futodama` command line, built the way the Lambdas are built (esbuild with SST's options,
// see scripts/cli-build.mjs) and run from its bundle: a command starts in a fraction of a second
// instead of transpiling the workspace on every run. The bundle is rebuilt only when a source
// file it was built from changed; V8's compile cache (Node ≥ 22) keeps its compiled code
// between runs.
import { buildCli, cliEntry, cliIsStale, root } from "./cli-build.mjs";

// Taken, not imported: an ESM import of a built-in loads every part of it (cli-build.mjs).
const { rmSync } = process.getBuiltinModule("node:fs");
const module = process.getBuiltinModule("node:module");
const { join } = process.getBuiltinModule("node:path");
const { setFlagsFromString } = process.getBuiltinModule("node:v8");

const compileCache = join(root, "packages/local/dist/.compile-cache");
// The taxonomy's sections, decompressed once and read from disk by later runs (taxonomy/load.ts).
process.env.FUTODAMA_TAXONOMY_CACHE ??= join(root, "packages/local/dist/.taxonomy-cache");
// pnpm runs a script from the repository root; the files a person names (`parse cv.pdf`) are
// where they typed the command, which pnpm passes as INIT_CWD. Only for this script: a test
// run by `pnpm test` that starts the CLI keeps its own working directory.
if (process.env.npm_lifecycle_event === "futodama" && process.env.INIT_CWD)
  process.chdir(process.env.INIT_CWD);
if (cliIsStale()) {
  // The cached code of the old bundle's chunks (named by content hash) would never be read again.
  rmSync(compileCache, { recursive: true, force: true });
  await buildCli();
}
module.enableCompileCache?.(compileCache);
// A parse runs each of its few hundred regular expressions a handful of times. V8 first runs a
// new one in its interpreter and compiles it to machine code on the next run, compiling it twice;
// compiled straight away, a `futodama parse` takes ~40 ms less CPU (bench/cli.ts). Set before
// the bundle loads: it applies to expressions compiled from now on.
setFlagsFromString("--no-regexp-tier-up");
await import(cliEntry());
