import { type JobQuery, jobQuery } from "@futodama/core";
import type { JobCard, ParsedCard, Storage } from "@futodama/storage";

/*
 * The prepared step-1 query of each open job, per process: a bulk drop scores every new CV
 * against the same jobs, so each job's query is built once and reused until the job changes.
 */

interface Cached {
  updatedAt: number;
  query: JobQuery | null;
}

const caches = new WeakMap<Storage, Map<string, Cached>>();
const MAX_JOBS = 10_000;

/** The query of an open job, or null when its card cannot be scored (old or hand-edited). */
export function queryOf(storage: Storage, job: ParsedCard<JobCard>): JobQuery | null {
  let cache = caches.get(storage);
  if (cache === undefined) {
    cache = new Map();
    caches.set(storage, cache);
  }
  const hit = cache.get(job.id);
  if (hit !== undefined && hit.updatedAt === job.updatedAt.getTime()) return hit.query;
  let query: JobQuery | null = null;
  try {
    query = jobQuery(job.card);
  } catch {
    query = null;
  }
  if (cache.size >= MAX_JOBS) cache.clear();
  cache.set(job.id, { updatedAt: job.updatedAt.getTime(), query });
  return query;
}
