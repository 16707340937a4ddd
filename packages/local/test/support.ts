import { signToken } from "@futodama/functions/auth";
import type { Role } from "@futodama/functions/routes";
import { type LocalRuntime, startLocalRuntime } from "../src/runtime";

/** A local runtime in memory on a free port, with a small upload limit for the limit tests. */
export async function startTestRuntime(env: Record<string, string> = {}): Promise<LocalRuntime> {
  return startLocalRuntime({
    port: 0,
    host: "127.0.0.1",
    dataDir: null,
    env: { LOG_LEVEL: "SILENT", MAX_UPLOAD_BYTES: String(256 * 1024), ...env },
  });
}

/** The runtime's API (the in-process one, or the artifact tier's) is all these helpers need. */
type Api = Pick<LocalRuntime, "apiUrl">;

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
  return { status: res.status, body: parsed };
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
