import type { IndexShardManifest, ShardScope } from "@futodama/core";
import { shardCountFor } from "@futodama/core";
import type { ServiceDeps } from "../deps";
import { deleteObject, writeJson } from "../shared/s3";
import { dropTenantIndex } from "./index-cache";
import { forgetTenantLayout, indexManifestKey, readIndexManifest } from "./index-layout";
import { type IndexSnapshotWritten, indexSnapshotKey, writeIndexSnapshot } from "./index-snapshots";

/*
 * Sharded tenants (docs/architecture.md, "Candidate index shards"): past INDEX_SHARD_SIZE
 * candidates a tenant's snapshot is written as N shard snapshots (`<shard>-of-<n>.fidx`, ids split
 * by shardOf) plus a manifest naming N and each shard's key and version. Step 1 of such a tenant
 * fans out, one shard Lambda per snapshot (match/fan-out.ts).
 */

/** Candidates per shard unless INDEX_SHARD_SIZE says otherwise. */
export const DEFAULT_INDEX_SHARD_SIZE = 250_000;

type SnapshotDeps = Pick<ServiceDeps, "s3" | "buckets" | "storage">;

export interface TenantSnapshotsWritten {
  tenantId: string;
  /** Shards: 1 for a tenant kept whole. */
  of: number;
  candidates: number;
  bytes: number;
  /** Snapshot objects written (0 when every one read was current). */
  written: number;
  shards: IndexSnapshotWritten[];
}

const shardsOf = (of: number): ShardScope[] => Array.from({ length: of }, (_, shard) => ({ shard, of }));

/**
 * Brings the tenant's snapshots up to date at the size the setting gives it: whole up to
 * `shardSize` candidates (writeIndexSnapshot, as before), else one snapshot per shard, each
 * restored, caught up on its own ids and written back, one shard in memory at a time, then the
 * manifest. A change of N is a rebuild: the new shards start from the rows (their keys differ);
 * the objects of the old layout are deleted once the new manifest (or its absence) is in place.
 */
export async function writeTenantSnapshots(
  deps: SnapshotDeps,
  tenantId: string,
  shardSize: number,
): Promise<TenantSnapshotsWritten> {
  const parsed = await deps.storage.countRecords(tenantId, "resume", { status: "parsed" });
  const of = shardCountFor(parsed, shardSize);
  // A manifest that cannot be read is rewritten, like a snapshot that cannot be used.
  const previous = await readIndexManifest(deps, tenantId).catch(() => null);
  const bucket = deps.buckets.uploads;
  if (of === 1) {
    const whole = await writeIndexSnapshot(deps, tenantId);
    if (previous !== null) {
      // The manifest first: from here on readers rank the tenant whole.
      await deleteObject(deps.s3, bucket, indexManifestKey(tenantId));
      await deleteShardSnapshots(deps, tenantId, previous.of);
      forgetTenantLayout(deps, tenantId);
    }
    return summary(tenantId, 1, [whole]);
  }
  const shards: IndexSnapshotWritten[] = [];
  for (const scope of shardsOf(of)) {
    shards.push(await writeIndexSnapshot(deps, tenantId, scope));
    dropTenantIndex(deps.storage, tenantId, scope);
  }
  const current =
    previous !== null &&
    previous.of === of &&
    shards.every((s, i) => !s.written && previous.shards[i]?.watermark === s.watermark);
  if (!current) {
    const manifest: IndexShardManifest = {
      format: 1,
      tenantId,
      of,
      shardSize,
      candidates: shards.reduce((n, s) => n + s.candidates, 0),
      createdAt: new Date().toISOString(),
      shards: shards.map((s, shard) => ({
        shard,
        key: indexSnapshotKey(tenantId, { shard, of }),
        candidates: s.candidates,
        watermark: s.watermark,
      })),
    };
    await writeJson(deps.s3, bucket, indexManifestKey(tenantId), manifest);
  }
  if (previous === null) {
    // Kept whole until now: that snapshot is no longer read, nor its index held here.
    await deleteObject(deps.s3, bucket, indexSnapshotKey(tenantId));
    dropTenantIndex(deps.storage, tenantId);
  } else if (previous.of !== of) {
    await deleteShardSnapshots(deps, tenantId, previous.of);
  }
  forgetTenantLayout(deps, tenantId);
  return summary(tenantId, of, shards);
}

/** The snapshot objects of a layout in `of` shards (once a newer layout, or none, is in place). */
async function deleteShardSnapshots(deps: SnapshotDeps, tenantId: string, of: number): Promise<void> {
  for (const scope of shardsOf(of))
    await deleteObject(deps.s3, deps.buckets.uploads, indexSnapshotKey(tenantId, scope));
}

function summary(tenantId: string, of: number, shards: IndexSnapshotWritten[]): TenantSnapshotsWritten {
  return {
    tenantId,
    of,
    candidates: shards.reduce((n, s) => n + s.candidates, 0),
    bytes: shards.reduce((n, s) => n + s.bytes, 0),
    written: shards.filter((s) => s.written).length,
    shards,
  };
}
