import { type JobQuery, jobQuery, type MatchShardRequest, shardOf, UpstreamError } from "@futodama/core";
import { describe, expect, it } from "vitest";
import type { ServiceDeps } from "../src/deps";
import { rankTenantCandidates } from "../src/match/fan-out";
import { clearCandidateIndexes } from "../src/match/index-cache";
import { indexManifestKey, readIndexManifest } from "../src/match/index-layout";
import { indexSnapshotKey } from "../src/match/index-snapshots";
import { answerShardRequest } from "../src/match/shard-step";
import { snapshotIndexesStep } from "../src/rematch/rematch-steps";
import { headObject } from "../src/shared/s3";
import { persistElsewhere } from "./resume-rows";
import { useSnapshotWorld } from "./snapshot-world";

/*
 * Sharded tenants on real parts (PGlite rows, the fauxqs S3 emulator): SnapshotIndexes splits a
 * tenant past a (tiny) shard size into shard snapshots plus a manifest; step 1 then fans out, one
 * shard answer per snapshot (here the shard service itself, called with the JSON a Lambda
 * invocation carries), and its merged answer is the whole tenant's, to the bit.
 */
const world = useSnapshotWorld();

const skills = ["TypeScript", "PostgreSQL", "Kubernetes", "Go", "Python", "React", "Docker", "SQL", "Java"];
const buckets = { uploads: "uploads", drops: "drops" };

/** Deps whose shard function is the shard service, reached through JSON as a Lambda payload is. */
function shardedDeps(
  calls: MatchShardRequest[] = [],
  fail?: (r: MatchShardRequest) => boolean,
  origins: string[] = [],
) {
  const deps = { storage: world.storage, s3: world.s3, buckets } as unknown as ServiceDeps;
  deps.matchShards = async (request) => {
    calls.push(request);
    if (fail?.(request))
      throw new Error("MatchShardTask failed (Unhandled): Task timed out after 20.00 seconds");
    const answer = await answerShardRequest(deps, JSON.parse(JSON.stringify(request)));
    origins.push(answer.origin);
    return JSON.parse(JSON.stringify(answer));
  };
  return deps;
}

const jobs: JobQuery[] = [
  ["TypeScript", "PostgreSQL"],
  ["Go", "Kubernetes"],
  ["Python", "SQL"],
].map(([must, nice]) =>
  jobQuery({
    schema: "job-card-v1",
    basics: { title: "Backend Engineer" },
    requirements: { must_have: [{ text: must }], nice_to_have: [{ text: nice }, { text: "Docker" }] },
  } as Parameters<typeof jobQuery>[0]),
);

async function seed(tenant: string, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    // Few distinct skill sets: many equal scores, so the (score desc, id asc) tie order is tested too.
    const own = [skills[i % skills.length], skills[(i * 7 + 3) % skills.length], skills[(i * 5) % 4]];
    ids.push(
      await persistElsewhere(world.storage, tenant, `Person ${tenant} ${i}`, [...new Set(own)].join(", ")),
    );
  }
  return ids;
}

/** The whole tenant ranked in this process (no manifest read: nothing sharded yet, or a fresh cache). */
async function wholeAnswers(tenant: string, top: number) {
  clearCandidateIndexes(world.storage);
  const deps = {
    storage: world.storage,
    s3: world.s3,
    buckets: { uploads: "no-snapshots-here", drops: "drops" },
  } as unknown as ServiceDeps;
  return Promise.all(jobs.map((job) => rankTenantCandidates(deps, tenant, job, top)));
}

