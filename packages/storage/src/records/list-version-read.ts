import { setImmediate } from "node:timers";
import { and, eq } from "drizzle-orm";
import type { Db } from "../database-types";
import { listVersions } from "../list-version.sql";
import type { DocumentKind } from "./types";

/**
 * The tenant's list version of a kind (list-version.sql.ts), read by one statement for every
 * caller that asked in the same turn of the event loop. The statement is issued after they all
 * asked, so a write that had returned before a caller asked is in the version it gets.
 */
export function listVersionReader(db: Db) {
  const asked = new Map<string, Promise<number>>();

  const read = async (tenantId: string, kind: DocumentKind): Promise<number> => {
    const [row] = await db
      .select({ version: listVersions.version })
      .from(listVersions)
      .where(and(eq(listVersions.tenantId, tenantId), eq(listVersions.kind, kind)));
    // No row: the tenant never had a record of this kind (the migration seeded every tenant that had).
    return row?.version ?? 0;
  };

  return (tenantId: string, kind: DocumentKind): Promise<number> => {
    const key = `${tenantId}\u0000${kind}`;
    let version = asked.get(key);
    if (!version) {
      version = new Promise<void>((turn) => setImmediate(turn)).then(() => {
        // Later callers get a statement of their own, issued after they asked.
        asked.delete(key);
        return read(tenantId, kind);
      });
      asked.set(key, version);
    }
    return version;
  };
}

/** Frozen, so that a caller that changed what it got fails loudly instead of changing the next caller's copy. */
export function deepFreeze<T>(value: T): T {
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
export function versionedCache<T>(maxEntries: number) {
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
