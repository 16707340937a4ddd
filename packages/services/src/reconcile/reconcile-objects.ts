import { type _Object, ListObjectsV2Command } from "@aws-sdk/client-s3";
import { isAppError, TransientError } from "@futodama/core";
import type { ReconcileInput, ReconcileObjectsSummary } from "@futodama/workflow";
import type { ServiceDeps } from "../deps";
import { startIngestForObject } from "../document/start-ingest";
import { readJson, writeJson } from "../shared/s3";
import { olderThanOf } from "./reconcile-records";

export interface ObjectScanLimits {
  /** An object stored this long ago without a record lost its notification (or the starter crashed). */
  stuckAfterMs: number;
  /** Keys per ListObjectsV2 page (S3's maximum is 1000). */
  pageSize: number;
  /** Pages per bucket per run; the next run goes on from where this one stopped. */
  maxPages: number;
  maxActionsListed: number;
}

export const defaultObjectScanLimits: ObjectScanLimits = {
  stuckAfterMs: 15 * 60_000,
  pageSize: 1000,
  maxPages: 10,
  maxActionsListed: 100,
};

type BucketRole = "uploads" | "drops";

/** Uploads notify for `tenants/` only (derived artefacts live beside them); drops notify for all. */
const scanPrefix: Record<BucketRole, string | undefined> = { uploads: "tenants/", drops: undefined };

/**
 * Where the last run stopped listing a bucket. Kept under `derived/` of the uploads bucket, which
 * notifies nothing: a bucket bigger than one run's pages is covered over several runs.
 */
const cursorKey = (role: BucketRole) => `derived/reconcile/${role}-cursor.json`;

async function readCursor(deps: ServiceDeps, role: BucketRole): Promise<string | undefined> {
  try {
    const value = (await readJson(deps.s3, deps.buckets.uploads, cursorKey(role))) as {
      startAfter?: unknown;
    };
    return typeof value.startAfter === "string" ? value.startAfter : undefined;
  } catch (error) {
    if (isAppError(error) && error.code === "document.file_missing") return undefined;
    throw error;
  }
}

async function listPage(
  deps: ServiceDeps,
  bucket: string,
  role: BucketRole,
  startAfter: string | undefined,
  pageSize: number,
) {
  try {
    return await deps.s3.send(
      new ListObjectsV2Command({
        Bucket: bucket,
        MaxKeys: pageSize,
        ...(scanPrefix[role] ? { Prefix: scanPrefix[role] } : {}),
        ...(startAfter ? { StartAfter: startAfter } : {}),
      }),
    );
  } catch (error) {
    throw new TransientError("storage.s3_unavailable", "The file store did not answer", { cause: error });
  }
}

/** One bucket: list from the saved cursor, start what has no record, save where it stopped. */
async function scanBucket(
  deps: ServiceDeps,
  role: BucketRole,
  olderThan: Date,
  limits: ObjectScanLimits,
  summary: ReconcileObjectsSummary,
): Promise<void> {
  const bucket = deps.buckets[role];
  const saved = await readCursor(deps, role);
  let startAfter = saved;
  let finished = false;
  for (let page = 0; page < limits.maxPages && !finished; page++) {
    const out = await listPage(deps, bucket, role, startAfter, limits.pageSize);
    const objects = (out.Contents ?? []).filter((o): o is _Object & { Key: string } => o.Key !== undefined);
    summary.listed += objects.length;
    const settledBefore = objects.filter((o) => (o.LastModified?.getTime() ?? 0) < olderThan.getTime());
    const known = await deps.storage.acrossTenants.registeredKeys(
      bucket,
      settledBefore.map((o) => o.Key),
    );
    for (const object of settledBefore.filter((o) => !known.has(o.Key))) {
      const note = (outcome: string, documentId?: string) => {
        if (summary.actions.length < limits.maxActionsListed) {
          summary.actions.push({ bucket, key: object.Key, outcome, ...(documentId ? { documentId } : {}) });
        }
      };
      try {
        const result = await startIngestForObject(deps, { bucket, key: object.Key });
        if (result.outcome === "ignored") summary.ignored++;
        else if (result.outcome === "duplicate") summary.duplicates++;
        else {
          summary.started++;
          note(result.outcome, result.documentId);
        }
      } catch (error) {
        // One object the store or the database refuses must not stop the others.
        summary.failed++;
        note(`failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    startAfter = objects.at(-1)?.Key ?? startAfter;
    finished = out.IsTruncated !== true;
  }
  if (!finished) summary.truncated = true;
  // Written only when it moves: a bucket one run covers leaves no cursor behind at all.
  const next = finished ? undefined : startAfter;
  if (next !== saved) {
    await writeJson(deps.s3, deps.buckets.uploads, cursorKey(role), { startAfter: next ?? null });
  }
}

/**
 * Reconcile's second pass: objects in the uploads (`tenants/…`) and drops buckets stored before
 * the deadline that no document points at are registered and started exactly as the ingest
 * starter would (`startIngestForObject`: idempotent by content hash and execution name).
 */
export async function reconcileObjectsStep(
  deps: ServiceDeps,
  input: ReconcileInput,
  limits: ObjectScanLimits = defaultObjectScanLimits,
): Promise<ReconcileObjectsSummary> {
  const olderThan = olderThanOf(input, limits.stuckAfterMs);
  const summary: ReconcileObjectsSummary = {
    listed: 0,
    started: 0,
    duplicates: 0,
    ignored: 0,
    failed: 0,
    truncated: false,
    actions: [],
  };
  for (const role of ["uploads", "drops"] as const) await scanBucket(deps, role, olderThan, limits, summary);
  return summary;
}
