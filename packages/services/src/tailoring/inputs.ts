import { AppError, NotFoundError, type TailorOptions, TailorOptionsSchema } from "@futodama/core";
import type { TailoringRecord } from "@futodama/storage";
import { loadCvText, loadMatchableJob, loadMatchableResume } from "../deep-dive/inputs";
import type { ServiceDeps } from "../deps";

/* What the Tailor steps read: the tailoring row, the job, the CV and its text, all of one tenant. */

export async function loadTailoring(
  deps: ServiceDeps,
  tenantId: string,
  tailoringId: string,
): Promise<TailoringRecord & { options: TailorOptions }> {
  const record = await deps.storage.getTailoring(tenantId, tailoringId);
  if (record === null) {
    throw new NotFoundError("tailoring.not_found", `No tailoring with id ${tailoringId}`, {
      details: { tailoringId },
    });
  }
  return { ...record, options: TailorOptionsSchema.parse(record.options ?? {}) };
}

/** The job and the CV as a tailoring needs them: 404 when gone, 409 when no longer parsed. */
export async function loadTailorPair(deps: ServiceDeps, tenantId: string, jobId: string, resumeId: string) {
  const job = await loadMatchableJob(deps, tenantId, jobId, "tailoring");
  const resume = await loadMatchableResume(deps, tenantId, resumeId, "tailoring");
  return { job, resume };
}

/** The CV's extracted text; when it is gone, a reason a recruiter can act on (upload it again). */
export async function loadTailorCvText(deps: ServiceDeps, tenantId: string, documentId: string) {
  try {
    return await loadCvText(deps, tenantId, documentId);
  } catch (error) {
    if (error instanceof AppError && error.code === "document.file_missing") {
      throw new NotFoundError(
        "tailoring.cv_text_missing",
        "The CV's extracted text is no longer stored; upload the CV again to tailor it",
        { cause: error, details: { documentId } },
      );
    }
    throw error;
  }
}
