import {
  byRank,
  InternalError,
  type JobQuery,
  type MatchResult,
  type MatchShardAnswer,
  type MatchShardRequest,
  mergeTopK,
  shardOf,
  UpstreamError,
} from "@futodama/core";
import type { NewMatchResult } from "@futodama/storage";
import type { ServiceDeps } from "../deps";
import { candidateIndexFor } from "./index-cache";
import { tenantShardCount } from "./index-layout";
import { indexSnapshots } from "./index-snapshots";

/*
 * Step 1 over every candidate of a tenant, whole or sharded (docs/architecture.md, "Candidate
 * index shards"). A tenant kept whole is ranked here, in this process's index, as it always was.
 * A sharded one is ranked by its N shard functions at once, their top-k lists merged by
 * (score desc, id asc) — exact, since each candidate lives in one shard and its score is its
 * own — and the final top explained by the shard holding each id. A shard that fails fails
 * the whole answer (`match.shard_failed`, 502): a ranking missing a shard would look complete
 * and be wrong.
 */

/** Ranked best first, each with its score and per-category explanation (what a session stores). */
/**
 * Adjusts the explained top N once its ids are known (step 1's summary blend, services
 * embeddings): it may re-order them, so ranks are given after it.
 */
export type ResultBlend = (
  resumeIds: readonly string[],
) => Promise<(resumeId: string, result: MatchResult) => MatchResult>;

export async function rankTenantCandidates(
  deps: ServiceDeps,
  tenantId: string,
  query: JobQuery,
  top: number,
  blend?: ResultBlend,
): Promise<NewMatchResult[]> {
  const of = await tenantShardCount(deps, tenantId);
  if (of > 1) return await rankAcrossShards(deps, tenantId, of, query, top, blend);
  const index = await candidateIndexFor(deps.storage, tenantId, indexSnapshots(deps));
  return explainInOrder(index.topK(query, top), (id) => index.explain(query, id), blend);
}

async function explainInOrder(
  hits: readonly { id: string; score: number }[],
  explain: (id: string) => MatchResult | null | undefined,
  blend: ResultBlend | undefined,
): Promise<NewMatchResult[]> {
  const adjust = blend ? await blend(hits.map((hit) => hit.id)) : null;
  const explained: { id: string; score: number; result: MatchResult }[] = [];
  for (const hit of hits) {
    const explainedHit = explain(hit.id);
    // Gone between ranking and explaining (deleted meanwhile): left out, not a hole in the ranks.
    if (explainedHit == null) continue;
    const result = adjust ? adjust(hit.id, explainedHit) : explainedHit;
    explained.push({ id: hit.id, score: result.score, result });
  }
  // Without a blend the explained scores are topK's to the bit, and this is topK's own order.
  explained.sort(byRank);
  return explained.map(({ id, result }, i) => ({
    resumeId: id,
    rank: i + 1,
    score: result.score,
    breakdown: result.breakdown,
  }));
}

async function rankAcrossShards(
  deps: ServiceDeps,
  tenantId: string,
  of: number,
  query: JobQuery,
  top: number,
  blend: ResultBlend | undefined,
): Promise<NewMatchResult[]> {
  const invoke = deps.matchShards;
  if (invoke === undefined) {
    throw new InternalError(
      "config.missing",
      `Tenant ${tenantId} is sharded (${of} shards) but MATCH_SHARD_FUNCTION_NAME is not set: no function ranks a shard`,
    );
  }
  const ask = async (shard: number, k: number, explain?: string[]): Promise<MatchShardAnswer> => {
    const request: MatchShardRequest = {
      tenantId,
      shard,
      of,
      jobQuery: query,
      k,
      ...(explain ? { explain } : {}),
    };
    try {
      const answer = await invoke(request);
      if (answer.shard !== shard || answer.of !== of)
        throw new Error(`answered for shard ${answer.shard} of ${answer.of}`);
      return answer;
    } catch (error) {
      throw new UpstreamError("match.shard_failed", `Shard ${shard} of ${of} could not rank the candidates`, {
        details: { tenantId, shard, of, reason: error instanceof Error ? error.message : String(error) },
        cause: error,
      });
    }
  };
  const shards = Array.from({ length: of }, (_, shard) => shard);
  const answers = await Promise.all(shards.map((shard) => ask(shard, top)));
  const best = mergeTopK(
    answers.map((a) => a.hits),
    top,
  );
  const owned = new Map<number, string[]>();
  for (const { id } of best) {
    const shard = shardOf(id, of);
    owned.set(shard, [...(owned.get(shard) ?? []), id]);
  }
  const explained = new Map<string, MatchResult>();
  await Promise.all(
    [...owned].map(async ([shard, ids]) => {
      for (const { id, result } of (await ask(shard, 0, ids)).explained) explained.set(id, result);
    }),
  );
  return explainInOrder(best, (id) => explained.get(id), blend);
}
