import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import type { LocalRuntime } from "../src/runtime";
import { call, tokenFor, useTestRuntime } from "./support";

/** Issue 11: the inputs that were a 500 (or were read wrongly), and tokens that lived forever. */
let runtime: LocalRuntime;
let token: string;

useTestRuntime({ env: { JWT_MAX_AGE_SECONDS: "3600" } }, (started) => {
  ({ runtime, token } = started);
});

describe("bad input that used to be a 500 is a 400 with a stable code", () => {
  it.each([
    ["a NUL in a search", "/api/resumes?q=a%00b", "request.invalid_characters"],
    ["a lone surrogate in a JSON-less query", "/api/jobs?q=%ED%A0%80x", null],
    ["a year 0 date", "/api/resumes?createdAfter=0000-01-01T00:00:00Z", "request.invalid"],
    ["a year 275760 date", "/api/jobs?createdBefore=%2B275760-09-13T00:00:00Z", "request.invalid"],
    ["a broken %-encoding in the path", "/api/resumes/%E0%A4%A", "request.invalid_path"],
    ["a hexadecimal page size", "/api/resumes?limit=0x10", "request.invalid"],
    ["a page size in exponent form", "/api/jobs?limit=1e1", "request.invalid"],
  ])("%s", async (_name, path, code) => {
    const res = await call(runtime, "GET", path, { token });
    if (code === null) {
      // URLSearchParams turns a broken UTF-8 sequence into U+FFFD: a plain, harmless search.
      expect(res.status).toBe(200);
      return;
    }
    expect(res.status).toBe(400);
    expect(res.body.code).toBe(code);
    expect(JSON.stringify(res.body)).not.toContain("URIError");
  });

  it("a NUL in a path parameter is refused", async () => {
    const admin = await tokenFor(runtime, "acme", "admin");
    const res = await call(runtime, "DELETE", "/api/codex/aliases/a%00b", { token: admin });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe("request.invalid_characters");
  });

  it("a NUL or a lone surrogate in a JSON body is refused before anything is written", async () => {
    for (const text of ["Job\u0000title", "Job \ud800 title"]) {
      const res = await call(runtime, "POST", "/api/jobs", { token, json: { text } });
      expect(res.status).toBe(400);
      expect(res.body.code).toBe("request.invalid_characters");
    }
    expect(await runtime.deps.storage.countRecords("acme", "job")).toBe(0);
  });

  it("a decimal page size still works", async () => {
    expect((await call(runtime, "GET", "/api/resumes?limit=16", { token })).status).toBe(200);
  });
});

describe("tokens expire and cannot come from the future", () => {
  const sign = (claims: { iat?: number; exp?: number }) => {
    const jwt = new SignJWT({ tenant: "acme", role: "admin" })
      .setProtectedHeader({ alg: "HS256" })
      .setIssuer("futodama")
      .setAudience("futodama-api");
    if (claims.iat !== undefined) jwt.setIssuedAt(claims.iat);
    if (claims.exp !== undefined) jwt.setExpirationTime(claims.exp);
    return jwt.sign(new TextEncoder().encode(runtime.jwtSecret));
  };
  const now = () => Math.floor(Date.now() / 1000);

  it.each([
    ["no exp", () => sign({ iat: now() }), "auth.invalid_token"],
    ["no iat", () => sign({ exp: now() + 600 }), "auth.invalid_token"],
    [
      "iat a year ahead",
      () => sign({ iat: now() + 365 * 86400, exp: now() + 400 * 86400 }),
      "auth.invalid_token",
    ],
    [
      "older than the maximum age",
      () => sign({ iat: now() - 7200, exp: now() + 86400 }),
      "auth.token_expired",
    ],
  ])("%s is refused", async (_name, make, code) => {
    const res = await call(runtime, "GET", "/api/resumes", { token: await make() });
    expect(res.status).toBe(401);
    expect(res.body.code).toBe(code);
  });

  it("a clock a few seconds ahead is tolerated", async () => {
    const res = await call(runtime, "GET", "/api/resumes", {
      token: await sign({ iat: now() + 20, exp: now() + 600 }),
    });
    expect(res.status).toBe(200);
  });
});
