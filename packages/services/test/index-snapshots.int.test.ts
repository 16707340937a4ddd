import { jobQuery } from "@futodama/core";
import { describe, expect, it } from "vitest";
import { clearCandidateIndexes, tenantIndexFor } from "../src/match/index-cache";
import { indexSnapshotKey, indexSnapshots, writeIndexSnapshot } from "../src/match/index-snapshots";
import { snapshotIndexesStep } from "../src/rematch/rematch-steps";
import { readLargeObject, readObject, writeLargeObject } from "../src/shared/s3";
import { persistElsewhere } from "./resume-rows";
import { useSnapshotWorld } from "./snapshot-world";

/*
 * Candidate index snapshots end to end on real parts: PGlite for the rows, the fauxqs S3
 * emulator for the snapshot object. A cold process restores the snapshot, then catches up on
 * what changed after it (new, re-parsed, deleted and erased CVs) and ranks exactly as a
 * process that built its index from every row.
 */
const world = useSnapshotWorld();

const deps = () => ({
  storage: world.storage,
  s3: world.s3,
  buckets: { uploads: "uploads", drops: "drops" },
});
const job = jobQuery({
  schema: "job-card-v1",
  basics: { title: "Backend Engineer" },
  requirements: {
    must_have: [{ text: "TypeScript", skill_id: "typescript" }],
    nice_to_have: [{ text: "PostgreSQL" }, { text: "Kubernetes" }],
  },
} as Parameters<typeof jobQuery>[0]);

describe("candidate index snapshots in S3", () => {
  it("writes a snapshot, and a cold process restores it and catches up on the rows changed since", async () => {
    const tenant = "snap-a";
    const ann = await persistElsewhere(world.storage, tenant, "Ann Lee", "TypeScript, PostgreSQL");
    const bo = await persistElsewhere(world.storage, tenant, "Bo Berg", "Go, Kubernetes");
    const cy = await persistElsewhere(world.storage, tenant, "Cy Dahl", "TypeScript, Kubernetes");

    const first = await writeIndexSnapshot(deps(), tenant);
    expect(first).toMatchObject({ tenantId: tenant, candidates: 3, written: true, from: "database" });
    const stored = await readObject(world.s3, "uploads", indexSnapshotKey(tenant));
    expect(stored.bytes.byteLength).toBe(first.bytes);
    // Nothing changed since: the same process does not write it again.
    expect(await writeIndexSnapshot(deps(), tenant)).toMatchObject({ written: false });

    // Elsewhere, after the snapshot: a new CV, a soft-deleted one and an erased one.
    const di = await persistElsewhere(world.storage, tenant, "Di Eng", "TypeScript, Rust");
    await world.storage.softDeleteRecord(tenant, "resume", bo);
    expect(await world.storage.eraseRecord(tenant, "resume", ann)).toBe(true);

    clearCandidateIndexes(world.storage); // a cold process
    const restored = await tenantIndexFor(world.storage, tenant, indexSnapshots(deps()));
    expect(restored.origin).toMatchObject({ from: "snapshot" });
    expect(restored.origin.from === "snapshot" && restored.origin.caughtUp).toBeGreaterThanOrEqual(3);
    expect([ann, bo, cy, di].map((id) => restored.index.has(id))).toEqual([false, false, true, true]);

    clearCandidateIndexes(world.storage);
    const built = await tenantIndexFor(world.storage, tenant);
    expect(built.origin).toEqual({ from: "database", why: "no snapshot store" });
    expect(restored.index.topK(job, 10)).toEqual(built.index.topK(job, 10));
    expect(restored.index.topK(job, 10).length).toBe(2);
  });

  it("builds from the rows when the tenant has no snapshot, or one it cannot use", async () => {
    const tenant = "snap-b";
    await persistElsewhere(world.storage, tenant, "Ed Falk", "Python");
    clearCandidateIndexes(world.storage);
    expect((await tenantIndexFor(world.storage, tenant, indexSnapshots(deps()))).origin).toEqual({
      from: "database",
      why: "no snapshot",
    });

    const reader = (blob: Uint8Array) => ({ read: async () => blob });
    clearCandidateIndexes(world.storage);
    const garbage = await tenantIndexFor(world.storage, tenant, reader(new TextEncoder().encode("garbage")));
    expect(garbage.origin).toMatchObject({ from: "database", why: expect.stringMatching(/unusable/) });
    expect(garbage.index.size).toBe(1);

    // Another tenant's object under this tenant's key (a copy gone wrong) is never trusted.
    const other = await readObject(world.s3, "uploads", indexSnapshotKey("snap-a"));
    clearCandidateIndexes(world.storage);
    const foreign = await tenantIndexFor(world.storage, tenant, reader(other.bytes));
    expect(foreign.origin).toMatchObject({ from: "database", why: expect.stringMatching(/another tenant/) });

    const broken = { read: async () => Promise.reject(new Error("S3 is down")) };
    clearCandidateIndexes(world.storage);
    const unreadable = await tenantIndexFor(world.storage, tenant, broken);
    expect(unreadable.origin).toMatchObject({ from: "database", why: expect.stringMatching(/S3 is down/) });
    clearCandidateIndexes(world.storage);
  });

  it("Rematch's SnapshotIndexes step writes each covered tenant's snapshot once, and lists failures", async () => {
    const tenant = "snap-c";
    await persistElsewhere(world.storage, tenant, "Fay Gul", "SQL");
    clearCandidateIndexes(world.storage);
    expect(await snapshotIndexesStep(deps(), { tenantId: tenant })).toMatchObject({
      tenants: 1,
      written: 1,
      candidates: 1,
      failed: [],
    });
    expect(await snapshotIndexesStep(deps(), { tenantId: tenant })).toMatchObject({ written: 0, bytes: 0 });
    const noBucket = { ...deps(), buckets: { uploads: "no-such-bucket", drops: "drops" } };
    clearCandidateIndexes(world.storage);
    const failed = await snapshotIndexesStep(noBucket, { tenantId: tenant });
    expect(failed).toMatchObject({ tenants: 1, written: 0, failed: [{ tenantId: tenant }] });
    clearCandidateIndexes(world.storage);
  });

  it("moves a large object in 8 MiB parts and ranges, byte for byte", async () => {
    const body = new Uint8Array(20 * 1024 * 1024 + 12345);
    for (let i = 0; i < body.length; i += 4096) body[i] = (i / 4096) & 0xff;
    body[body.length - 1] = 42;
    await writeLargeObject(world.s3, {
      bucket: "uploads",
      key: "indexes/big",
      body,
      contentType: "application/octet-stream",
    });
    const back = await readLargeObject(world.s3, "uploads", "indexes/big");
    expect(back.byteLength).toBe(body.byteLength);
    expect(Buffer.compare(back, body)).toBe(0);
  });
});
