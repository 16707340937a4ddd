import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { startupSnapshot } from "node:v8";
import { fail, reportCommandError, usage } from "./cli-usage";
import { parseCommand, skillsCommand } from "./commands/parse";
import { warmUp } from "./snapshot-warm-up";

/*
 * The `futodama` CLI as a V8 startup snapshot, for the commands a person runs one file at a time
 * (`parse`, `skills`, `help`). scripts/cli-snapshot.mjs bundles this file into one CommonJS file
 * and runs it with `node --build-snapshot`: the modules are evaluated and made-up documents
 * parsed (snapshot-warm-up.ts), and the heap — the taxonomy decompressed and indexed, the
 * language models, pdfjs — is written to a blob. `./futodama` starts Node from that blob, and
 * `main` below is all that runs: no module is read, compiled or evaluated, nothing is
 * decompressed. Other commands run from the bundle (scripts/futodama.mjs).
 */

/** What the builder hands over (scripts/cli-snapshot.mjs), kept in the snapshot. */
interface SnapshotBuild {
  /** The repository root, ending in "/". */
  root: string;
  /** FUTODAMA_DATA_ROOT of the snapshot: codex/ and the other runtime data, linked. */
  dataRoot: string;
  /** When the build started: a source changed after it makes the snapshot stale. */
  builtAt: number;
  /** The workspace files it was built from, relative to root. */
  sources: string[];
}

const build = JSON.parse(process.env.FUTODAMA_SNAPSHOT_BUILD ?? "") as SnapshotBuild;

/** As scripts/cli-build.mjs `cliIsStale`: a few ms for ~500 files. */
function sourcesChanged(): boolean {
  const options = { throwIfNoEntry: false } as const;
  return build.sources.some((file) => {
    const stat = statSync(build.root + file, options);
    return stat === undefined || stat.mtimeMs > build.builtAt;
  });
}

/**
 * Runs the command the way the snapshot does not: from the bundle, which rebuilds what is stale
 * (this snapshot too). Costs a second Node start, only after an edit or for another command.
 */
function runFromBundle(argv: string[]): never {
  const { spawnSync } = process.getBuiltinModule("node:child_process");
  const child = spawnSync(process.execPath, [join(build.root, "scripts/futodama.mjs"), ...argv], {
    stdio: "inherit",
  });
  process.exit(child.status ?? 1);
}

function main(): void {
  // The heap is restored; process.argv and process.env are this run's: [node, ...arguments].
  const argv = process.argv.slice(1);
  if (sourcesChanged()) runFromBundle(argv);
  // What scripts/futodama.mjs and cli.ts do before a command (see there).
  if (process.env.npm_lifecycle_event === "futodama" && process.env.INIT_CWD)
    process.chdir(process.env.INIT_CWD);
  process.env.FUTODAMA_DATA_ROOT = build.dataRoot;
  process.env.FUTODAMA_REPO_ROOT ??= build.root;
  const envFile = join(process.env.FUTODAMA_REPO_ROOT, ".env");
  if (existsSync(envFile)) process.loadEnvFile(envFile);

  const [command, ...rest] = argv;
  const run = command === "parse" ? parseCommand : command === "skills" ? skillsCommand : undefined;
  if (command && run) run(rest, fail).catch(reportCommandError(command));
  else if (command === undefined || command === "help" || command === "--help") process.stdout.write(usage);
  else runFromBundle(argv);
}

/**
 * The warm-up with AbortSignal.timeout (documents' Deadline) made of a plain timer, cleared at
 * the end: Node registers each AbortSignal.timeout signal with a FinalizationRegistry, and V8
 * refuses to write a heap whose registry has cleanups pending ("dirty_js_finalization_registries").
 */
async function warmUpWithoutTimeoutSignals(): Promise<void> {
  const timeout = AbortSignal.timeout;
  const timers: NodeJS.Timeout[] = [];
  AbortSignal.timeout = (ms: number) => {
    const controller = new AbortController();
    timers.push(setTimeout(() => controller.abort(new DOMException("timed out", "TimeoutError")), ms));
    return controller.signal;
  };
  try {
    await warmUp();
  } finally {
    for (const timer of timers) clearTimeout(timer);
    AbortSignal.timeout = timeout;
  }
}

startupSnapshot.setDeserializeMainFunction(main);
// Run to the end before the heap is written: Node takes the snapshot once the event loop is empty.
warmUpWithoutTimeoutSignals().catch((error: unknown) => {
  process.stderr.write(`futodama snapshot: the warm-up failed: ${(error as Error).stack}\n`);
  process.exit(1);
});
