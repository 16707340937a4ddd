import type { ListOpenJobsOutput, RematchInput, RematchJobRef, RematchJobResult } from "@futodama/workflow";
import type { ServiceDeps } from "../deps";
import { rankJob } from "./match-document";

/** Rematch's first step: the open jobs of one tenant (or all), as ids. */
export async function listOpenJobsStep(deps: ServiceDeps, input: RematchInput): Promise<ListOpenJobsOutput> {
  const jobs = await deps.storage.listOpenJobRefs(input.tenantId);
  return { ...(input.tenantId === undefined ? {} : { tenantId: input.tenantId }), jobs, count: jobs.length };
}

/** One Map iteration: step 1 for the job, which also replaces its live ranking. */
export async function rematchJobStep(deps: ServiceDeps, item: RematchJobRef): Promise<RematchJobResult> {
  const { sessionId, ranked } = await rankJob(deps, item.tenantId, item.jobId);
  return { tenantId: item.tenantId, jobId: item.jobId, sessionId, ranked };
}
