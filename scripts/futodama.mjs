// The `futodama` command line, built the way the Lambdas are built (esbuild with SST's options,
// see scripts/cli-build.mjs) and run from its bundle: a command starts in a fraction of a second
// instead of transpiling the workspace on every run. The bundle is rebuilt only when a source
// file it was built from changed.
import { buildCli, cliEntry, cliIsStale } from "./cli-build.mjs";

if (cliIsStale()) await buildCli();
await import(cliEntry());
