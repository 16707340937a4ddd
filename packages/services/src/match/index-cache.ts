import { setImmediate } from "node:timers/promises";
import {
  CandidateIndex,
  candidateFeatures,
  decodeIndexSnapshot,
  inShard,
  type ResumeCardV1,
  readSnapshotHeader,
  type ShardScope,
  staleSnapshotReason,
} from "@futodama/core";
import type { ParsedCard, SeenVersion, Storage } from "@futodama/storage";

/*
 * One in-memory candidate index per tenant, per process: on first use restored from the tenant's
 * snapshot (index-snapshots.ts) and caught up from the database on the rows changed after it, or
 * built from the database when there is no usable snapshot; then kept current two ways — incrementally by whoever parses or deletes a resume in this
 * process (indexResume / forgetResume), and by a cheap catch-up query on every use, so an API
 * Lambda also sees what a Persist Lambda wrote elsewhere.
 *
 * A sharded tenant (index-shards.ts) is held a shard at a time: the same entry, keyed by tenant
 * and shard, built, restored and caught up with only the ids that hash to that shard.
 */

/** Where a warm index came from: a snapshot (and how many changes were applied on top), or the rows. */
export type IndexOrigin =
  | { from: "snapshot"; snapshotWatermark: string; caughtUp: number }
  | { from: "database"; why: string };

export interface TenantIndex {
  index: CandidateIndex;
  /** updated_at of the newest row applied; the next catch-up reads from here. */
  watermark: Date;
  origin: IndexOrigin;
}

/**
 * Per index: the catch-up running now, the one that starts after it (which later callers join),
 * when the last one asked the database (every row written before that was applied), and the row
 * versions read inside the overlap (id → updated_at ms), which the next read leaves out.
 */
interface CatchUps {
  running?: Promise<number>;
  queued?: Promise<number>;
  checkedAt?: number;
  recent: Map<string, number>;
}
const catchUps = new WeakMap<TenantIndex, CatchUps>();

function catchUpsOf(entry: TenantIndex): CatchUps {
  let state = catchUps.get(entry);
  if (!state) {
    state = { recent: new Map() };
    catchUps.set(entry, state);
  }
  return state;
}

/** Where snapshots are read from (S3 on AWS and locally): null when the tenant (or shard) has none. */
export interface SnapshotReader {
  read(tenantId: string, shard?: ShardScope): Promise<Uint8Array | null>;
}

interface CacheEntry {
  tenantId: string;
  shard: ShardScope | undefined;
  pending: Promise<TenantIndex>;
}

/**
 * Rows per page of a build from the database. Between pages the build lets the event loop turn
 * (`setImmediate`): an embedded database answers a page synchronously, and 5,000 cards (~60 MB
 * of JSON) held the local runtime's loop for seconds, long enough for the HTTP server to drop
 * idle keep-alive connections a client was sending on (read ECONNRESET).
 */
const PAGE = 1000;
/** Catch-up reads overlap by this much: a row committed late with an older now() is not missed. */
const OVERLAP_MS = 5000;
/** Tenants kept warm per process; the least recently used is dropped beyond this. */
const MAX_TENANTS = 32;

/** Keyed by the Storage too: two runtimes in one process (tests) never share an index. */
const caches = new WeakMap<Storage, Map<string, CacheEntry>>();

function cacheKey(tenantId: string, shard: ShardScope | undefined): string {
  return shard === undefined ? tenantId : `${tenantId}\u0000${shard.shard}-of-${shard.of}`;
}

function cacheOf(storage: Storage): Map<string, CacheEntry> {
  let cache = caches.get(storage);
  if (cache === undefined) {
    cache = new Map();
    caches.set(storage, cache);
  }
  return cache;
}

/** Adds or replaces one candidate; a card the scorer cannot read is left out rather than failing the index. */
function put(index: CandidateIndex, id: string, card: ResumeCardV1 | null): void {
  if (index.has(id)) index.remove(id);
  if (card === null) return;
  try {
    index.add(id, candidateFeatures(card));
  } catch {
    // An old or hand-edited card: not rankable, and not worth failing a tenant's matching over.
  }
}

