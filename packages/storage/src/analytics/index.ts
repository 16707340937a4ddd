import type { Db } from "../database-types";
import { bindDb } from "../shared/bind";
import { type ActivityEvent, listRecentActivity } from "./activity";
import { getSkillDemand, type SkillDemand, type SkillOrder } from "./skills";
import { type AnalyticsTallies, getAnalyticsTallies } from "./tallies";

export type { ActivityEvent, ActivityKind } from "./activity";
export { MAX_ACTIVITY } from "./activity";
export type { SkillDemand, SkillDemandRow, SkillOrder } from "./skills";
export { MAX_SKILLS } from "./skills";
export type {
  AnalyticsTallies,
  RecordTally,
  ScoreBucketTally,
  SessionTally,
  TailoringTally,
} from "./tallies";

/** Analytics (issue 13): a tenant's figures, read from trigger-kept aggregates and small tables. */
export interface AnalyticsStorage {
  /** Jobs and CVs by status and stage, the live scores' buckets, sessions and tailorings by status. */
  getAnalyticsTallies(tenantId: string): Promise<AnalyticsTallies>;
  /** The newest events (documents settled, sessions, tailorings), newest first; at most 100. */
  listRecentActivity(tenantId: string, limit: number): Promise<ActivityEvent[]>;
  /** Skills open jobs ask for, with how many CVs have them; top N (at most 200) by demand or gap. */
  getSkillDemand(tenantId: string, options: { top: number; order: SkillOrder }): Promise<SkillDemand>;
}

export function analyticsStorage(db: Db): AnalyticsStorage {
  return bindDb(db, { getAnalyticsTallies, listRecentActivity, getSkillDemand });
}
