import { ListObjectsV2Command } from "@aws-sdk/client-s3";
import { routes } from "@futodama/functions/routes";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LocalRuntime } from "../src/runtime";
import { requestsFor } from "./fuzz-support";
import { startTestRuntime, tokenFor } from "./support";

/**
 * Issue 11 item 5: generated garbage at every route's path parameters, query strings and
 * bodies. Never a 500; every refusal a 4xx with a stable dotted code; nothing written.
 */
let runtime: LocalRuntime;
let token: string;
const tenant = "fuzz";
const stableCode = /^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$/;

beforeAll(async () => {
  runtime = await startTestRuntime();
  token = await tokenFor(runtime, tenant, "admin");
});
afterAll(async () => {
  await runtime?.stop();
});

/** Everything a request could have written: records, stored objects, aliases. */
async function footprint() {
  const { storage, s3, buckets } = runtime.deps;
  const objects = async (bucket: string) =>
    (await s3.send(new ListObjectsV2Command({ Bucket: bucket }))).KeyCount ?? 0;
  return {
    jobs: await storage.countRecords(tenant, "job"),
    resumes: await storage.countRecords(tenant, "resume"),
    aliases: (await storage.listSkillAliases(tenant)).length,
    uploads: await objects(buckets.uploads),
    drops: await objects(buckets.drops),
  };
}

describe("generated garbage at every route", () => {
  it("is never a 500, is refused with a stable code, and writes nothing", async () => {
    const before = await footprint();
    const seen: string[] = [];
    for (const route of routes) {
      await fc.assert(
        fc.asyncProperty(requestsFor(route), async (request) => {
          const res = await fetch(`${runtime.apiUrl}${request.path}`, {
            method: request.method,
            headers: { ...request.headers, authorization: `Bearer ${token}` },
            ...(request.body === undefined ? {} : { body: request.body }),
          });
          const text = await res.text();
          const where = `${route.operationId} ${request.method} ${request.path.slice(0, 200)} (poison in ${request.poison}) → ${res.status} ${text.slice(0, 300)}`;
          expect(res.status, where).toBeGreaterThanOrEqual(400);
          expect(res.status, where).toBeLessThan(500);
          const body = JSON.parse(text) as { code?: unknown; error?: unknown };
          expect(String(body.code), where).toMatch(stableCode);
          expect(typeof body.error, where).toBe("string");
          expect(text, where).not.toMatch(/URIError|TypeError|stack|at \w+ \(/);
          seen.push(String(body.code));
        }),
        { numRuns: 12, seed: 11, endOnFailure: true },
      );
    }
    expect(await footprint()).toEqual(before);
    expect(seen.length).toBe(routes.length * 12);
  }, 120_000);
});
