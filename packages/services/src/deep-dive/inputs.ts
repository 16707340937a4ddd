import { ConflictError, type ExtractedDocument, NotFoundError, type ResumeCardV1 } from "@futodama/core";
import type { CardRecord, JobCard } from "@futodama/storage";
import type { ServiceDeps } from "../deps";
import { derivedKey } from "../document/keys";
import { readJson } from "../shared/s3";

/* What a deep dive reads: the job, a candidate and the text of their CV, all of one tenant. */

/** Which flow refuses an unready document: its codes are its own (`tailoring.job_not_ready`). */
export type ReadinessScope = "match" | "tailoring";

/** The parsed job, or 404 (not this tenant's) / 409 (not parsed yet, or failed). */
export async function loadMatchableJob(
  deps: ServiceDeps,
  tenantId: string,
  jobId: string,
  scope: ReadinessScope = "match",
): Promise<{ record: CardRecord<"job">; card: JobCard }> {
  const record = await deps.storage.getRecord(tenantId, "job", jobId);
  if (record === null) throw new NotFoundError("job.not_found", `No job with id ${jobId}`);
  if (record.status !== "parsed" || record.card === null) {
    throw new ConflictError(
      `${scope}.job_not_ready`,
      record.status === "failed"
        ? `The job could not be parsed (${record.error ?? "unknown reason"}); it cannot be ${scope === "match" ? "matched" : "tailored to"}`
        : `The job is still ${record.status}; match it once it is parsed`,
      { details: { jobId, status: record.status } },
    );
  }
  return { record, card: record.card };
}

/** A parsed candidate of the tenant, or 404 / 409. */
export async function loadMatchableResume(
  deps: ServiceDeps,
  tenantId: string,
  resumeId: string,
  scope: ReadinessScope = "match",
): Promise<{ record: CardRecord<"resume">; card: ResumeCardV1 }> {
  const record = await deps.storage.getRecord(tenantId, "resume", resumeId);
  if (record === null) {
    throw new NotFoundError("resume.not_found", `No resume with id ${resumeId}`, { details: { resumeId } });
  }
  if (record.status !== "parsed" || record.card === null) {
    throw new ConflictError(
      `${scope}.resume_not_ready`,
      `The resume ${resumeId} is ${record.status}, not parsed`,
      {
        details: { resumeId, status: record.status },
      },
    );
  }
  return { record, card: record.card };
}

/** The CV's text as extracted at ingest (derived/<tenant>/<document>/document.json). */
export async function loadCvText(deps: ServiceDeps, tenantId: string, documentId: string): Promise<string> {
  const key = derivedKey(tenantId, documentId, "document.json");
  const doc = (await readJson(deps.s3, deps.buckets.uploads, key)) as Pick<ExtractedDocument, "text">;
  return typeof doc.text === "string" ? doc.text : "";
}
