import { type JobQuery, jobQuery, type MatchWeights } from "@futodama/core";
import type { JobCard, ParsedCard, Storage } from "@futodama/storage";
import { embeddingsOf, type StoredEmbeddings, withSimilarSkills } from "../embeddings";

/*
 * The prepared step-1 query of each open job, per process: a bulk drop scores every new CV
 * against the same jobs, so each job's query is built once and reused until the job changes.
 * With its embeddings (issue 14): the similar skills joined, and the job's stored embeddings kept
 * for the summaries' similarity.
 */

export interface PreparedJob {
  query: JobQuery;
  embeddings: StoredEmbeddings;
}

interface Cached {
  updatedAt: number;
  /** The weights the query was built with (the tenant's learned ones change with its verdicts). */
  weights: string;
  prepared: PreparedJob | null;
}

const caches = new WeakMap<Storage, Map<string, Cached>>();
const MAX_JOBS = 10_000;

/** The query of an open job, or null when its card cannot be scored (old or hand-edited). */
export async function queryOf(
  storage: Storage,
  tenantId: string,
  job: ParsedCard<JobCard>,
  weights: MatchWeights,
): Promise<PreparedJob | null> {
  let cache = caches.get(storage);
  if (cache === undefined) {
    cache = new Map();
    caches.set(storage, cache);
  }
  const weightsKey = JSON.stringify(weights);
  const hit = cache.get(job.id);
  if (hit !== undefined && hit.updatedAt === job.updatedAt.getTime() && hit.weights === weightsKey)
    return hit.prepared;
  let query: JobQuery | null = null;
  try {
    query = jobQuery(job.card, { weights });
  } catch {
    query = null;
  }
  let prepared: PreparedJob | null = null;
  if (query !== null) {
    const embeddings = await embeddingsOf(storage, tenantId, "job", job.id);
    prepared = { query: await withSimilarSkills(storage, embeddings, query), embeddings };
  }
  if (cache.size >= MAX_JOBS) cache.clear();
  cache.set(job.id, { updatedAt: job.updatedAt.getTime(), weights: weightsKey, prepared });
  return prepared;
}
