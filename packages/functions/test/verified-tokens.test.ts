import { describe, expect, it } from "vitest";
import { parseConfig } from "../src/config";
import { authenticate, signToken } from "../src/http/auth";
import { VerifiedTokens } from "../src/http/verified-tokens";

/* A token verified once is not verified again by the same process until its expiry — and never across settings. */

const secret = "s".repeat(40);
const cfg = parseConfig({ JWT_SECRET: secret });
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const sign = (over: { secret?: string; ttlSeconds?: number } = {}) =>
  signToken({
    secret: over.secret ?? secret,
    tenantId: "t1",
    role: "recruiter",
    issuer: cfg.JWT_ISSUER,
    audience: cfg.JWT_AUDIENCE,
    ...(over.ttlSeconds ? { ttlSeconds: over.ttlSeconds } : {}),
  });

describe("verified tokens", () => {
  it("answers a repeated token with the same claims, and still checks the role every time", async () => {
    const token = await sign();
    const first = await authenticate(cfg, bearer(token), "viewer");
    expect(await authenticate(cfg, bearer(token), "recruiter")).toEqual(first);
    await expect(authenticate(cfg, bearer(token), "admin")).rejects.toMatchObject({ code: "auth.forbidden" });
  });

  it("verifies again under another secret or audience: a cached token is not trusted there", async () => {
    const token = await sign();
    await authenticate(cfg, bearer(token), "viewer");
    const rotated = parseConfig({ JWT_SECRET: "r".repeat(40) });
    await expect(authenticate(rotated, bearer(token), "viewer")).rejects.toMatchObject({
      code: "auth.invalid_token",
    });
    const otherApi = parseConfig({ JWT_SECRET: secret, JWT_AUDIENCE: "another-api" });
    await expect(authenticate(otherApi, bearer(token), "viewer")).rejects.toMatchObject({
      code: "auth.invalid_token",
    });
  });

  it("never caches what failed: a token signed with another key stays refused", async () => {
    const forged = await sign({ secret: "f".repeat(40) });
    for (let i = 0; i < 2; i++) {
      await expect(authenticate(cfg, bearer(forged), "viewer")).rejects.toMatchObject({
        code: "auth.invalid_token",
      });
    }
  });

  it("keeps an entry until exp or iat + maximum age, whichever is first, and drops the oldest when full", () => {
    const cache = new VerifiedTokens(2);
    cache.set("a", { iat: 1_000, exp: 5_000 }, 600);
    expect(cache.get("a", 1_599)).toEqual({ iat: 1_000, exp: 5_000 });
    expect(cache.get("a", 1_600)).toBeUndefined();
    cache.set("b", { iat: 1_000, exp: 1_100 }, 600);
    expect(cache.get("b", 1_099)).toBeDefined();
    expect(cache.get("b", 1_100)).toBeUndefined();
    cache.set("no-exp", { iat: 1_000 }, 600);
    expect(cache.get("no-exp", 1_001)).toBeUndefined();
    cache.set("c", { exp: 9_000 });
    cache.set("d", { exp: 9_000 });
    cache.set("e", { exp: 9_000 });
    expect(cache.get("c", 1_000)).toBeUndefined();
    expect(cache.get("d", 1_000)).toBeDefined();
    expect(cache.get("e", 1_000)).toBeDefined();
  });
});
