import { encodeIndexSnapshot, NotFoundError, type ShardScope } from "@futodama/core";
import type { ServiceDeps } from "../deps";
import { readLargeObject, writeLargeObject } from "../shared/s3";
import { type SnapshotReader, tenantIndexFor } from "./index-cache";

/*
 * Candidate index snapshots in S3 (docs/architecture.md, "Candidate index snapshots"): one object
 * per tenant in the uploads bucket, under `indexes/` — outside `tenants/`, so writing one never
 * wakes the ingest queue (its notification filters on that prefix) nor the object reconciler
 * (it scans that prefix only). Rematch rewrites them; a cold process reads them.
 */

export const INDEX_SNAPSHOT_PREFIX = "indexes/";

/** The tenant's folder of snapshots: the whole index, or its shards and their manifest. */
export function indexSnapshotFolder(tenantId: string): string {
  return `${INDEX_SNAPSHOT_PREFIX}${encodeURIComponent(tenantId)}/`;
}

/** The whole tenant's snapshot, or one shard's (`<shard>-of-<n>.fidx`, the same format). */
export function indexSnapshotKey(tenantId: string, shard?: ShardScope): string {
  const name = shard === undefined ? "candidate-index" : `${shard.shard}-of-${shard.of}`;
  return `${indexSnapshotFolder(tenantId)}${name}.fidx`;
}

type SnapshotDeps = Pick<ServiceDeps, "s3" | "buckets">;

/**
 * Reads the tenant's snapshot from the uploads bucket. The client and bucket are looked up on
 * read: a function not given them fails the read, and the index is then built from the rows.
 */
export function indexSnapshots(deps: SnapshotDeps): SnapshotReader {
  return {
    async read(tenantId, shard) {
      try {
        return await readLargeObject(deps.s3, deps.buckets.uploads, indexSnapshotKey(tenantId, shard));
      } catch (error) {
        if (error instanceof NotFoundError) return null;
        throw error;
      }
    },
  };
}

export interface IndexSnapshotWritten {
  tenantId: string;
  candidates: number;
  bytes: number;
  /** The updated_at of the newest row the snapshot holds (ISO). */
  watermark: string;
  /** False when the snapshot read was already current (no row changed since it was written). */
  written: boolean;
  /** Where the index written came from: the previous snapshot plus changes, or every row. */
  from: "snapshot" | "database";
  ms: number;
}

/**
 * Brings the tenant's index up to date (its snapshot plus the rows changed since, or every row)
 * and writes it as the tenant's new snapshot, unless the one read holds exactly that already.
 */
export async function writeIndexSnapshot(
  deps: Pick<ServiceDeps, "s3" | "buckets" | "storage">,
  tenantId: string,
  shard?: ShardScope,
): Promise<IndexSnapshotWritten> {
  const started = performance.now();
  const entry = await tenantIndexFor(deps.storage, tenantId, indexSnapshots(deps), shard);
  const { origin } = entry;
  const summary = {
    tenantId,
    candidates: entry.index.size,
    from: origin.from,
    watermark: entry.watermark.toISOString(),
  };
  const current = origin.from === "snapshot" && origin.snapshotWatermark === entry.watermark.toISOString();
  // The overlap of the catch-up re-applies rows the snapshot holds: only a moved watermark is news.
  if (current) {
    return { ...summary, bytes: 0, written: false, ms: Math.round(performance.now() - started) };
  }
  const blob = encodeIndexSnapshot(entry.index, { tenantId, watermark: entry.watermark, shard });
  await writeLargeObject(deps.s3, {
    bucket: deps.buckets.uploads,
    key: indexSnapshotKey(tenantId, shard),
    body: blob,
    contentType: "application/octet-stream",
    metadata: { candidates: String(entry.index.size), watermark: entry.watermark.toISOString() },
  });
  // What is now in S3 is what this process holds: the next run skips an unchanged tenant.
  entry.origin = { from: "snapshot", snapshotWatermark: entry.watermark.toISOString(), caughtUp: 0 };
  return { ...summary, bytes: blob.byteLength, written: true, ms: Math.round(performance.now() - started) };
}
