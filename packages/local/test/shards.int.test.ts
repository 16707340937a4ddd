import { HeadObjectCommand } from "@aws-sdk/client-s3";
import type { MatchShardRequest } from "@futodama/core";
import { indexSnapshotKey, readIndexManifest } from "@futodama/services/match";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runRematch } from "../src/commands/rematch";
import type { LocalRuntime } from "../src/runtime";
import { call, startTestRuntime, tokenFor, waitUntilSettled } from "./support";

/*
 * Issue 14.5 on the local runtime, over real HTTP: a tenant past INDEX_SHARD_SIZE (3 here) is
 * written as shards by Rematch, and step 1 then fans out through the same LambdaClient a deployed
 * function uses, to the runtime's own Lambda endpoint, which runs the MatchShardTask handler.
 * The answer equals the one ranked whole before, result for result.
 */
const tenant = "shards-tenant";
const skills = ["TypeScript", "PostgreSQL", "Docker", "Kubernetes", "Python", "AWS", "React", "Go"];
const cv = (i: number) => {
  const name = `Person Number${i} Example`;
  const own = [skills[i % 8], skills[(i * 3 + 1) % 8], skills[(i * 5 + 2) % 8]].join(", ");
  return `${name}\nperson${i}@example.com | Copenhagen, Denmark\n\nExperience\nBackend Developer, Acme ApS — Jan ${2010 + (i % 12)} – Present\n- Worked with ${own}.\n\nSkills\n${own}\n`;
};
const job = `Backend Engineer\n\nRequirements\n- TypeScript\n- PostgreSQL\n\nNice to have\n- Docker\n- Kubernetes\n`;

let runtime: LocalRuntime;
let token: string;
let jobId: string;

beforeAll(async () => {
  runtime = await startTestRuntime({ INDEX_SHARD_SIZE: "3", REMATCH_INTERVAL_MINUTES: "0" });
  token = await tokenFor(runtime, tenant, "recruiter");
  const created = await call(runtime, "POST", "/api/jobs", { token, json: { text: job } });
  jobId = String(created.body.id);
  expect((await waitUntilSettled(runtime, token, `/api/jobs/${jobId}`)).body.status).toBe("parsed");
  for (let i = 0; i < 10; i++) {
    const res = await call(runtime, "POST", "/api/resumes", { token, json: { text: cv(i) } });
    expect(res.status, JSON.stringify(res.body)).toBe(202);
    const settled = await waitUntilSettled(runtime, token, `/api/resumes/${res.body.id}`);
    expect(settled.body.status).toBe("parsed");
  }
}, 120_000);
afterAll(async () => {
  await runtime?.stop();
});

type Result = { resumeId: string; rank: number; score: number; coverage: number; breakdown: unknown };
const ranked = (body: Record<string, unknown>) =>
  (body.results as Result[]).map(({ resumeId, rank, score, coverage, breakdown }) => ({
    resumeId,
    rank,
    score,
    coverage,
    breakdown,
  }));

describe("sharded step 1 on the local runtime", () => {
  let whole: Result[];

  it("ranks a tenant whole until Rematch shards it, then fans out through Lambda Invoke to the same answer", async () => {
    const before = await call(runtime, "POST", `/api/jobs/${jobId}/match/step1`, { token, json: { top: 8 } });
    expect(before.status, JSON.stringify(before.body)).toBe(200);
    whole = ranked(before.body);
    expect(whole.length).toBe(8);

    const calls: MatchShardRequest[] = [];
    const invoke = runtime.deps.matchShards;
    if (invoke === undefined) throw new Error("the runtime builds no shard invoker");
    runtime.deps.matchShards = (request) => {
      calls.push(request);
      return invoke(request);
    };
    try {
      // Rematch: SnapshotIndexes writes 4 shards (10 CVs, 3 a shard), then re-ranks the job — fanned out.
      const report = await runRematch(runtime.deps.sfn, runtime.executor.stateMachineArn("Rematch"), {
        tenantId: tenant,
        wait: true,
      });
      expect(report).toMatchObject({ status: "SUCCEEDED", jobs: 1, ranked: 1, failures: [] });
      expect((await readIndexManifest(runtime.deps, tenant))?.of).toBe(4);
      expect(new Set(calls.map((c) => c.shard))).toEqual(new Set([0, 1, 2, 3]));

      calls.length = 0;
      const after = await call(runtime, "POST", `/api/jobs/${jobId}/match/step1`, {
        token,
        json: { top: 8 },
      });
      expect(after.status, JSON.stringify(after.body)).toBe(200);
      expect(ranked(after.body)).toEqual(whole);
      expect(
        calls
          .filter((c) => c.k === 8)
          .map((c) => c.shard)
          .sort(),
      ).toEqual([0, 1, 2, 3]);
      expect(calls.filter((c) => c.k === 0).length).toBeGreaterThan(0);
    } finally {
      runtime.deps.matchShards = invoke;
    }
  }, 120_000);

  it("answers 502 match.shard_failed when a shard function fails, and marks the session failed", async () => {
    const invoke = runtime.deps.matchShards;
    if (invoke === undefined) throw new Error("the runtime builds no shard invoker");
    // Shard 2 gets a request its handler refuses: a real function error, through the real endpoint.
    runtime.deps.matchShards = (request) => invoke(request.shard === 2 ? { ...request, k: -1 } : request);
    try {
      const res = await call(runtime, "POST", `/api/jobs/${jobId}/match/step1`, { token, json: { top: 8 } });
      expect(res.status).toBe(502);
      expect(res.body).toMatchObject({ code: "match.shard_failed" });
      const sessions = await call(runtime, "GET", `/api/jobs/${jobId}/match-sessions`, { token });
      expect((sessions.body.items as Array<{ status: string }>)[0]?.status).toBe("failed");
    } finally {
      runtime.deps.matchShards = invoke;
    }
  }, 60_000);

  it("keeps each shard's snapshot under indexes/<tenant>/<shard>-of-<n>.fidx and drops the whole one", async () => {
    const head = (key: string) =>
      runtime.deps.s3.send(new HeadObjectCommand({ Bucket: runtime.deps.buckets.uploads, Key: key })).then(
        () => true,
        () => false,
      );
    expect(await head(indexSnapshotKey(tenant, { shard: 3, of: 4 }))).toBe(true);
    expect(await head(indexSnapshotKey(tenant))).toBe(false);
  });
});
