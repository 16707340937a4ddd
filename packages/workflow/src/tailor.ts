import type { Catcher, Retrier, StateMachineDefinition, WorkflowType } from "./asl";
import { type RetryOptions, retrier, task } from "./task-state";

/** Tailor: one CV rewritten for one job, truthfully, with a change log (DESIGN.md §2, §6). */
export const tailorName = "Tailor";
export const tailorType: WorkflowType = "STANDARD";

/** State names, shown in the console: keep them stable. */
export const TailorState = {
  LoadInputs: "LoadInputs",
  Tailor: "Tailor",
  Verify: "Verify",
  Persist: "Persist",
  Done: "Done",
  MarkTailoringFailed: "MarkTailoringFailed",
  Failed: "Failed",
} as const;

export type TailorTask = "loadInputs" | "tailor" | "verify" | "persist" | "markTailoringFailed";
export type TailorArns = Record<TailorTask, string>;

/** Lambda timeout per task, in seconds (the LLM call with a long CV can take a minute or two). */
export const tailorTaskTimeouts: Record<TailorTask, number> = {
  loadInputs: 30,
  tailor: 180,
  verify: 60,
  persist: 30,
  markTailoringFailed: 30,
};

/** Name of the failure the execution ends with once the tailoring is marked failed. */
export const tailorFailedError = "TailorFailed";

/** Execution input (started by tailorResumeToJob, execution name = tailoring id): ids only. */
export interface TailorWorkflowInput {
  tenantId: string;
  tailoringId: string;
  jobId: string;
  resumeId: string;
  /** Who asked (the token's `sub`), for the audit of the model call; absent for the system. */
  requestedBy?: string | undefined;
}

/** Every task returns the state it received plus its own S3 key: ids and keys only. */
export type LoadTailorInputsOutput = TailorWorkflowInput;
export interface TailorStepOutput extends TailorWorkflowInput {
  /** S3 key (uploads bucket, derived/) of the provider's proposal. */
  proposalKey: string;
}
export interface VerifyStepOutput extends TailorStepOutput {
  /** S3 key of the resume-tailor-v1 bundle. */
  bundleKey: string;
}
export interface PersistTailoringOutput extends VerifyStepOutput {
  status: "done";
}

/** What a Catch puts at `$.failure`. */
export interface TailorFailure {
  Error: string;
  Cause: string;
}

/** MarkTailoringFailed receives the failing state's input plus the failure. */
export type MarkTailoringFailedInput = TailorWorkflowInput &
  Partial<Omit<VerifyStepOutput, keyof TailorWorkflowInput>> & { failure: TailorFailure };

export interface TailorWorkflowOptions extends RetryOptions {
  /** First retry delay of the Tailor step in whole seconds (default 2; doubles, full jitter). */
  tailorRetryIntervalSeconds?: number;
  /** Retries of the Tailor step after the first attempt (default 5). */
  tailorMaxAttempts?: number;
}

/** The LLM call backs off on rate limits and timeouts (doubling, full jitter). */
function tailorRetrier(options: TailorWorkflowOptions): Retrier {
  const base = retrier({
    retryIntervalSeconds: options.tailorRetryIntervalSeconds ?? 2,
    maxAttempts: options.tailorMaxAttempts ?? 5,
  });
  return { ...base, MaxDelaySeconds: 60, JitterStrategy: "FULL" };
}

/**
 * Tailor: LoadInputs (the job and CV are still there and parsed; the tailoring is running) →
 * Tailor (the provider proposes edits → proposal.json) → Verify (allowed edits applied, every
 * fact checked against the source → bundle.json) → Persist (the bundle on the tailoring row,
 * done) → Done. Any failure after retries → MarkTailoringFailed (the reason on the row) → Failed.
 */
export function tailorDefinition(
  arns: TailorArns,
  options: TailorWorkflowOptions = {},
): StateMachineDefinition {
  const retry = retrier(options);
  const t = tailorTaskTimeouts;
  const S = TailorState;
  const catchAll: Catcher = {
    ErrorEquals: ["States.ALL"],
    ResultPath: "$.failure",
    Next: S.MarkTailoringFailed,
  };
  return {
    Comment: "Tailors one CV to one job: a truthful rewrite with a change log. Ids and S3 keys only.",
    QueryLanguage: "JSONPath",
    StartAt: S.LoadInputs,
    States: {
      [S.LoadInputs]: task({
        comment: "Checks the job and the CV are this tenant's and parsed; marks the tailoring running.",
        resource: arns.loadInputs,
        timeoutSeconds: t.loadInputs,
        next: S.Tailor,
        retry,
        catchers: [catchAll],
      }),
      [S.Tailor]: task({
        comment:
          "Job + CV card + CV text → proposed edits (LLM, or rules without a key), stored at proposalKey.",
        resource: arns.tailor,
        timeoutSeconds: t.tailor,
        next: S.Verify,
        retry: tailorRetrier(options),
        catchers: [catchAll],
      }),
      [S.Verify]: task({
        comment:
          "Applies the allowed edits, rejects any fact the CV does not hold, computes coverage and ATS → bundleKey.",
        resource: arns.verify,
        timeoutSeconds: t.verify,
        next: S.Persist,
        retry,
        catchers: [catchAll],
      }),
      [S.Persist]: task({
        comment: "Stores the bundle on the tailoring row and marks it done.",
        resource: arns.persist,
        timeoutSeconds: t.persist,
        next: S.Done,
        retry,
        catchers: [catchAll],
      }),
      [S.Done]: { Type: "Succeed", Comment: "The tailored CV is stored with its change log." },
      [S.MarkTailoringFailed]: {
        ...task({
          comment: "Marks the tailoring failed with the reason in $.failure.",
          resource: arns.markTailoringFailed,
          timeoutSeconds: t.markTailoringFailed,
          next: S.Failed,
          retry,
        }),
        ResultPath: "$.markFailed",
      },
      [S.Failed]: {
        Type: "Fail",
        Comment: "The tailoring is marked failed; the cause is the failing state's error.",
        Error: tailorFailedError,
        CausePath: "$.failure.Cause",
      },
    },
  };
}
