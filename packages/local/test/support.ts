import { signToken } from "@futodama/functions/auth";
import type { Role } from "@futodama/functions/routes";
import { afterAll, beforeAll } from "vitest";
import { type LocalRuntime, startLocalRuntime } from "../src/runtime";
import { contractRecorder } from "./contract-check";

/**
 * A local runtime in memory on a free port, with a small upload limit for the limit tests.
 * Every answer it sends is checked against the OpenAPI document (contract-check.ts); stop()
 * fails the test file with whatever broke the contract.
 */
export async function startTestRuntime(
  env: Record<string, string> = {},
  /** A folder for file-backed PGlite and S3 (a test that reads them after stop); in memory by default. */
  dataDir: string | null = null,
): Promise<LocalRuntime> {
  const contract = contractRecorder();
  const runtime = await startLocalRuntime({
    port: 0,
    host: "127.0.0.1",
    dataDir,
    // Rate limits off: the tests poll and upload faster than any client should (rate-limits.int.test.ts turns them on).
    env: { LOG_LEVEL: "SILENT", MAX_UPLOAD_BYTES: String(256 * 1024), RATE_LIMITS: "off", ...env },
    onExchange: contract.onExchange,
  });
  const stop = runtime.stop.bind(runtime);
  runtime.stop = async () => {
    await stop();
    const violations = contract.violations();
    if (violations.length > 0) {
      throw new Error(`${violations.length} responses break the OpenAPI contract:\n${violations.join("\n")}`);
    }
  };
  return runtime;
}

/** The runtime's API (the in-process one, or the artifact tier's) is all these helpers need. */
export type Api = Pick<LocalRuntime, "apiUrl">;

export function tokenFor(
  runtime: Pick<LocalRuntime, "jwtSecret">,
  tenantId: string,
  role: Role = "recruiter",
  ttlSeconds?: number,
) {
  return signToken({
    secret: runtime.jwtSecret,
    tenantId,
    role,
    issuer: "futodama",
    audience: "futodama-api",
    ...(ttlSeconds === undefined ? {} : { ttlSeconds }),
  });
}

export interface ApiResponse {
  status: number;
  body: Record<string, unknown>;
  /** The response headers, lower-case names (Location, Retry-After, RateLimit-*…). */
  headers: Record<string, string>;
}

export async function call(
  runtime: Api,
  method: string,
  path: string,
  options: {
    token?: string;
    json?: unknown;
    form?: FormData;
    body?: RequestInit["body"];
    headers?: Record<string, string>;
  } = {},
): Promise<ApiResponse> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let body: RequestInit["body"] | undefined = options.body;
  if (options.json !== undefined) {
    headers["content-type"] = "application/json";
    body = JSON.stringify(options.json);
  }
  if (options.form) body = options.form;
  const res = await fetch(`${runtime.apiUrl}${path}`, {
    method,
    headers,
    ...(body === undefined ? {} : { body }),
  });
  const text = await res.text();
  let parsed: Record<string, unknown> = {};
  try {
    parsed = text ? (JSON.parse(text) as Record<string, unknown>) : {};
  } catch {
    parsed = { raw: text };
  }
  return { status: res.status, body: parsed, headers: Object.fromEntries(res.headers) };
}

export function fileForm(content: string | Uint8Array, filename: string): FormData {
  const form = new FormData();
  form.append("file", new Blob([content]), filename);
  return form;
}

/** Polls GET until the record leaves queued/processing. */
export async function waitUntilSettled(
  runtime: Api,
  token: string,
  path: string,
  timeoutMs = 20_000,
): Promise<ApiResponse> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const res = await call(runtime, "GET", path, { token });
    if (res.status !== 200 || (res.body.status !== "queued" && res.body.status !== "processing")) return res;
    if (Date.now() > deadline)
      throw new Error(`${path} still ${String(res.body.status)} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** One in-memory runtime for a test file (started before its tests, stopped after), with a token. */
export function useTestRuntime(
  options: { env?: Record<string, string>; tenant?: string; role?: Role },
  ready: (started: { runtime: LocalRuntime; token: string }) => void,
): void {
  let runtime: LocalRuntime | undefined;
  beforeAll(async () => {
    runtime = await startTestRuntime(options.env);
    ready({ runtime, token: await tokenFor(runtime, options.tenant ?? "acme", options.role) });
  });
  afterAll(async () => {
    await runtime?.stop();
  });
}