function advance(entry: TenantIndex, rows: ParsedCard[]): void {
  for (const row of rows) if (row.updatedAt > entry.watermark) entry.watermark = row.updatedAt;
}

async function build(
  storage: Storage,
  tenantId: string,
  snapshots: SnapshotReader | undefined,
  shard: ShardScope | undefined,
): Promise<TenantIndex> {
  const restored = snapshots ? await restore(storage, tenantId, snapshots, shard) : "no snapshot store";
  if (typeof restored !== "string") return restored;
  const entry: TenantIndex = {
    index: new CandidateIndex(),
    watermark: new Date(0),
    origin: { from: "database", why: restored },
  };
  let afterId: string | undefined;
  for (;;) {
    const page = await storage.listParsedResumeCards(tenantId, { afterId, limit: PAGE });
    for (const row of page) if (inShard(shard, row.id)) put(entry.index, row.id, row.card);
    advance(entry, page);
    if (page.length < PAGE) break;
    afterId = page.at(-1)?.id;
    await setImmediate();
  }
  return entry;
}

/** The tenant's snapshot with the changes since applied, or why it could not be used. */
async function restore(
  storage: Storage,
  tenantId: string,
  snapshots: SnapshotReader,
  shard: ShardScope | undefined,
): Promise<TenantIndex | string> {
  let blob: Uint8Array | null;
  try {
    blob = await snapshots.read(tenantId, shard);
  } catch (error) {
    return `snapshot unreadable: ${error instanceof Error ? error.message : String(error)}`;
  }
  if (blob === null) return "no snapshot";
  try {
    const { header } = readSnapshotHeader(blob);
    const stale =
      header.tenantId !== tenantId
        ? "another tenant's snapshot"
        : cacheKey(tenantId, header.shard) !== cacheKey(tenantId, shard)
          ? "another shard's snapshot"
          : staleSnapshotReason(header);
    if (stale !== null) return `snapshot ignored: ${stale}`;
    const { index } = decodeIndexSnapshot(blob);
    const origin = { from: "snapshot" as const, snapshotWatermark: header.watermark, caughtUp: 0 };
    const entry: TenantIndex = { index, watermark: new Date(header.watermark), origin };
    origin.caughtUp = await catchUp(storage, tenantId, entry, shard);
    return entry;
  } catch (error) {
    return `snapshot unusable: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/**
 * Applies the rows changed since the last catch-up; returns how many. Callers that arrive while
 * one runs share the next one, which starts when it ends: 100 concurrent step 1s ask the
 * database twice, not 100 times, and each still sees every row written before it asked.
 */
function catchUp(
  storage: Storage,
  tenantId: string,
  entry: TenantIndex,
  shard: ShardScope | undefined,
): Promise<number> {
  const flights = catchUpsOf(entry);
  if (flights.queued) return flights.queued;
  const start = () => {
    const running = applyChanges(storage, tenantId, entry, shard).finally(() => {
      if (flights.running === running) delete flights.running;
    });
    flights.running = running;
    return running;
  };
  if (!flights.running) return start();
  const queued = flights.running
    .catch(() => undefined)
    .then(() => {
      delete flights.queued;
      return start();
    });
  flights.queued = queued;
  return queued;
}

/**
 * Reads from the watermark, or from when the previous catch-up asked if that is later, less an
 * overlap: a row is written with its transaction's now(), so one committed after the previous
 * catch-up asked can carry a time up to OVERLAP_MS before it, never earlier. Without the second
 * bound a bulk import re-read every row of its last five seconds on every use, for good (10,000
 * CVs seeded in one go: 3–4 s per step 1).
 */
async function applyChanges(
  storage: Storage,
  tenantId: string,
  entry: TenantIndex,
  shard: ShardScope | undefined,
): Promise<number> {
  const asked = Date.now();
  const state = catchUpsOf(entry);
  const since = Math.max(entry.watermark.getTime(), state.checkedAt ?? 0) - OVERLAP_MS;
  // Versions read by an earlier catch-up inside the overlap: asked again, but not their cards.
  const { recent } = state;
  const seen: SeenVersion[] = [];
  for (const [id, at] of recent) {
    if (at < since) recent.delete(id);
    else seen.push({ id, updatedAt: new Date(at) });
  }
  const changes = await storage.listResumeChanges(tenantId, new Date(since), seen);
  for (const row of changes.upserts) recent.set(row.id, row.updatedAt.getTime());
  const removed = changes.removed.filter((id) => inShard(shard, id));
  const upserts = changes.upserts.filter((row) => inShard(shard, row.id));
  for (const id of removed) entry.index.remove(id);
  for (const row of upserts) put(entry.index, row.id, row.card);
  // The whole tenant's watermark: the other shards' changes are not this shard's to apply.
  if (changes.watermark > entry.watermark) entry.watermark = changes.watermark;
  state.checkedAt = Math.max(state.checkedAt ?? 0, asked);
  return removed.length + upserts.length;
}

/**
 * The tenant's candidate index, restored or built on first use and brought up to date on every
 * use. `snapshots` is where a cold process looks for the tenant's snapshot first.
 */
export async function candidateIndexFor(
  storage: Storage,
  tenantId: string,
  snapshots?: SnapshotReader,
): Promise<CandidateIndex> {
  return (await tenantIndexFor(storage, tenantId, snapshots)).index;
}

/**
 * candidateIndexFor with its watermark and origin (what a snapshot writer records); with a
 * shard, only the candidates whose id hashes to it (a shard Lambda, the snapshot writer).
 */
export async function tenantIndexFor(
  storage: Storage,
  tenantId: string,
  snapshots?: SnapshotReader,
  shard?: ShardScope,
): Promise<TenantIndex> {
  const cache = cacheOf(storage);
  const key = cacheKey(tenantId, shard);
  const cached = cache.get(key);
  if (cached === undefined) {
    const pending = build(storage, tenantId, snapshots, shard);
    const building: CacheEntry = { tenantId, shard, pending };
    cache.set(key, building);
    pending.catch(() => {
      if (cache.get(key) === building) cache.delete(key);
    });
    while (cache.size > MAX_TENANTS) {
      const oldest = cache.keys().next().value;
      if (oldest === undefined) break;
      cache.delete(oldest);
    }
    return await pending;
  }
  // Most recently used last, for the eviction above.
  cache.delete(key);
  cache.set(key, cached);
  const entry = await cached.pending;
  await catchUp(storage, tenantId, entry, shard);
  return entry;
}

/** The warm entries of a tenant (whole, or each shard held here) that a CV belongs to. */
function entriesHolding(storage: Storage, tenantId: string, resumeId: string): CacheEntry[] {
  return [...(caches.get(storage)?.values() ?? [])].filter(
    (e) => e.tenantId === tenantId && inShard(e.shard, resumeId),
  );
}

/** A resume was parsed (or re-parsed): update a warm index now. A cold tenant builds on first use. */
export async function indexResume(
  storage: Storage,
  tenantId: string,
  resumeId: string,
  card: ResumeCardV1 | null,
): Promise<void> {
  for (const held of entriesHolding(storage, tenantId, resumeId)) {
    const entry = await held.pending.catch(() => undefined);
    if (entry) put(entry.index, resumeId, card);
  }
}

/** A resume was deleted: drop it from a warm index. */
export async function forgetResume(storage: Storage, tenantId: string, resumeId: string): Promise<void> {
  for (const held of entriesHolding(storage, tenantId, resumeId)) {
    const entry = await held.pending.catch(() => undefined);
    entry?.index.remove(resumeId);
  }
}

/** Lets go of one warm index (the snapshot writer, done with a shard, keeps one in memory at a time). */
export function dropTenantIndex(storage: Storage, tenantId: string, shard?: ShardScope): void {
  caches.get(storage)?.delete(cacheKey(tenantId, shard));
}

/** Drops the warm indexes of a storage (a changed codex, tests). */
export function clearCandidateIndexes(storage: Storage): void {
  caches.delete(storage);
}
