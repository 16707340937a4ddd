import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { AppError, InternalError, TooLargeError, TransientError } from "@futodama/core";
import type { DocumentParser } from "@futodama/services/document/parser";
import type { ParseReply, ParseRequest, ParseTask, WorkerError } from "./parse-protocol";

/**
 * The local runtime's DocumentParser: one worker thread (./parse-worker) reading and parsing
 * documents, so a 3 MB CV never holds up `/health` or a read. Hand-written on worker_threads
 * rather than a pool library (piscina, tinypool): those start their own worker script from their
 * package folder, which a bundle does not carry; one thread, a queue and a deadline are enough.
 */
export interface WorkerParser extends DocumentParser {
  close(): Promise<void>;
}

/** A task that runs longer than this is stopped (the thread is replaced) and fails as too complex. */
export const parseTaskTimeoutMs = 60_000;

interface Pending {
  resolve(value: unknown): void;
  reject(error: unknown): void;
  timer: NodeJS.Timeout;
}

/** The built CLI bundle carries parse-worker.mjs next to its chunks; from source it is the .ts file. */
function workerSpec(): { url: URL; execArgv: string[] } {
  const built = new URL("./parse-worker.mjs", import.meta.url);
  if (existsSync(built)) return { url: built, execArgv: process.execArgv };
  const source = new URL("./parse-worker.ts", import.meta.url);
  // The workspace's TypeScript needs tsx's loader: vitest's flags do not carry it (under tsx it is
  // there already, and loading it twice is harmless).
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve("tsx/esm")).href;
  return { url: source, execArgv: [...process.execArgv, "--import", tsx] };
}

function rebuild(error: WorkerError): Error {
  const rebuilt =
    error.kind && error.code
      ? new AppError(error.kind, error.code, error.message, { details: error.details })
      : new InternalError("document.parse_failed", error.message);
  // Step Functions' Retry/Catch match on the name (TransientError…): keep the worker's.
  Object.defineProperty(rebuilt, "name", { value: error.name });
  return rebuilt;
}

export function createWorkerParser(timeoutMs = parseTaskTimeoutMs): WorkerParser {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const failAll = (error: unknown) => {
    for (const [id, task] of pending) {
      clearTimeout(task.timer);
      task.reject(error);
      pending.delete(id);
    }
  };

  const start = (): Worker => {
    const { url, execArgv } = workerSpec();
    const started = new Worker(url, { execArgv });
    started.on("message", (reply: ParseReply) => {
      const task = pending.get(reply.id);
      if (!task) return;
      pending.delete(reply.id);
      clearTimeout(task.timer);
      if (reply.ok) task.resolve(reply.result);
      else task.reject(rebuild(reply.error));
    });
    const lost = (reason: string) => {
      if (worker === started) worker = null;
      failAll(
        new TransientError("document.parser_restarted", `The document reader stopped (${reason}); try again`),
      );
    };
    started.on("error", (error) => lost(error.message));
    started.on("exit", (code) => lost(`exit code ${code}`));
    // Idle, it must not keep a CLI or a test process alive.
    started.unref();
    return started;
  };

  const call = <T>(request: ParseTask, transfer: ArrayBuffer[] = []): Promise<T> => {
    worker ??= start();
    const target = worker;
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(
          new TooLargeError(
            "document.timeout",
            `Reading the document took longer than ${Math.round(timeoutMs / 1000)} s; it is too complex. Upload a shorter or simpler file`,
            { details: { timeoutMs } },
          ),
        );
        // The only way to stop a synchronous parse: the thread goes, the next task starts a new one.
        void target.terminate();
      }, timeoutMs);
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject, timer });
      target.postMessage({ ...request, id } as ParseRequest, transfer);
    });
  };

  return {
    extract: (bytes, filename) => {
      // A copy is moved to the worker; the caller keeps its bytes.
      const copy = bytes.slice();
      return call({ op: "extract", bytes: copy, filename }, [copy.buffer]);
    },
    draft: (documentJson, kind, aliases) => call({ op: "draft", documentJson, kind, aliases: [...aliases] }),
    async close() {
      const current = worker;
      worker = null;
      failAll(new TransientError("document.parser_restarted", "The runtime is stopping"));
      if (!current) return;
      // Unreferenced, the stopping thread would not keep the loop alive: with every other handle
      // closed, the process would end here, before its caller's next line (Ctrl-C's "Stopped cleanly").
      current.ref();
      await current.terminate();
    },
  };
}
