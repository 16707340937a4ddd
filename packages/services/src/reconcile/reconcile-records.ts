import { DescribeExecutionCommand, type DescribeExecutionCommandOutput } from "@aws-sdk/client-sfn";
import { isAppError, TransientError } from "@futodama/core";
import type { UnsettledDocument } from "@futodama/storage";
import type { DocumentIngestInput, ReconcileInput, ReconcileRecordsSummary } from "@futodama/workflow";
import type { ServiceDeps } from "../deps";
import { presignCodes } from "../document/presigned";
import { settleFailed } from "../document/settle-failed";
import { startDocumentIngest, startIngestForObject } from "../document/start-ingest";
import { failureReason } from "../shared/failure";
import { headObject } from "../shared/s3";
import { eachPage } from "./pages";
import { documentIngestExecutionArn } from "./start-execution";

/** How the reconciler bounds and paces itself; the defaults suit the 15-minute schedule. */
export interface ReconcileLimits {
  /** A record untouched this long, with no live execution, is stuck. */
  stuckAfterMs: number;
  /** Restarts of one document before it is marked failed for good. */
  maxAttempts: number;
  pageSize: number;
  maxPages: number;
  /** Ids listed in a summary (the counts are always complete). */
  maxActionsListed: number;
}

export const defaultReconcileLimits: ReconcileLimits = {
  stuckAfterMs: 15 * 60_000,
  maxAttempts: 3,
  pageSize: 100,
  maxPages: 10,
  maxActionsListed: 100,
};

/** Stable codes of what the reconciler did to a record (in the summary, the log and the reason). */
export const reconcileCodes = {
  executionFailed: "reconcile.execution_failed",
  gaveUp: "reconcile.gave_up",
} as const;

const documentOf = (document: UnsettledDocument) => ({
  tenantId: document.tenantId,
  documentId: document.id,
  kind: document.kind,
});

type Execution = Pick<DescribeExecutionCommandOutput, "status" | "error" | "cause" | "stopDate"> | null;

/** The execution that should be driving the document; null when Step Functions has none of that name. */
async function describeCurrent(deps: ServiceDeps, document: UnsettledDocument): Promise<Execution> {
  const executionArn = documentIngestExecutionArn(deps, document.executionName ?? document.id);
  try {
    return await deps.sfn.send(new DescribeExecutionCommand({ executionArn }));
  } catch (error) {
    if ((error as { name?: string }).name === "ExecutionDoesNotExist") return null;
    throw new TransientError("workflow.describe_failed", "Step Functions did not answer", { cause: error });
  }
}

export function olderThanOf(input: ReconcileInput, stuckAfterMs: number, now = new Date()): Date {
  const given = input.olderThan === undefined ? Number.NaN : Date.parse(input.olderThan);
  return Number.isNaN(given) ? new Date(now.getTime() - stuckAfterMs) : new Date(given);
}

type Verdict =
  | { action: "running" }
  | { action: "restart"; name: string }
  | { action: "fail"; code: string; reason: string };

/**
 * What to do with one stuck document. An execution that ended before the record's last change
 * belongs to an earlier attempt (a retry re-queued it since): it counts as absent.
 */
function judge(document: UnsettledDocument, execution: Execution, limits: ReconcileLimits): Verdict {
  const current =
    execution !== null && (execution.stopDate?.getTime() ?? Infinity) >= document.updatedAt.getTime();
  if (current && execution?.status === "RUNNING") return { action: "running" };
  if (current && (execution?.status === "FAILED" || execution?.status === "TIMED_OUT")) {
    const why = failureReason({ Error: execution.error ?? "unknown error", Cause: execution.cause ?? "" });
    return {
      action: "fail",
      code: reconcileCodes.executionFailed,
      reason: `${why} (${reconcileCodes.executionFailed}: the workflow stopped without marking the document; retry it)`,
    };
  }
  if (document.recoveryAttempts >= limits.maxAttempts) {
    return {
      action: "fail",
      code: reconcileCodes.gaveUp,
      reason: `Processing was restarted ${document.recoveryAttempts} times and never finished; retry it or upload the file again (${reconcileCodes.gaveUp})`,
    };
  }
  // Never started (the starter crashed before StartExecution, or a local runtime lost it):
  // start it under the same name, which a late starter would use too. Ended without a verdict
  // (succeeded before a re-queue, aborted by a stop): a fresh name, as AWS keeps names 90 days.
  const name =
    execution === null
      ? (document.executionName ?? document.id)
      : `${document.id}-recover-${document.recoveryAttempts + 1}`;
  return { action: "restart", name };
}

