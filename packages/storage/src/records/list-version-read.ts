import { setImmediate } from "node:timers";
import { and, eq } from "drizzle-orm";
import type { Db } from "../database-types";
import { listVersions } from "../list-version.sql";
import type { DocumentKind } from "./types";

/** A tenant's list version of a kind, as of a statement issued after the call. */
export type VersionOf = (tenantId: string, kind: DocumentKind) => Promise<number>;

/**
 * The tenant's list version of a kind (list-version.sql.ts), read by one statement for every
 * caller that asked in the same turn of the event loop. The statement is issued after they all
 * asked, so a write that had returned before a caller asked is in the version it gets.
 */
export function listVersionReader(db: Db): VersionOf {
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
