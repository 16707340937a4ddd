import { describe, expect, it } from "vitest";
import {
  type CandidateFeatures,
  CandidateIndex,
  candidateFeatures,
  decodeIndexSnapshot,
  encodeIndexSnapshot,
  INDEX_SNAPSHOT_FORMAT,
  jobQuery,
  readSnapshotHeader,
  staleSnapshotReason,
} from "../../src/match";
import { jobCard, resumeCard } from "./cards";
import { random, randomCandidate, randomJob } from "./random-tenant";

/*
 * A snapshot is the index itself, written down: an index decoded from one ranks every job
 * exactly as an index built from the same cards (same ids, same scores to the bit), and goes on
 * taking incremental updates like any other.
 */
describe("candidate index snapshots", () => {
  const r = random(7);
  const live = new Map<string, CandidateFeatures>();
  const built = new CandidateIndex();
  for (let i = 0; i < 3000; i++) {
    const id = `cv-${String(i).padStart(4, "0")}`;
    const f = randomCandidate(r);
    live.set(id, f);
    built.add(id, f);
  }
  // Tombstones and updates, so the snapshot carries dead rows too.
  const ids = [...live.keys()];
  for (let i = 0; i < 400; i++) {
    const id = r.pick(ids);
    if (r.next() < 0.5) {
      built.remove(id);
      live.delete(id);
    } else {
      const f = randomCandidate(r);
      built.add(id, f);
      live.set(id, f);
    }
  }
  const jobs = Array.from({ length: 30 }, () => jobQuery(randomJob(r)));
  const watermark = new Date("2026-12-01T10:00:00.123Z");
  const blob = encodeIndexSnapshot(built, { tenantId: "acme", watermark });

  it("round-trips: same ids and bit-identical scores as the index built from the cards", () => {
    const { header, index } = decodeIndexSnapshot(blob.slice());
    expect(header).toMatchObject({ format: INDEX_SNAPSHOT_FORMAT, tenantId: "acme", count: live.size });
    expect(header.watermark).toBe(watermark.toISOString());
    expect(index.size).toBe(live.size);
    const fresh = new CandidateIndex();
    for (const [id, f] of live) fresh.add(id, f);
    for (const job of jobs) {
      const expected = fresh.topK(job, 100);
      const got = index.topK(job, 100);
      expect(got.map((h) => h.id)).toEqual(expected.map((h) => h.id));
      // Object.is: equal to the bit, not within a tolerance.
      for (const [i, h] of got.entries()) expect(Object.is(h.score, expected[i]?.score)).toBe(true);
      for (const { id } of got.slice(0, 5)) expect(index.explain(job, id)).toEqual(fresh.explain(job, id));
    }
  });

  it("reads from a misaligned buffer (a pooled Buffer may start anywhere)", () => {
    const shifted = new Uint8Array(blob.byteLength + 3);
    shifted.set(blob, 3);
    const { index } = decodeIndexSnapshot(shifted.subarray(3));
    for (const job of jobs.slice(0, 5)) expect(index.topK(job, 20)).toEqual(built.topK(job, 20));
  });

  it("takes incremental updates after loading, like a built index", () => {
    const { index } = decodeIndexSnapshot(blob.slice());
    const job = jobQuery(jobCard({ must: [{ text: "Go", skill_id: "sk_go" }] }));
    const gopher = candidateFeatures(
      resumeCard({ skills: [["sk_go", "Go"]], titles: [["Go Developer", ""]] }),
    );
    index.add("new-gopher", gopher);
    const first = [...live.keys()][0] as string;
    index.remove(first);
    expect(index.has("new-gopher")).toBe(true);
    expect(index.has(first)).toBe(false);
    const expected = new CandidateIndex();
    for (const [id, f] of live) if (id !== first) expected.add(id, f);
    expected.add("new-gopher", gopher);
    expect(index.topK(job, 50)).toEqual(expected.topK(job, 50));
  });

  it("is refused when its format, features or codex version differ", () => {
    const { header } = readSnapshotHeader(blob);
    expect(staleSnapshotReason(header)).toBeNull();
    expect(staleSnapshotReason({ ...header, format: 0 })).toMatch(/format/);
    expect(staleSnapshotReason({ ...header, featuresVersion: -1 })).toMatch(/features/);
    expect(staleSnapshotReason({ ...header, codexVersion: "taxonomy 0.0.1" })).toMatch(/codex/);
    expect(() => decodeIndexSnapshot(new TextEncoder().encode("not a snapshot"))).toThrow(/snapshot/);
    expect(() => decodeIndexSnapshot(blob.subarray(0, blob.byteLength - 100))).toThrow(/section/);
  });

  it("writes an empty index", () => {
    const { index } = decodeIndexSnapshot(
      encodeIndexSnapshot(new CandidateIndex(), { tenantId: "t", watermark }),
    );
    expect(index.size).toBe(0);
    expect(index.topK(jobs[0] ?? jobQuery(jobCard({})), 10)).toEqual([]);
  });
});
