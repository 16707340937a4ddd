import type { ResumeTailorV1, TailorOptions } from "@futodama/core";
import type { TailoringRecord, TailoringStatus } from "@futodama/storage";
import { genericFailureCodes } from "../shared/failure";

/** What the API shows of a tailoring: progress, and once done the resume-tailor-v1 bundle. */
export interface TailoringView {
  id: string;
  status: TailoringStatus;
  jobId: string;
  resumeId: string;
  options: TailorOptions;
  /** The provider asked (openai | rules); the bundle says which one answered. */
  provider: string | null;
  createdAt: string;
  updatedAt: string;
  finishedAt: string | null;
  /** Why it failed, in words a person can act on; null unless failed. */
  error: string | null;
  /** The stable dotted code of `error` (docs/api-contract.md#failure-codes); null unless failed. */
  errorCode: string | null;
  /** The tailored card, change log, refused edits, coverage, ATS report and verification; null until done. */
  bundle: ResumeTailorV1 | null;
}

export function toTailoringView(record: TailoringRecord): TailoringView {
  return {
    id: record.id,
    status: record.status,
    jobId: record.jobId,
    resumeId: record.resumeId,
    options: record.options as TailorOptions,
    provider: record.provider,
    createdAt: record.createdAt.toISOString(),
    updatedAt: record.updatedAt.toISOString(),
    finishedAt: record.finishedAt?.toISOString() ?? null,
    error: record.status === "failed" ? (record.error ?? "Tailoring failed") : null,
    errorCode: record.status === "failed" ? (record.errorCode ?? genericFailureCodes.stepFailed) : null,
    bundle: record.status === "done" ? (record.bundle as ResumeTailorV1 | null) : null,
  };
}
