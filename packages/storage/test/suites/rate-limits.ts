import { expect, it } from "vitest";
import type { SuiteContext } from "../support/drivers";
import { newTenant } from "../support/fixtures";

/** Rate-limit token buckets (issue 13): burst, refusal, no token handed out twice under a race. */
export function rateLimitSuite(ctx: () => SuiteContext): void {
  it("hands out at most the burst at once, even to concurrent requests, then refills", async () => {
    const { storage } = ctx();
    const key = `tenant:${newTenant()}:heavy`;
    const bucket = { key, capacity: 5, perSecond: 0.001 };
    const results = await Promise.all(Array.from({ length: 8 }, () => storage.takeRateLimitTokens([bucket])));
    expect(results.flat().filter((r) => r.allowed)).toHaveLength(5);
    const [after] = await storage.takeRateLimitTokens([bucket]);
    expect(after?.allowed).toBe(false);
    expect(after?.tokens).toBeLessThan(1);
    // A fast refill: a token is back within 100 ms.
    await new Promise((r) => setTimeout(r, 120));
    const [refilled] = await storage.takeRateLimitTokens([{ ...bucket, perSecond: 20 }]);
    expect(refilled?.allowed).toBe(true);
    // Another key is its own bucket.
    const [other] = await storage.takeRateLimitTokens([{ ...bucket, key: `${key}:other` }]);
    expect(other).toMatchObject({ allowed: true, tokens: 4 });
  });
}
