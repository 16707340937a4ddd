import { parentPort } from "node:worker_threads";
import { isAppError } from "@futodama/core";
import { draftInline, extractInline } from "@futodama/services/document/parser";
import type { ParseReply, ParseRequest, WorkerError } from "./parse-protocol";

/*
 * The parse worker: the CPU-bound half of ingest (reading the text layer, the deterministic
 * parse) on its own thread, so the local runtime's event loop keeps answering. The same code
 * as inline: `extractInline`, `draftInline`. Built as its own entry of the CLI bundle (scripts/cli-build.mjs).
 */

function describe(error: unknown): WorkerError {
  if (isAppError(error)) {
    return {
      name: error.name,
      kind: error.kind,
      code: error.code,
      message: error.message,
      details: error.details,
    };
  }
  return { name: "Error", message: error instanceof Error ? error.message : String(error) };
}

async function run(request: ParseRequest): Promise<ParseReply> {
  try {
    const result =
      request.op === "extract"
        ? await extractInline(request.bytes, request.filename)
        : await draftInline(request.documentJson, request.kind, request.aliases);
    return { id: request.id, ok: true, result };
  } catch (error) {
    return { id: request.id, ok: false, error: describe(error) };
  }
}

parentPort?.on("message", (request: ParseRequest) => {
  void run(request).then((reply) => parentPort?.postMessage(reply));
});
