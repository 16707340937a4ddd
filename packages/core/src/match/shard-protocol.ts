import * as z from "zod";
import type { RankedId } from "./shards";
import type { JobQuery, MatchResult } from "./types";

/*
 * What travels between the pieces of a sharded tenant (docs/architecture.md, "Candidate index
 * shards"): the manifest the snapshot writer leaves beside the shard snapshots, and the request
 * and answer of one shard's step-1 invocation.
 */

/** The most candidates one shard is asked to rank or explain at once (step 1 keeps at most 500). */
export const MAX_SHARD_K = 1000;

const shardNumbers = z
  .object({ shard: z.number().int().min(0), of: z.number().int().min(2).max(1024) })
  .refine((s) => s.shard < s.of, { message: "shard must be below of" });

/**
 * `indexes/<tenant>/manifest.json`: written after the shard snapshots, so a reader that finds it
 * finds every shard it names. No manifest: the tenant is kept whole (`candidate-index.fidx`).
 */
export const IndexShardManifest = z.object({
  format: z.literal(1),
  tenantId: z.string().min(1),
  of: z.number().int().min(2).max(1024),
  /** The setting the writer split by (INDEX_SHARD_SIZE). */
  shardSize: z.number().int().min(1),
  candidates: z.number().int().min(0),
  createdAt: z.string(),
  shards: z.array(
    z.object({
      shard: z.number().int().min(0),
      key: z.string().min(1),
      candidates: z.number().int().min(0),
      /** The newest updated_at the shard's snapshot holds: its version. */
      watermark: z.string(),
    }),
  ),
});
export type IndexShardManifest = z.infer<typeof IndexShardManifest>;

/** One shard's step 1: its top k for the prepared job query, and/or the explanation of some ids. */
export const MatchShardRequest = z
  .object({
    tenantId: z.string().min(1),
    jobQuery: z.custom<JobQuery>(
      (v) =>
        typeof v === "object" && v !== null && Array.isArray((v as { requirements?: unknown }).requirements),
      { message: "jobQuery must be a prepared job query" },
    ),
    k: z.number().int().min(0).max(MAX_SHARD_K),
    explain: z.array(z.string().min(1)).max(MAX_SHARD_K).optional(),
  })
  .and(shardNumbers);
export type MatchShardRequest = z.infer<typeof MatchShardRequest>;

export interface MatchShardAnswer {
  shard: number;
  of: number;
  /** Candidates the shard holds. */
  candidates: number;
  /** Best first by (score desc, id asc). */
  hits: RankedId[];
  /** The ids asked for that the shard holds, each scored and explained. */
  explained: Array<{ id: string; result: MatchResult }>;
  /** Where the shard's index came from in this invocation's process. */
  origin: "snapshot" | "database";
}