/**
 * A presigned record whose bytes never completed it: the object landed but its notification was
 * lost (start it now), or the URL expired unused (failed, with a reason: the record must not
 * stay queued for ever), or there is still time (wait). Expiry is judged at `olderThan`, so an
 * upload that began just before the URL expired has the reconciler's whole delay to land.
 */
async function settleAwaitedUpload(
  deps: ServiceDeps,
  document: UnsettledDocument,
  olderThan: Date,
): Promise<"waiting" | "started" | "failed"> {
  try {
    await headObject(deps.s3, document.bucket, document.s3Key);
    await startIngestForObject(deps, { bucket: document.bucket, key: document.s3Key });
    return "started";
  } catch (error) {
    if (!isAppError(error) || error.code !== "document.file_missing") throw error;
  }
  const expiresAt = document.updatedAt.getTime() + deps.limits.presignTtlSeconds * 1000;
  if (expiresAt >= olderThan.getTime()) return "waiting";
  await settleFailed(deps, documentOf(document), {
    code: presignCodes.neverArrived,
    reason:
      "The presigned upload URL expired before the file arrived; ask for a new one and upload the file again",
  });
  return "failed";
}

/**
 * Reconcile's first pass: every `queued`/`processing` document untouched since the deadline
 * (every tenant, oldest first, page by page), judged by its current DocumentIngest execution.
 */
export async function reconcileRecordsStep(
  deps: ServiceDeps,
  input: ReconcileInput,
  limits: ReconcileLimits = defaultReconcileLimits,
): Promise<ReconcileRecordsSummary> {
  const olderThan = olderThanOf(input, limits.stuckAfterMs);
  const summary: ReconcileRecordsSummary = {
    examined: 0,
    running: 0,
    restarted: 0,
    markedFailed: 0,
    skipped: 0,
    truncated: false,
    actions: [],
  };
  const note = (document: UnsettledDocument, action: string, code?: string) => {
    if (summary.actions.length >= limits.maxActionsListed) return;
    summary.actions.push({
      documentId: document.id,
      tenantId: document.tenantId,
      action,
      ...(code ? { code } : {}),
    });
  };
  const read = (last: UnsettledDocument | undefined) =>
    deps.storage.acrossTenants.listUnsettledDocuments({
      olderThan,
      limit: limits.pageSize,
      after: last && { updatedAt: last.updatedAt, id: last.id },
    });
  const finished = await eachPage(read, limits, async (documents) => {
    for (const document of documents) {
      summary.examined++;
      if (document.awaitingUpload) {
        const outcome = await settleAwaitedUpload(deps, document, olderThan);
        if (outcome === "waiting") summary.running++;
        else if (outcome === "started") summary.restarted++;
        else summary.markedFailed++;
        if (outcome !== "waiting")
          note(
            document,
            outcome === "started" ? "restarted" : "marked_failed",
            outcome === "failed" ? presignCodes.neverArrived : undefined,
          );
        continue;
      }
      const verdict = judge(document, await describeCurrent(deps, document), limits);
      if (verdict.action === "running") {
        summary.running++;
        continue;
      }
      if (verdict.action === "fail") {
        await settleFailed(deps, documentOf(document), { code: verdict.code, reason: verdict.reason });
        summary.markedFailed++;
        note(document, "marked_failed", verdict.code);
        continue;
      }
      const claimed = await deps.storage.claimRecovery(
        document.tenantId,
        document.id,
        document.recoveryAttempts,
        verdict.name,
      );
      if (!claimed) {
        summary.skipped++;
        continue;
      }
      const ingest: DocumentIngestInput = {
        tenantId: document.tenantId,
        documentId: document.id,
        kind: document.kind,
        bucket: document.bucket,
        key: document.s3Key,
      };
      await startDocumentIngest(deps, ingest, verdict.name);
      summary.restarted++;
      note(document, "restarted");
    }
  });
  summary.truncated = !finished;
  return summary;
}
