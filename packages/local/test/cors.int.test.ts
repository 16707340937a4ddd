import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { corsOrigins as stackCorsOrigins, defaultCorsOrigins as stackDefaults } from "../../../stacks/cors";
import { corsOrigins, defaultCorsOrigins } from "../src/cors";
import type { LocalRuntime } from "../src/runtime";
import { startTestRuntime, tokenFor } from "./support";

let runtime: LocalRuntime;
const app = "https://app.example";

beforeAll(async () => {
  runtime = await startTestRuntime({ CORS_ORIGINS: `${app}, http://localhost:5173` });
});
afterAll(async () => {
  await runtime?.stop();
});

const preflight = (origin: string, path = "/api/resumes") =>
  fetch(`${runtime.apiUrl}${path}`, {
    method: "OPTIONS",
    headers: {
      origin,
      "access-control-request-method": "POST",
      "access-control-request-headers": "authorization,content-type",
    },
  });

describe("CORS on the local API", () => {
  it("uses the same origins as API Gateway: CORS_ORIGINS, or the local dev origins", () => {
    expect(defaultCorsOrigins).toEqual(stackDefaults);
    for (const env of [{}, { CORS_ORIGINS: "" }, { CORS_ORIGINS: ` ${app} ,https://b.example,` }])
      expect(corsOrigins(env)).toEqual(stackCorsOrigins(env));
  });

  it("answers a preflight from an allowed origin with 204 and the allowed methods and headers", async () => {
    for (const origin of [app, "http://localhost:5173"]) {
      const res = await preflight(origin);
      expect(res.status).toBe(204);
      expect(res.headers.get("access-control-allow-origin")).toBe(origin);
      expect(res.headers.get("access-control-allow-methods")).toContain("POST");
      expect(res.headers.get("access-control-allow-headers")).toContain("authorization");
      expect(Number(res.headers.get("access-control-max-age"))).toBeGreaterThan(0);
    }
  });

  it("adds Allow-Origin and Expose-Headers to answers for an allowed origin, errors included", async () => {
    const token = await tokenFor(runtime, "cors", "viewer");
    const ok = await fetch(`${runtime.apiUrl}/api/resumes`, {
      headers: { origin: app, authorization: `Bearer ${token}` },
    });
    expect(ok.status).toBe(200);
    expect(ok.headers.get("access-control-allow-origin")).toBe(app);
    expect(ok.headers.get("access-control-expose-headers")).toContain("location");
    const refused = await fetch(`${runtime.apiUrl}/api/resumes`, { headers: { origin: app } });
    expect(refused.status).toBe(401);
    expect(refused.headers.get("access-control-allow-origin")).toBe(app);
  });

  it("gives a disallowed origin no CORS headers at all", async () => {
    const res = await preflight("https://evil.example");
    expect(res.status).toBe(204);
    const plain = await fetch(`${runtime.apiUrl}/health`, { headers: { origin: "https://evil.example" } });
    for (const r of [res, plain]) {
      expect([...r.headers.keys()].filter((h) => h.startsWith("access-control-"))).toEqual([]);
    }
    const noOrigin = await fetch(`${runtime.apiUrl}/health`);
    expect(noOrigin.headers.get("access-control-allow-origin")).toBeNull();
  });
});
