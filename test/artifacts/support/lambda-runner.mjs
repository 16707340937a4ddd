// What Lambda's own Node runtime does for one invocation, and nothing more: import the handler's
// module from LAMBDA_TASK_ROOT, call it with the event (stdin) and a Lambda-like context, and
// report the result — or `{ errorType, errorMessage }`, as Lambda does — on fd 3, so that
// stdout and stderr carry only the function's own logs. It lives outside the artifact (like
// /var/runtime) and imports nothing but Node's built-ins.
import { randomUUID } from "node:crypto";
import { writeSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const [handlerSpec = "", timeoutSeconds = "30"] = process.argv.slice(2);
const dot = handlerSpec.lastIndexOf(".");
const moduleName = handlerSpec.slice(0, dot);
const exportName = handlerSpec.slice(dot + 1);
const functionName = process.env.AWS_LAMBDA_FUNCTION_NAME ?? "artifact";
const startedAt = Date.now();
let reported = false;
// Lambda's init phase (the module's import) and the invocation, timed apart: a cost moved out of
// the import into the first request shows here (docs/benchmarks.md reports both).
const timings = { importMs: 0, handlerMs: 0 };

function report(payload) {
  if (reported) return;
  reported = true;
  writeSync(3, JSON.stringify({ ...payload, timings }));
  // Lambda freezes the sandbox after the response; a fresh process per invocation simply ends.
  process.exit(0);
}

function failure(error, errorType) {
  const e = error instanceof Error ? error : new Error(String(error));
  // The permission model names what was denied only in properties: say it in the message.
  const denied = e.code === "ERR_ACCESS_DENIED" && e.resource ? ` (${e.permission}: ${e.resource})` : "";
  return {
    errorType: errorType ?? e.name ?? "Error",
    errorMessage: `${e.message}${denied}`,
    ...(typeof e.code === "string" ? { code: e.code } : {}),
    trace: (e.stack ?? "").split("\n"),
  };
}

// An exception nobody awaits kills Lambda's runtime (Runtime.ExitError on AWS): same here.
process.on("uncaughtException", (error) => report({ ...failure(error), uncaught: true }));
process.on("unhandledRejection", (error) => report({ ...failure(error), uncaught: true }));

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString("utf8");
}

const context = {
  callbackWaitsForEmptyEventLoop: true,
  functionName,
  functionVersion: "$LATEST",
  invokedFunctionArn: `arn:aws:lambda:${process.env.AWS_REGION}:000000000000:function:${functionName}`,
  memoryLimitInMB: process.env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE ?? "128",
  awsRequestId: randomUUID(),
  logGroupName: `/aws/lambda/${functionName}`,
  logStreamName: "artifact",
  getRemainingTimeInMillis: () => Math.max(0, Number(timeoutSeconds) * 1000 - (Date.now() - startedAt)),
  done: () => undefined,
  fail: () => undefined,
  succeed: () => undefined,
};

try {
  const event = JSON.parse((await readStdin()) || "{}");
  const root = process.env.LAMBDA_TASK_ROOT ?? process.cwd();
  let module;
  const importing = performance.now();
  try {
    module = await import(pathToFileURL(join(root, `${moduleName}.mjs`)).href);
  } catch (error) {
    report(failure(error, "Runtime.ImportModuleError"));
  }
  timings.importMs = performance.now() - importing;
  const handler = module?.[exportName];
  if (typeof handler !== "function") {
    report(failure(new Error(`${handlerSpec} is undefined or not exported`), "Runtime.HandlerNotFound"));
  }
  const handling = performance.now();
  const result = await handler(event, context);
  timings.handlerMs = performance.now() - handling;
  report({ result: result ?? null });
} catch (error) {
  report(failure(error));
}
