/*
 * Sharding a tenant's candidates (docs/architecture.md, "Candidate index shards"): past a size
 * a tenant's index is split into N shards by a stable hash of the resume id, each ranked on its
 * own (one Lambda invocation per shard), and the N top-k lists merged. The merge is exact: a
 * candidate lives in exactly one shard and its score depends on its own features alone.
 */

/** One shard of a tenant's candidates: `shard` of `of` (0 ≤ shard < of). */
export interface ShardScope {
  shard: number;
  of: number;
}

/**
 * FNV-1a (32 bits) over the id's UTF-16 code units. Hand-written rather than taken from a
 * package: the value is a persisted format (it decides which snapshot holds a CV), so it must
 * never change with a dependency's release, and hashing code units allocates nothing — the
 * snapshot writer hashes every id of a tenant.
 */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The shard a candidate lives in, among `of`: the same in every process, forever. */
export function shardOf(id: string, of: number): number {
  return of <= 1 ? 0 : fnv1a(id) % of;
}

/** Whether the candidate belongs to the scope (every candidate does when there is none). */
export function inShard(scope: ShardScope | undefined, id: string): boolean {
  return scope === undefined || shardOf(id, scope.of) === scope.shard;
}

/** How many shards a tenant of `candidates` gets: 1 up to `shardSize`, one more per `shardSize` started. */
export function shardCountFor(candidates: number, shardSize: number): number {
  if (!(shardSize >= 1)) throw new RangeError(`The shard size must be at least 1, not ${shardSize}`);
  return Math.max(1, Math.ceil(candidates / shardSize));
}

export interface RankedId {
  id: string;
  score: number;
}

/**
 * Step 1's ranking order, (score desc, id asc) — the order CandidateIndex.topK ranks in, ids
 * compared as JS strings like its heap does.
 */
export function byRank(a: RankedId, b: RankedId): number {
  return b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The best `k` of several top-k lists in step 1's order (`byRank`), so the merge of the shards'
 * lists equals the top k of one index holding them all.
 */
export function mergeTopK(lists: readonly (readonly RankedId[])[], k: number): RankedId[] {
  return lists
    .flat()
    .sort(byRank)
    .slice(0, Math.max(0, Math.floor(k)));
}
