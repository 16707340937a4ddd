import type { StateMachineDefinition, WorkflowType } from "./asl";
import { type RetryOptions, retrier, task } from "./task-state";

/**
 * Reconcile (issue 11): nothing stuck, nothing lost. Runs on a schedule (CronV2, the local
 * timer) and once at every local start. Three bounded passes over ids only:
 * records left `queued`/`processing` whose execution is gone, ended or failed; stored
 * objects that never got a record (a lost notification, a crash before the starter ran); and
 * announcements a crash cut off (webhook deliveries never queued, batches never completed).
 */
export const reconcileName = "Reconcile";
export const reconcileType: WorkflowType = "STANDARD";

export const ReconcileState = {
  ReconcileRecords: "ReconcileRecords",
  ReconcileObjects: "ReconcileObjects",
  ReconcileEvents: "ReconcileEvents",
  Done: "Done",
} as const;

export type ReconcileTask = "reconcileRecords" | "reconcileObjects" | "reconcileEvents";
export type ReconcileArns = Record<ReconcileTask, string>;

/** Each pass is bounded by pages: well inside these. */
export const reconcileTaskTimeouts: Record<ReconcileTask, number> = {
  reconcileRecords: 300,
  reconcileObjects: 300,
  reconcileEvents: 300,
};

/** Execution input. Both fields are optional: the schedule sends `{}`. */
export interface ReconcileInput {
  /**
   * Judge only what was last touched (records) or stored (objects) before this ISO moment.
   * The schedule leaves it out (now minus the deadline); a local start passes its own start time.
   */
  olderThan?: string;
}

/** What the records pass found and did: counts, plus the ids it acted on (bounded by pages). */
export interface ReconcileRecordsSummary {
  examined: number;
  /** Their execution is still running: left alone. */
  running: number;
  /** Started again (absent or ended execution). */
  restarted: number;
  /** Marked failed: their execution failed without saying so, or they ran out of attempts. */
  markedFailed: number;
  /** Another reconciler (or a retry) took them first. */
  skipped: number;
  /** More unsettled records than the pages allowed: the next run goes on. */
  truncated: boolean;
  actions: Array<{ documentId: string; tenantId: string; action: string; code?: string }>;
}

export interface ReconcileObjectsSummary {
  /** Objects listed in the buckets (under the ingest layout). */
  listed: number;
  /** Objects without a record that were registered and started. */
  started: number;
  /** Their bytes are another object's of the same tenant: the record exists under the other key. */
  duplicates: number;
  /** Outside the `tenants/…` / `<tenant>/…` layout: nothing to ingest. */
  ignored: number;
  failed: number;
  truncated: boolean;
  actions: Array<{ bucket: string; key: string; outcome: string; documentId?: string }>;
}

/**
 * What the events pass found and did: announcements a crash cut off between "it happened" and
 * "it was told" — webhook deliveries recorded but never queued (queued again), and batches whose
 * files all settled but that nobody completed (completed and announced now).
 */
export interface ReconcileEventsSummary {
  /** Deliveries never attempted, older than the deadline, put on the queue again. */
  deliveriesRequeued: number;
  /** Open batches older than the deadline that were looked at. */
  batchesExamined: number;
  /** Of those, completed now (each announced `batch.completed`). */
  batchesCompleted: number;
  truncated: boolean;
}

/** What a Catch leaves when a pass fails: the other pass still runs. */
export interface ReconcilePassFailure {
  Error: string;
  Cause: string;
}

export interface ReconcileOutput extends ReconcileInput {
  records?: ReconcileRecordsSummary;
  recordsFailure?: ReconcilePassFailure;
  objects?: ReconcileObjectsSummary;
  objectsFailure?: ReconcilePassFailure;
  events?: ReconcileEventsSummary;
  eventsFailure?: ReconcilePassFailure;
}

/**
 * ReconcileRecords → ReconcileObjects → ReconcileEvents → Done. Each pass retries transient errors; a pass that
 * still fails is caught (its failure kept in the output) so the other passes run anyway. The
 * steps are idempotent (execution names, conditional claims), so two runs overlapping is safe.
 */
export function reconcileDefinition(arns: ReconcileArns, options: RetryOptions = {}): StateMachineDefinition {
  const retry = retrier(options);
  const S = ReconcileState;
  return {
    Comment:
      "Finds stuck records and unregistered objects and drives them to parsed or failed, then sends what a crash left unannounced.",
    QueryLanguage: "JSONPath",
    StartAt: S.ReconcileRecords,
    States: {
      [S.ReconcileRecords]: task({
        comment:
          "queued/processing past the deadline: restart when the execution is absent or ended, mark failed when it failed or after N attempts.",
        resource: arns.reconcileRecords,
        timeoutSeconds: reconcileTaskTimeouts.reconcileRecords,
        next: S.ReconcileObjects,
        resultPath: "$.records",
        retry,
        catchers: [{ ErrorEquals: ["States.ALL"], ResultPath: "$.recordsFailure", Next: S.ReconcileObjects }],
      }),
      [S.ReconcileObjects]: task({
        comment: "Objects in the buckets with no record: register and ingest them, as the starter does.",
        resource: arns.reconcileObjects,
        timeoutSeconds: reconcileTaskTimeouts.reconcileObjects,
        next: S.ReconcileEvents,
        resultPath: "$.objects",
        retry,
        catchers: [{ ErrorEquals: ["States.ALL"], ResultPath: "$.objectsFailure", Next: S.ReconcileEvents }],
      }),
      [S.ReconcileEvents]: task({
        comment:
          "Webhook deliveries recorded but never queued: queue them. Batches whose files all settled: complete and announce them.",
        resource: arns.reconcileEvents,
        timeoutSeconds: reconcileTaskTimeouts.reconcileEvents,
        next: S.Done,
        resultPath: "$.events",
        retry,
        catchers: [{ ErrorEquals: ["States.ALL"], ResultPath: "$.eventsFailure", Next: S.Done }],
      }),
      [S.Done]: { Type: "Succeed", Comment: "The summary of the three passes is the execution's output." },
    },
  };
}
