import type { StateMachineDefinition, WorkflowType } from "./asl";
import { type RetryOptions, retrier, task } from "./task-state";

/** Re-ranks every open job with step 1: on a schedule (CronV2, the local interval) and on demand. */
export const rematchName = "Rematch";
export const rematchType: WorkflowType = "STANDARD";

export const RematchState = {
  SnapshotIndexes: "SnapshotIndexes",
  ListOpenJobs: "ListOpenJobs",
  MatchJobs: "MatchJobs",
  MatchStep1: "MatchStep1",
  JobFailed: "JobFailed",
  Done: "Done",
} as const;

export type RematchTask = "snapshotIndexes" | "listOpenJobs" | "matchStep1";
export type RematchArns = Record<RematchTask, string>;

export const rematchTaskTimeouts: Record<RematchTask, number> = {
  // A 1M-CV tenant without a usable snapshot is a full build from PostgreSQL (minutes).
  snapshotIndexes: 900,
  listOpenJobs: 60,
  matchStep1: 300,
};

/** Execution input: one tenant, or every tenant when absent (the schedule). */
export interface RematchInput {
  tenantId?: string;
}

/** What SnapshotIndexes leaves in `$.snapshots`: totals, and the tenants that failed (at most 20). */
export interface SnapshotIndexesOutput {
  tenants: number;
  /** Tenants whose snapshot (or a shard's) was rewritten (the others had no change since theirs). */
  written: number;
  /** Tenants kept as shards (past INDEX_SHARD_SIZE candidates), and their shards in all. */
  sharded: number;
  shards: number;
  candidates: number;
  bytes: number;
  failed: Array<{ tenantId: string; error: string }>;
}

/** One Map item: ids only. */
export interface RematchJobRef {
  tenantId: string;
  jobId: string;
}

export interface ListOpenJobsOutput extends RematchInput {
  jobs: RematchJobRef[];
  count: number;
}

/** What MatchStep1 returns for one job. */
export interface RematchJobResult extends RematchJobRef {
  sessionId: string;
  ranked: number;
}

/** What each Map iteration leaves in `$.results`: the job's outcome, or why it failed. */
export type RematchItemResult =
  | { jobId: string; ranked: number }
  | { jobId: string; error: string; cause: string };

export interface RematchOptions extends RetryOptions {
  /** Jobs ranked at the same time (Map MaxConcurrency); default 4. */
  maxConcurrency?: number;
}

/**
 * Rematch: SnapshotIndexes (each tenant's candidate index brought up to date and written to S3,
 * so that the step-1 runs below and every cold API function restore it instead of reading every
 * CV; a failure there is recorded and the rematch goes on) → ListOpenJobs → MatchJobs (Map, MaxConcurrency) → MatchStep1 per job with Retry;
 * a job that still fails is caught inside its iteration (JobFailed), so it never stops the
 * others → Done. The item list stays in the state (ids only, ~60 bytes a job): beyond a few
 * thousand open jobs a distributed Map reading from S3 would be the next step.
 */
export function rematchDefinition(arns: RematchArns, options: RematchOptions = {}): StateMachineDefinition {
  const retry = retrier(options);
  const maxConcurrency = options.maxConcurrency ?? 4;
  if (!Number.isInteger(maxConcurrency) || maxConcurrency < 0) {
    throw new RangeError(`maxConcurrency must be a whole number ≥ 0, got ${maxConcurrency}`);
  }
  const S = RematchState;
  return {
    Comment: "Re-ranks every open job (of one tenant, or all) with step 1. Ids only between states.",
    QueryLanguage: "JSONPath",
    StartAt: S.SnapshotIndexes,
    States: {
      [S.SnapshotIndexes]: task({
        comment:
          "{ tenantId? } → each tenant's candidate index snapshot (past INDEX_SHARD_SIZE: its shards and manifest) rewritten in S3 (totals in $.snapshots).",
        resource: arns.snapshotIndexes,
        timeoutSeconds: rematchTaskTimeouts.snapshotIndexes,
        next: S.ListOpenJobs,
        retry,
        resultPath: "$.snapshots",
        // Snapshots speed cold starts up; without a new one the rematch is still right.
        catchers: [{ ErrorEquals: ["States.ALL"], ResultPath: "$.snapshotFailure", Next: S.ListOpenJobs }],
      }),
      [S.ListOpenJobs]: task({
        comment: "{ tenantId? } → the open jobs as { tenantId, jobId } items.",
        resource: arns.listOpenJobs,
        timeoutSeconds: rematchTaskTimeouts.listOpenJobs,
        next: S.MatchJobs,
        retry,
      }),
      [S.MatchJobs]: {
        Type: "Map",
        Comment: "One step-1 run per job; a failed job is recorded in its result and the others go on.",
        ItemsPath: "$.jobs",
        MaxConcurrency: maxConcurrency,
        ItemProcessor: {
          ProcessorConfig: { Mode: "INLINE" },
          StartAt: S.MatchStep1,
          States: {
            [S.MatchStep1]: {
              ...task({
                comment:
                  "Step 1 over every candidate of the tenant: a new session, and the job's live ranking.",
                resource: arns.matchStep1,
                timeoutSeconds: rematchTaskTimeouts.matchStep1,
                retry,
                catchers: [{ ErrorEquals: ["States.ALL"], ResultPath: "$.failure", Next: S.JobFailed }],
              }),
              ResultSelector: { "jobId.$": "$.jobId", "ranked.$": "$.ranked" },
            },
            [S.JobFailed]: {
              Type: "Pass",
              Comment: "This job could not be ranked; the reason stays in the execution's output.",
              Parameters: {
                "jobId.$": "$.jobId",
                "error.$": "$.failure.Error",
                "cause.$": "$.failure.Cause",
              },
              End: true,
            },
          },
        },
        ResultPath: "$.results",
        Next: S.Done,
      },
      [S.Done]: { Type: "Succeed", Comment: "Every open job was ranked, or its failure is in $.results." },
    },
  };
}
