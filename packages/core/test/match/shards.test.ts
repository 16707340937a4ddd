import { describe, expect, it } from "vitest";
import {
  CandidateIndex,
  decodeIndexSnapshot,
  encodeIndexSnapshot,
  jobQuery,
  mergeTopK,
  shardCountFor,
  shardOf,
} from "../../src/match";
import { random, randomCandidate, randomJob } from "./random-tenant";

/*
 * Shards: a stable hash of the resume id picks a candidate's shard, and the merge of the shards'
 * top-k lists is the top k of one index holding every candidate — same ids, same order, scores
 * equal to the bit.
 */
describe("candidate index shards", () => {
  it("places an id in the same shard forever: FNV-1a 32 of its UTF-16 code units, mod N", () => {
    // Pinned: a snapshot written today must be read by the same shard after any release.
    // FNV-1a("a") = 0xe40c292c, FNV-1a("foobar") = 0xbf9cf968 (the reference vectors).
    expect(shardOf("a", 2 ** 31)).toBe(0xe40c292c % 2 ** 31);
    expect(shardOf("foobar", 1000)).toBe(0xbf9cf968 % 1000);
    expect(shardOf("anything", 1)).toBe(0);
  });

  it("spreads UUID-like ids evenly", () => {
    const r = random(3);
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 40_000; i++) {
      const id = `${Math.floor(r.next() * 2 ** 32).toString(16)}-${i}`;
      const shard = shardOf(id, 4);
      counts[shard] = (counts[shard] ?? 0) + 1;
    }
    for (const count of counts) expect(Math.abs(count - 10_000)).toBeLessThan(500);
  });

  it("gives a tenant one shard up to the size, then one more per size started", () => {
    expect([0, 1, 250_000, 250_001, 1_000_000].map((n) => shardCountFor(n, 250_000))).toEqual([
      1, 1, 1, 2, 4,
    ]);
    expect(() => shardCountFor(10, 0)).toThrow(RangeError);
  });

  it("merges the shards' top-k lists into the whole index's top k, to the bit", () => {
    const r = random(11);
    const of = 5;
    const whole = new CandidateIndex();
    const shards = Array.from({ length: of }, () => new CandidateIndex());
    for (let i = 0; i < 2500; i++) {
      const id = `cv-${i}`;
      const features = randomCandidate(r);
      whole.add(id, features);
      shards[shardOf(id, of)]?.add(id, features);
    }
    expect(shards.reduce((n, s) => n + s.size, 0)).toBe(whole.size);
    for (let j = 0; j < 25; j++) {
      const job = jobQuery(randomJob(r));
      // Through the snapshot too: what a shard Lambda restores is what it ranks with.
      const restored = shards.map(
        (s, shard) =>
          decodeIndexSnapshot(
            encodeIndexSnapshot(s, { tenantId: "t", watermark: new Date(), shard: { shard, of } }),
          ).index,
      );
      const merged = mergeTopK(
        restored.map((s) => s.topK(job, 60)),
        60,
      );
      const expected = whole.topK(job, 60);
      expect(merged.map((h) => h.id)).toEqual(expected.map((h) => h.id));
      for (const [i, h] of merged.entries()) expect(Object.is(h.score, expected[i]?.score)).toBe(true);
    }
  });

  it("records the shard in the snapshot header", () => {
    const blob = encodeIndexSnapshot(new CandidateIndex(), {
      tenantId: "t",
      watermark: new Date(0),
      shard: { shard: 2, of: 4 },
    });
    expect(decodeIndexSnapshot(blob).header.shard).toEqual({ shard: 2, of: 4 });
  });
});
