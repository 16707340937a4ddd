import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Readable } from "node:stream";
import { functionSpec } from "../../../stacks/functions";

/*
 * One Lambda invocation = one fresh Node 24 process whose working directory is a copy of that
 * function's artifact alone, under Node's permission model: it may read its copy and the
 * runner, write only a /tmp of its own, and start workers or load addons only if its row ships
 * OCR (tesseract's worker thread, @napi-rs/canvas's addon). Reading anything else — the
 * repository, node_modules, /usr/share/fonts — fails with ERR_ACCESS_DENIED.
 */
export const runnerFile = new URL("./lambda-runner.mjs", import.meta.url).pathname;

export type InvocationOutcome =
  | { result: unknown }
  | { errorType: string; errorMessage: string; code?: string; uncaught?: boolean; trace?: string[] };

/** Measured inside the function's process: its module's import, then the handler's call. */
export interface InvocationTimings {
  importMs: number;
  handlerMs: number;
}

export interface Invocation {
  outcome: InvocationOutcome;
  timings?: InvocationTimings;
  /** stdout + stderr: the function's own logs. */
  logs: string;
  durationMs: number;
}

export class ArtifactInvocationError extends Error {
  constructor(
    readonly functionName: string,
    readonly errorType: string,
    message: string,
    readonly logs: string,
  ) {
    super(`${functionName}: ${errorType}: ${message}`);
    this.name = errorType;
  }
}

export interface InvokerOptions {
  artifactsDir: string;
  /** Function name → handler as in the manifest (`bundle.handler`). */
  handlers: ReadonlyMap<string, string>;
  /** Function name → its stack environment plus the local endpoint overrides. */
  environment: (name: string) => Record<string, string>;
  /** Processes at once (each imports a multi-megabyte bundle; the machine has two cores). */
  concurrency?: number;
}

export interface ArtifactInvoker {
  invoke(name: string, event: unknown, env?: Record<string, string>): Promise<Invocation>;
  /** The handler's result, or an ArtifactInvocationError named after Lambda's errorType. */
  call(name: string, event: unknown, env?: Record<string, string>): Promise<unknown>;
  /** Where a function's read-only copy is (its LAMBDA_TASK_ROOT). */
  taskRoot(name: string): string;
  /** Every completed invocation's timings so far, by function name (each one a cold start). */
  timings(): ReadonlyMap<string, readonly InvocationTimings[]>;
  dispose(): void;
}

async function readAll(stream: Readable | null | undefined): Promise<string> {
  if (!stream) return "";
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

export function createArtifactInvoker(options: InvokerOptions): ArtifactInvoker {
  if (!process.version.startsWith("v24.")) {
    throw new Error(`The artifact tier runs on Node 24 (Lambda's nodejs24.x), not ${process.version}`);
  }
  const root = mkdtempSync(join(tmpdir(), "futodama-artifacts-"));
  const limit = options.concurrency ?? 4;
  let running = 0;
  const waiting: (() => void)[] = [];
  const measured = new Map<string, InvocationTimings[]>();

  const taskRoot = (name: string) => {
    const copy = join(root, "task", name);
    if (!existsSync(copy)) cpSync(join(options.artifactsDir, name), copy, { recursive: true });
    return copy;
  };

  async function invokeOnce(
    name: string,
    event: unknown,
    extra: Record<string, string>,
  ): Promise<Invocation> {
    const handler = options.handlers.get(name);
    if (handler === undefined) throw new Error(`No artifact named ${name} in the manifest`);
    const spec = functionSpec(name);
    const copy = taskRoot(name);
    const scratch = mkdtempSync(join(root, "tmp-"));
    const ocr = spec.data.includes("ocr");
    const args = [
      "--permission",
      // One flag per path: Node 24 takes no comma-separated lists.
      `--allow-fs-read=${copy}`,
      `--allow-fs-read=${runnerFile}`,
      `--allow-fs-read=${scratch}`,
      `--allow-fs-write=${scratch}`,
      ...(ocr ? ["--allow-worker", "--allow-addons"] : []),
      runnerFile,
      handler,
      String(spec.timeoutSeconds),
    ];
    const env = {
      ...options.environment(name),
      // What Lambda itself sets in every sandbox.
      AWS_LAMBDA_FUNCTION_NAME: name,
      AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(spec.memoryMb),
      AWS_LAMBDA_FUNCTION_VERSION: "$LATEST",
      LAMBDA_TASK_ROOT: copy,
      TZ: ":UTC",
      LANG: "en_US.UTF-8",
      // Lambda's writable /tmp: a private one, so no function reads another's copy through it.
      TMPDIR: scratch,
      ...extra,
    };
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd: copy, env, stdio: ["pipe", "pipe", "pipe", "pipe"] });
    const timer = setTimeout(() => child.kill("SIGKILL"), (spec.timeoutSeconds + 5) * 1000);
    child.stdin.end(JSON.stringify(event ?? {}));
    const [stdout, stderr, reply, code] = await Promise.all([
      readAll(child.stdout),
      readAll(child.stderr),
      readAll(child.stdio[3] as Readable),
      new Promise<number | null>((resolve) => child.on("close", (c) => resolve(c))),
    ]);
    clearTimeout(timer);
    rmSync(scratch, { recursive: true, force: true });
    const logs = `${stdout}${stderr}`;
    const { timings, ...outcome } = reply
      ? (JSON.parse(reply) as InvocationOutcome & { timings?: InvocationTimings })
      : {
          errorType: "Runtime.ExitError",
          errorMessage: `exited with ${code} and no response`,
          timings: undefined,
        };
    if (timings !== undefined && "result" in outcome) {
      measured.set(name, [...(measured.get(name) ?? []), timings]);
    }
    return { outcome, logs, durationMs: performance.now() - started, ...(timings ? { timings } : {}) };
  }

  async function invoke(name: string, event: unknown, extra: Record<string, string> = {}) {
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    try {
      return await invokeOnce(name, event, extra);
    } finally {
      running--;
      waiting.shift()?.();
    }
  }

  return {
    invoke,
    async call(name, event, env) {
      const { outcome, logs } = await invoke(name, event, env);
      if ("result" in outcome) return outcome.result;
      throw new ArtifactInvocationError(name, outcome.errorType, outcome.errorMessage, logs);
    },
    taskRoot,
    timings: () => measured,
    dispose: () => rmSync(root, { recursive: true, force: true }),
  };
}
