import { CandidateIndex, candidateFeatures, type ResumeCardV1 } from "@futodama/core";
import type { ParsedCard, Storage } from "@futodama/storage";

/*
 * One in-memory candidate index per tenant, per process: built from the database on first use,
 * then kept current two ways — incrementally by whoever parses or deletes a resume in this
 * process (indexResume / forgetResume), and by a cheap catch-up query on every use, so an API
 * Lambda also sees what a Persist Lambda wrote elsewhere.
 */

interface TenantIndex {
  index: CandidateIndex;
  /** updated_at of the newest row applied; the next catch-up reads from here. */
  watermark: Date;
}

const PAGE = 5000;
/** Catch-up reads overlap by this much: a row committed late with an older now() is not missed. */
const OVERLAP_MS = 5000;
/** Tenants kept warm per process; the least recently used is dropped beyond this. */
const MAX_TENANTS = 32;

/** Keyed by the Storage too: two runtimes in one process (tests) never share an index. */
const caches = new WeakMap<Storage, Map<string, Promise<TenantIndex>>>();

function cacheOf(storage: Storage): Map<string, Promise<TenantIndex>> {
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

async function build(storage: Storage, tenantId: string): Promise<TenantIndex> {
  const entry: TenantIndex = { index: new CandidateIndex(), watermark: new Date(0) };
  let afterId: string | undefined;
  for (;;) {
    const page = await storage.listParsedResumeCards(tenantId, { afterId, limit: PAGE });
    for (const row of page) put(entry.index, row.id, row.card);
    advance(entry, page);
    if (page.length < PAGE) break;
    afterId = page.at(-1)?.id;
  }
  return entry;
}

async function catchUp(storage: Storage, tenantId: string, entry: TenantIndex): Promise<void> {
  const since = new Date(entry.watermark.getTime() - OVERLAP_MS);
  const changes = await storage.listResumeChanges(tenantId, since);
  for (const id of changes.removed) entry.index.remove(id);
  for (const row of changes.upserts) put(entry.index, row.id, row.card);
  if (changes.watermark > entry.watermark) entry.watermark = changes.watermark;
}

/** The tenant's candidate index, built on first use and brought up to date on every use. */
export async function candidateIndexFor(storage: Storage, tenantId: string): Promise<CandidateIndex> {
  const cache = cacheOf(storage);
  let pending = cache.get(tenantId);
  if (pending === undefined) {
    pending = build(storage, tenantId);
    cache.set(tenantId, pending);
    const building = pending;
    building.catch(() => {
      if (cache.get(tenantId) === building) cache.delete(tenantId);
    });
    while (cache.size > MAX_TENANTS) {
      const oldest = cache.keys().next().value;
      if (oldest === undefined) break;
      cache.delete(oldest);
    }
    const entry = await pending;
    return entry.index;
  }
  // Most recently used last, for the eviction above.
  cache.delete(tenantId);
  cache.set(tenantId, pending);
  const entry = await pending;
  await catchUp(storage, tenantId, entry);
  return entry.index;
}

/** A resume was parsed (or re-parsed): update a warm index now. A cold tenant builds on first use. */
export async function indexResume(
  storage: Storage,
  tenantId: string,
  resumeId: string,
  card: ResumeCardV1 | null,
): Promise<void> {
  const pending = caches.get(storage)?.get(tenantId);
  if (pending === undefined) return;
  const entry = await pending.catch(() => undefined);
  if (entry) put(entry.index, resumeId, card);
}

/** A resume was deleted: drop it from a warm index. */
export async function forgetResume(storage: Storage, tenantId: string, resumeId: string): Promise<void> {
  const entry = await caches
    .get(storage)
    ?.get(tenantId)
    ?.catch(() => undefined);
  entry?.index.remove(resumeId);
}

/** Drops the warm indexes of a storage (a changed codex, tests). */
export function clearCandidateIndexes(storage: Storage): void {
  caches.delete(storage);
}