describe("sharded candidate indexes", () => {
  it("splits a tenant past the shard size, and the fanned-out step 1 equals the whole one to the bit", async () => {
    const tenant = "shard-a";
    const ids = await seed(tenant, 45);
    const expected = await wholeAnswers(tenant, 20);

    const out = await snapshotIndexesStep(
      { storage: world.storage, s3: world.s3, buckets, limits: { indexShardSize: 12 } },
      { tenantId: tenant },
    );
    expect(out).toMatchObject({ tenants: 1, written: 1, sharded: 1, shards: 4, candidates: 45, failed: [] });
    const manifest = await readIndexManifest({ s3: world.s3, buckets }, tenant);
    expect(manifest).toMatchObject({ tenantId: tenant, of: 4, shardSize: 12, candidates: 45 });
    for (const [shard, entry] of (manifest?.shards ?? []).entries()) {
      expect(entry.key).toBe(indexSnapshotKey(tenant, { shard, of: 4 }));
      expect(entry.candidates).toBe(ids.filter((id) => shardOf(id, 4) === shard).length);
      await expect(headObject(world.s3, "uploads", entry.key)).resolves.toBeDefined();
    }

    clearCandidateIndexes(world.storage); // cold shard functions: each restores its own snapshot
    const calls: MatchShardRequest[] = [];
    const origins: string[] = [];
    const deps = shardedDeps(calls, undefined, origins);
    for (const [j, job] of jobs.entries()) {
      calls.length = 0;
      const got = await rankTenantCandidates(deps, tenant, job, 20);
      expect(got.map((r) => r.resumeId)).toEqual(expected[j]?.map((r) => r.resumeId));
      for (const [i, r] of got.entries()) {
        expect(Object.is(r.score, expected[j]?.[i]?.score)).toBe(true);
        expect(r.breakdown).toEqual(expected[j]?.[i]?.breakdown);
        expect(r.rank).toBe(i + 1);
      }
      // Four rankings at once, then each explanation asked of the shard holding the id.
      expect(
        calls
          .filter((c) => c.k > 0)
          .map((c) => c.shard)
          .sort(),
      ).toEqual([0, 1, 2, 3]);
      for (const c of calls.filter((c) => c.k === 0)) {
        expect(c.explain?.every((id) => shardOf(id, 4) === c.shard)).toBe(true);
      }
      expect(new Set(origins)).toEqual(new Set(["snapshot"]));
      // The job query each shard receives is small JSON (docs/architecture.md quotes the size).
      expect(JSON.stringify(calls[0]).length).toBeLessThan(8 * 1024);
    }

    // Changes after the snapshots: each shard catches up on its own ids only, and the answer follows.
    const newcomer = await persistElsewhere(
      world.storage,
      tenant,
      "Late Comer",
      "TypeScript, PostgreSQL, Docker",
    );
    await world.storage.softDeleteRecord(tenant, "resume", ids[0] as string);
    const after = await rankTenantCandidates(deps, tenant, jobs[0] as JobQuery, 20);
    const wholeAfter = (await wholeAnswers(tenant, 20))[0];
    expect(after.map((r) => [r.resumeId, r.score])).toEqual(wholeAfter?.map((r) => [r.resumeId, r.score]));
    expect(after.some((r) => r.resumeId === newcomer)).toBe(true);
    expect(after.some((r) => r.resumeId === ids[0])).toBe(false);
  });

  it("rewrites the layout when N changes (a rebuild), deletes the old one, and goes back to whole", async () => {
    const tenant = "shard-b";
    await seed(tenant, 30);
    const step = (size: number) =>
      snapshotIndexesStep(
        { storage: world.storage, s3: world.s3, buckets, limits: { indexShardSize: size } },
        { tenantId: tenant },
      );
    const exists = (key: string) =>
      headObject(world.s3, "uploads", key).then(
        () => true,
        () => false,
      );
    expect(await step(1000)).toMatchObject({ sharded: 0, written: 1 });
    expect(await exists(indexSnapshotKey(tenant))).toBe(true);
    expect(await exists(indexManifestKey(tenant))).toBe(false);

    expect(await step(10)).toMatchObject({ sharded: 1, shards: 3, written: 1 });
    expect(await exists(indexSnapshotKey(tenant))).toBe(false);
    expect(await step(10)).toMatchObject({ shards: 3, written: 0, bytes: 0 });

    clearCandidateIndexes(world.storage);
    expect(await step(8)).toMatchObject({ shards: 4, written: 1 });
    expect((await readIndexManifest({ s3: world.s3, buckets }, tenant))?.of).toBe(4);
    for (let shard = 0; shard < 3; shard++)
      expect(await exists(indexSnapshotKey(tenant, { shard, of: 3 }))).toBe(false);
    for (let shard = 0; shard < 4; shard++)
      expect(await exists(indexSnapshotKey(tenant, { shard, of: 4 }))).toBe(true);

    expect(await step(1000)).toMatchObject({ sharded: 0, shards: 0 });
    expect(await readIndexManifest({ s3: world.s3, buckets }, tenant)).toBeNull();
    expect(await exists(indexSnapshotKey(tenant))).toBe(true);
    for (let shard = 0; shard < 4; shard++)
      expect(await exists(indexSnapshotKey(tenant, { shard, of: 4 }))).toBe(false);
    clearCandidateIndexes(world.storage);
  });

  it("a shard that fails fails step 1 with match.shard_failed (502), naming the shard — never a partial ranking", async () => {
    const tenant = "shard-c";
    await seed(tenant, 20);
    await snapshotIndexesStep(
      { storage: world.storage, s3: world.s3, buckets, limits: { indexShardSize: 8 } },
      { tenantId: tenant },
    );
    clearCandidateIndexes(world.storage);
    const failing = shardedDeps([], (r) => r.shard === 1);
    const error = await rankTenantCandidates(failing, tenant, jobs[0] as JobQuery, 10).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error).toMatchObject({ code: "match.shard_failed", status: 502, details: { shard: 1, of: 3 } });

    const unconfigured = { storage: world.storage, s3: world.s3, buckets } as unknown as ServiceDeps;
    await expect(rankTenantCandidates(unconfigured, tenant, jobs[0] as JobQuery, 10)).rejects.toMatchObject({
      code: "config.missing",
    });
    clearCandidateIndexes(world.storage);
  });
});
