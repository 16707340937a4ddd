export type { SkillAlias } from "./aliases";
export {
  type ActivityEvent,
  type ActivityKind,
  type AnalyticsTallies,
  MAX_ACTIVITY,
  MAX_SKILLS,
  type RecordTally,
  type ScoreBucketTally,
  type SessionTally,
  type SkillDemand,
  type SkillDemandRow,
  type SkillOrder,
  type TailoringTally,
} from "./analytics";
export type {
  AuditEvent,
  AuditFilter,
  AuditKind,
  AuditPageOptions,
  AuditVerdict,
  NewAuditEvent,
} from "./audit";
export type {
  Batch,
  BatchCounts,
  BatchFailure,
  BatchKind,
  BatchProgress,
  BatchRecord,
  BatchSource,
  NewBatchItem,
} from "./batches";
export { jobStages, parseStatuses, pipelineStages } from "./columns";
export { createStorage, type StorageConfig } from "./create-storage";
export {
  type Database,
  type DatabaseConfig,
  type Driver,
  type NeonDatabaseConfig,
  type NeonDb,
  openDatabase,
  type PgliteDb,
} from "./database";
export {
  type CandidateAnalysis,
  type FailedAnalysis,
  isFailedAnalysis,
  type LatestAnalysis,
  type NewDeepDiveSession,
} from "./deep-dives";
export { cosine, type EmbeddingStorage, type NearSkill, type RecordEmbeddings } from "./embeddings";
export type {
  LiveJobEntry,
  LiveRankingEntry,
  LiveRankingOptions,
  LiveScore,
  OpenJobRef,
} from "./live-rankings";
export { matchStatuses } from "./match.sql";
export type { VerdictWithBreakdown } from "./match-sessions/feedback";
export type * from "./match-sessions/types";
export { migrate, migrationsFolder } from "./migrate";
export { createNeonStorage, migrateNeon, type NeonStorageConfig, openNeonDatabase } from "./neon";
export type { BucketRequest, BucketState } from "./rate-limits";
export type * from "./records/types";
export type {
  AcrossTenants,
  OutboxPageOptions,
  OutboxRow,
  UnsettledDocument,
  UnsettledPageOptions,
} from "./recovery";
export { assertSchemaCurrent, expectedMigration } from "./schema-version";
export type { MatchPageOptions, Page } from "./shared/paging";
export type { Storage } from "./storage";
export { tailoringStatuses } from "./tailoring.sql";
export type {
  CompletedTailoring,
  NewTailoring,
  TailoringFilter,
  TailoringRecord,
  TailoringStatus,
} from "./tailorings";
export type {
  DeliveryAttempt,
  DeliveryStatus,
  DeliveryToSend,
  NewDelivery,
  NewWebhook,
  Webhook,
  WebhookDelivery,
  WebhookTarget,
} from "./webhooks";
export { startWsProxy, type WsProxy, type WsProxyOptions } from "./ws-proxy";
