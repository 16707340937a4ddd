import { signToken } from "@futodama/functions/auth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LocalRuntime } from "../src/runtime";
import { call, fileForm, startTestRuntime, tokenFor } from "./support";

/*
 * Issue 13 item 7: token buckets in the database, per token and per tenant, stricter for uploads
 * and AI work than for reads. Three uploads a token here (and almost no refill) keep it short.
 */
let runtime: LocalRuntime;

beforeAll(async () => {
  runtime = await startTestRuntime({
    RATE_LIMITS: "on",
    RATE_LIMIT_HEAVY: "3/0.01",
    RATE_LIMIT_READ: "1000/100",
    RATE_LIMIT_TENANT_FACTOR: "1",
  });
});
afterAll(async () => {
  await runtime?.stop();
});

const upload = (token: string, n: number) =>
  call(runtime, "POST", "/api/resumes/upload", {
    token,
    form: fileForm(`Rate Person ${n}\nrate${n}@example.com\n\nSkills\nTypeScript`, `rate-${n}.txt`),
  });

describe("rate limits", () => {
  it("answers 429 with Retry-After and RateLimit-* once a tenant's uploads run out, and spares another tenant", async () => {
    const alice = await tokenFor(runtime, "limited-a", "recruiter");
    const answers = [];
    for (let n = 1; n <= 4; n += 1) answers.push(await upload(alice, n));
    expect(answers.slice(0, 3).map((a) => a.status)).toEqual([202, 202, 202]);
    expect(answers.map((a) => a.headers["ratelimit-remaining"])).toEqual(["2", "1", "0", "0"]);
    const refused = answers[3];
    expect(refused?.status).toBe(429);
    expect(refused?.body.code).toBe("rate_limit.exceeded");
    expect(Number(refused?.headers["retry-after"])).toBeGreaterThanOrEqual(1);
    expect(refused?.headers).toMatchObject({ "ratelimit-limit": "3", "ratelimit-policy": "3;w=300" });

    // Reads are their own, larger bucket: still served.
    const read = await call(runtime, "GET", "/api/resumes", { token: alice });
    expect(read.status).toBe(200);
    expect(Number(read.headers["ratelimit-remaining"])).toBeGreaterThan(900);

    // Another tenant draws from its own buckets.
    const bob = await tokenFor(runtime, "limited-b", "recruiter");
    expect((await upload(bob, 9)).status).toBe(202);
  });

  it("limits the tenant as a whole: another token of the same tenant is refused too", async () => {
    const first = await tokenFor(runtime, "limited-c", "recruiter");
    for (let n = 11; n <= 13; n += 1) expect((await upload(first, n)).status).toBe(202);
    // A second token (another subject) of the same tenant: its own bucket has room, the tenant's not.
    const other = await signToken({
      secret: runtime.jwtSecret,
      tenantId: "limited-c",
      role: "recruiter",
      subject: "another-user",
      issuer: "futodama",
      audience: "futodama-api",
    });
    const res = await upload(other, 14);
    expect([res.status, res.body.code]).toEqual([429, "rate_limit.exceeded"]);
    expect(res.body.details).toMatchObject({ scope: "tenant", class: "heavy" });
  });

  it("does not limit health and readiness", async () => {
    for (let n = 0; n < 5; n += 1) expect((await call(runtime, "GET", "/health")).status).toBe(200);
  });
});
