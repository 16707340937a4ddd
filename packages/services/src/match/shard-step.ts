import { type MatchShardAnswer, MatchShardRequest } from "@futodama/core";
import type { ServiceDeps } from "../deps";
import { tenantIndexFor } from "./index-cache";
import { indexSnapshots } from "./index-snapshots";

/**
 * One shard's part of step 1 (MatchShardTask): the shard's index — restored from its snapshot
 * and caught up on its own ids, or kept warm here — ranks the prepared job query (top k) and
 * explains the ids asked for. The caller (fan-out.ts) merges the shards' answers.
 */
export async function answerShardRequest(
  deps: Pick<ServiceDeps, "storage" | "s3" | "buckets">,
  input: MatchShardRequest,
): Promise<MatchShardAnswer> {
  const request = MatchShardRequest.parse(input);
  const { shard, of, jobQuery: query } = request;
  const entry = await tenantIndexFor(deps.storage, request.tenantId, indexSnapshots(deps), { shard, of });
  const { index } = entry;
  const explained: MatchShardAnswer["explained"] = [];
  for (const id of request.explain ?? []) {
    const result = index.explain(query, id);
    if (result !== null) explained.push({ id, result });
  }
  return {
    shard,
    of,
    candidates: index.size,
    hits: request.k > 0 ? index.topK(query, request.k) : [],
    explained,
    origin: entry.origin.from,
  };
}
