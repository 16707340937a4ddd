import type { ListOpenJobsOutput, RematchInput, RematchJobRef, RematchJobResult } from "@futodama/workflow";
import type { ServiceDeps } from "../deps";
import { rankJob } from "./match-document";

/**
 * Rematch's first step: the open jobs of one tenant, or of every tenant one by one (the
 * schedule), as ids. Storage reads are tenant-scoped; only the list of tenants spans them.
 */
export async function listOpenJobsStep(
  deps: Pick<ServiceDeps, "storage">,
  input: RematchInput,
): Promise<ListOpenJobsOutput> {
  const tenantIds =
    input.tenantId === undefined ? await deps.storage.acrossTenants.listTenantIds() : [input.tenantId];
  const jobs: RematchJobRef[] = [];
  for (const tenantId of tenantIds) jobs.push(...(await deps.storage.listOpenJobRefs(tenantId)));
  return { ...(input.tenantId === undefined ? {} : { tenantId: input.tenantId }), jobs, count: jobs.length };
}

/** One Map iteration: step 1 for the job, which also replaces its live ranking. */
export async function rematchJobStep(deps: ServiceDeps, item: RematchJobRef): Promise<RematchJobResult> {
  const { sessionId, ranked } = await rankJob(deps, item.tenantId, item.jobId);
  return { tenantId: item.tenantId, jobId: item.jobId, sessionId, ranked };
}
