import { isUuid } from "../cursor";
import type { Db } from "../database-types";
import { listRecords } from "./list";
import type { VersionOf } from "./list-version-read";
import type { CardRecord, DocumentKind, ListedRecord, ListFilter, ListPage } from "./types";

/**
 * List pages answered again from memory while the tenant's list has not changed. Every write to
 * a job or resume row sets the tenant's list version to the writing transaction's id (a trigger,
 * migration 0019), so a page computed after reading version v is right for as long as the
 * version still reads v; the check is one primary-key read, shared by every list and get of that
 * tenant and kind asked in the same turn of the event loop. What that saves, measured over
 * 10,000 CVs at 100 clients: the page's statement and rows, ~3 → ~0.3 ms of server CPU a list.
 * Pages with whole cards (`withCard`) are not kept: they can be large. A page of summaries is
 * ~15 KB, so 256 pages are a few MB.
 */
export function cachedListRecords(db: Db, versionOf: VersionOf) {
  const pages = versionedCache<ListPage<ListedRecord>>(256);
  return async <K extends DocumentKind>(
    tenantId: string,
    kind: K,
    filter: ListFilter = {},
  ): Promise<ListPage<ListedRecord<K>>> => {
    if (filter.withCard) return listRecords(db, tenantId, kind, filter);
    const version = await versionOf(tenantId, kind);
    const key = `${tenantId}\u0000${kind}\u0000${JSON.stringify(filter)}`;
    const page = await pages(
      key,
      version,
      () => listRecords(db, tenantId, kind, filter) as Promise<ListPage<ListedRecord>>,
    );
    return page as ListPage<ListedRecord<K>>;
  };
}

/**
 * A record for reading only (the API's GET): kept like the list pages, under the same version,
 * and shared frozen between callers. 512 records with their cards are some tens of MB at most.
 */
export function cachedReadRecord(
  versionOf: VersionOf,
  getRecord: <K extends DocumentKind>(tenantId: string, kind: K, id: string) => Promise<CardRecord<K> | null>,
) {
  const records = versionedCache<CardRecord | null>(512);
  return async <K extends DocumentKind>(
    tenantId: string,
    kind: K,
    id: string,
  ): Promise<CardRecord<K> | null> => {
    // No such record can exist: answered as getRecord does, without asking the version.
    if (!isUuid(id)) return null;
    const version = await versionOf(tenantId, kind);
    const key = `${tenantId}\u0000${kind}\u0000${id.toLowerCase()}`;
    const read = () => getRecord(tenantId, kind, id) as Promise<CardRecord | null>;
    return (await records(key, version, read)) as CardRecord<K> | null;
  };
}

/** Frozen, so that a caller that changed what it got fails loudly instead of changing the next caller's copy. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/**
 * Values kept per key while the version they were computed at is still current: a hit is
 * re-inserted, so the Map's first key is the least recently used. Callers that miss together at
 * one version share one computation; a value is never kept under a version older than the data
 * it was computed from, because the caller reads the version before computing.
 */
function versionedCache<T>(maxEntries: number) {
  const kept = new Map<string, { version: number; value: T }>();
  const computing = new Map<string, { version: number; value: Promise<T> }>();
  return async (key: string, version: number, compute: () => Promise<T>): Promise<T> => {
    const hit = kept.get(key);
    kept.delete(key);
    if (hit?.version === version) {
      kept.set(key, hit);
      return hit.value;
    }
    const running = computing.get(key);
    if (running?.version === version) return running.value;
    const value = compute().then(deepFreeze);
    computing.set(key, { version, value });
    try {
      const done = await value;
      kept.set(key, { version, value: done });
      if (kept.size > maxEntries) kept.delete(kept.keys().next().value as string);
      return done;
    } finally {
      if (computing.get(key)?.value === value) computing.delete(key);
    }
  };
}
