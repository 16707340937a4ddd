export {
  type CandidateAnalysis,
  type FailedAnalysis,
  isFailedAnalysis,
  type NewDeepDiveSession,
} from "./analysis-storage";
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
export type { LiveRankingEntry, LiveScore, OpenJobRef } from "./live-ranking";
export type * from "./match-types";
export { migrate, migrationsFolder } from "./migrate";
export { createNeonStorage, migrateNeon, type NeonStorageConfig, openNeonDatabase } from "./neon";
export type { UnsettledDocument, UnsettledPageOptions } from "./recovery-storage";
export { assertSchemaCurrent, expectedMigration } from "./schema-version";
export type * from "./storage";
export type { CompletedTailoring, NewTailoring, TailoringRecord, TailoringStatus } from "./tailoring-storage";
export { startWsProxy, type WsProxy, type WsProxyOptions } from "./ws-proxy";
