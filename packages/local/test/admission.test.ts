import { type HttpDomain, routes } from "@futodama/functions/routes";
import type { APIGatewayProxyStructuredResultV2 } from "aws-lambda";
import { afterEach, describe, expect, it } from "vitest";
import { AdmissionControl, admissionLimitsFrom } from "../src/admission";
import { type HttpLambda, startHttpServer } from "../src/http-server";

/*
 * Issue 11, item 9: under saturation a client is answered — a 503 `server.busy` with Retry-After
 * within a bounded time — never left to time out, and /health still answers at once. The handlers
 * here are held open on purpose, standing in for a runtime whose work in flight is slow.
 */

const ok: APIGatewayProxyStructuredResultV2 = { statusCode: 200, body: "{}" };
let held: Array<() => void> = [];
const slow: HttpLambda = () => new Promise((resolve) => held.push(() => resolve(ok)));
const fast: HttpLambda = async () => ok;
const handlers = Object.fromEntries(
  [...new Set(routes.map((r) => r.domain))].map((domain) => [domain, domain === "system" ? fast : slow]),
) as Record<HttpDomain, HttpLambda>;

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  for (const release of held) release();
  held = [];
  await close?.();
});

/** One limit for reads and writes alike here: these tests are about the gate, not the split. */
async function saturatedServer(limits: { maxInFlight: number; maxQueued: number; maxWaitMs: number }) {
  const http = await startHttpServer({
    port: 0,
    routes,
    handlers,
    maxBodyBytes: 1024 * 1024,
    admission: new AdmissionControl({ ...limits, maxReadsInFlight: limits.maxInFlight }),
    listeners: 2,
  });
  close = http.close;
  return http.url;
}

const timed = async (request: Promise<Response>) => {
  const started = performance.now();
  const response = await request;
  return { response, ms: performance.now() - started, body: (await response.json()) as { code?: string } };
};

describe("admission control of the local API", () => {
  it("answers 503 server.busy with Retry-After at once past the queue, and after its wait bound", async () => {
    const url = await saturatedServer({ maxInFlight: 1, maxQueued: 1, maxWaitMs: 400 });
    const get = () => fetch(`${url}/api/resumes?limit=20`);
    const running = get();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const waiting = timed(get());
    await new Promise((resolve) => setTimeout(resolve, 50));

    const refused = await timed(get());
    expect(refused.response.status).toBe(503);
    expect(refused.response.headers.get("retry-after")).toBe("1");
    expect(refused.body.code).toBe("server.busy");
    expect(refused.ms).toBeLessThan(300);

    const waited = await waiting;
    expect(waited.response.status).toBe(503);
    expect(waited.body.code).toBe("server.busy");
    expect(waited.ms).toBeGreaterThanOrEqual(350);
    expect(waited.ms).toBeLessThan(2000);

    // /health is never queued behind the domains' work.
    const health = await timed(fetch(`${url}/health`));
    expect(health.response.status).toBe(200);
    expect(health.ms).toBeLessThan(300);

    for (const release of held) release();
    expect((await running).status).toBe(200);
  });

  it("serves waiting requests in order as turns free up, reads apart from writes", async () => {
    const url = await saturatedServer({ maxInFlight: 1, maxQueued: 10, maxWaitMs: 5000 });
    const first = fetch(`${url}/api/resumes?limit=20`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const second = fetch(`${url}/api/resumes?limit=20`);
    // A write of the same domain has its own gate: it is not behind the reads.
    const write = fetch(`${url}/api/resumes`, { method: "POST", body: "{}" });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(held).toHaveLength(2);
    held.shift()?.();
    expect((await first).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(held).toHaveLength(2);
    for (const release of held) release();
    expect((await second).status).toBe(200);
    expect((await write).status).toBe(200);
  });

  it("reads its limits from the environment and refuses nonsense by name", () => {
    expect(admissionLimitsFrom({ LOCAL_API_MAX_IN_FLIGHT: "8" }).maxInFlight).toBe(8);
    // Reads have their own, higher limit: gets that arrive together share one statement.
    expect(admissionLimitsFrom({})).toMatchObject({ maxInFlight: 4, maxReadsInFlight: 64 });
    expect(admissionLimitsFrom({ LOCAL_API_MAX_READS_IN_FLIGHT: "32" }).maxReadsInFlight).toBe(32);
    expect(() => admissionLimitsFrom({ LOCAL_API_MAX_WAIT_MS: "soon" })).toThrow(/LOCAL_API_MAX_WAIT_MS/);
  });
});
