import { IndexShardManifest, NotFoundError } from "@futodama/core";
import type { ServiceDeps } from "../deps";
import { readJson } from "../shared/s3";
import { indexSnapshotFolder } from "./index-snapshots";

/*
 * Whether a tenant is ranked whole or in shards, as its manifest says. Read once per tenant and
 * kept for a minute: the layout changes only when Rematch's SnapshotIndexes rewrites it, and a
 * process still ranking with the old layout for that minute ranks right (each shard's index is
 * defined by the hash and caught up from the database, not by the snapshot it started from).
 */

export function indexManifestKey(tenantId: string): string {
  return `${indexSnapshotFolder(tenantId)}manifest.json`;
}

/** The tenant's shard manifest, or null when it is kept whole (no manifest). */
export async function readIndexManifest(
  deps: Pick<ServiceDeps, "s3" | "buckets">,
  tenantId: string,
): Promise<IndexShardManifest | null> {
  try {
    const manifest = IndexShardManifest.parse(
      await readJson(deps.s3, deps.buckets.uploads, indexManifestKey(tenantId)),
    );
    if (manifest.tenantId !== tenantId) throw new RangeError("The manifest names another tenant");
    return manifest;
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}

const TTL_MS = 60_000;
const layouts = new Map<string, { of: number; readAt: number }>();

const keyOf = (deps: Pick<ServiceDeps, "buckets">, tenantId: string) => `${deps.buckets.uploads}/${tenantId}`;

/** How many shards the tenant is ranked in: 1 when it is kept whole (or its manifest cannot be read). */
export async function tenantShardCount(
  deps: Pick<ServiceDeps, "s3" | "buckets">,
  tenantId: string,
): Promise<number> {
  try {
    const key = keyOf(deps, tenantId);
    const known = layouts.get(key);
    if (known !== undefined && performance.now() - known.readAt < TTL_MS) return known.of;
    const of = (await readIndexManifest(deps, tenantId))?.of ?? 1;
    layouts.set(key, { of, readAt: performance.now() });
    return of;
  } catch {
    // No bucket or an unreadable manifest: rank whole, as before sharding, and look again next time.
    return 1;
  }
}

/** The writer of a tenant's layout forgets what this process knew of it (the local runtime, tests). */
export function forgetTenantLayout(deps: Pick<ServiceDeps, "buckets">, tenantId: string): void {
  layouts.delete(keyOf(deps, tenantId));
}
