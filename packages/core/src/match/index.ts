export { CandidateIndex } from "./candidate-index";
export { matchCoverage } from "./categories";
export { candidateFeatures } from "./features";
export { type LearnedWeights, learningRules, learnWeights, type VerdictExample } from "./learn";
export { type JobQueryOptions, jobQuery } from "./query";
export { scoreCandidate } from "./score";
export { IndexShardManifest, MAX_SHARD_K, type MatchShardAnswer, MatchShardRequest } from "./shard-protocol";
export { byRank, inShard, mergeTopK, type RankedId, type ShardScope, shardCountFor, shardOf } from "./shards";
export {
  currentCodexVersion,
  decodeIndexSnapshot,
  encodeIndexSnapshot,
  INDEX_SNAPSHOT_FORMAT,
  type IndexSnapshotHeader,
  readSnapshotHeader,
  type SnapshotMeta,
  staleSnapshotReason,
} from "./snapshot";
export { type BlendedResult, blendSummarySimilarity, summaryKey } from "./summary";
export {
  type CandidateFeatures,
  type CategoryScore,
  type JobQuery,
  type LanguageFeature,
  type LanguageRequirementQuery,
  type MatchCategory,
  type MatchEvidence,
  type MatchResult,
  type MatchWeights,
  matchCategories,
  type QueryRequirement,
  type SimilarSkill,
} from "./types";
export { defaultMatchWeights, resolveWeights, similarityRules } from "./weights";
