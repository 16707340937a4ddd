import type {
  ListOpenJobsOutput,
  RematchInput,
  RematchJobRef,
  RematchJobResult,
  SnapshotIndexesOutput,
} from "@futodama/workflow";
import type { ServiceDeps } from "../deps";
import { DEFAULT_INDEX_SHARD_SIZE, writeTenantSnapshots } from "../match/index-shards";
import { rankJob } from "./match-document";

/** The tenants a Rematch execution covers: the one named, or every tenant (the schedule). */
async function tenantsOf(deps: Pick<ServiceDeps, "storage">, input: RematchInput): Promise<string[]> {
  return input.tenantId === undefined ? await deps.storage.acrossTenants.listTenantIds() : [input.tenantId];
}

const MAX_FAILURES_LISTED = 20;

/**
 * Rematch's first step: every covered tenant's candidate index brought up to date (from its
 * previous snapshot and the rows changed since, or from every row) and written back to S3 —
 * whole, or past `limits.indexShardSize` candidates as shards plus a manifest. One
 * tenant failing does not stop the others; the failures are listed in the output.
 */
export async function snapshotIndexesStep(
  deps: Pick<ServiceDeps, "storage" | "s3" | "buckets"> & {
    limits?: Pick<ServiceDeps["limits"], "indexShardSize">;
  },
  input: RematchInput,
): Promise<SnapshotIndexesOutput> {
  const out: SnapshotIndexesOutput = {
    tenants: 0,
    written: 0,
    sharded: 0,
    shards: 0,
    candidates: 0,
    bytes: 0,
    failed: [],
  };
  const shardSize = deps.limits?.indexShardSize ?? DEFAULT_INDEX_SHARD_SIZE;
  for (const tenantId of await tenantsOf(deps, input)) {
    out.tenants++;
    try {
      const snapshot = await writeTenantSnapshots(deps, tenantId, shardSize);
      if (snapshot.written > 0) out.written++;
      if (snapshot.of > 1) {
        out.sharded++;
        out.shards += snapshot.of;
      }
      out.candidates += snapshot.candidates;
      out.bytes += snapshot.bytes;
    } catch (error) {
      if (out.failed.length < MAX_FAILURES_LISTED) {
        out.failed.push({ tenantId, error: error instanceof Error ? error.message : String(error) });
      }
    }
  }
  return out;
}

/**
 * Rematch's first step: the open jobs of one tenant, or of every tenant one by one (the
 * schedule), as ids. Storage reads are tenant-scoped; only the list of tenants spans them.
 */
export async function listOpenJobsStep(
  deps: Pick<ServiceDeps, "storage">,
  input: RematchInput,
): Promise<ListOpenJobsOutput> {
  const jobs: RematchJobRef[] = [];
  for (const tenantId of await tenantsOf(deps, input))
    jobs.push(...(await deps.storage.listOpenJobRefs(tenantId)));
  return { ...(input.tenantId === undefined ? {} : { tenantId: input.tenantId }), jobs, count: jobs.length };
}

/** One Map iteration: step 1 for the job, which also replaces its live ranking. */
export async function rematchJobStep(deps: ServiceDeps, item: RematchJobRef): Promise<RematchJobResult> {
  const { sessionId, ranked } = await rankJob(deps, item.tenantId, item.jobId);
  return { tenantId: item.tenantId, jobId: item.jobId, sessionId, ranked };
}
