import { and, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { skillCounts } from "../analytics.sql";
import type { Db } from "../database-types";
import { recordCounts } from "../record-count.sql";

/** Top skills by open jobs asking for them, or by how far demand outruns the CVs that have them. */
export type SkillOrder = "demand" | "gap";

/** One taxonomy skill's demand across open jobs and supply across CVs. */
export interface SkillDemandRow {
  skillId: string;
  /** Open jobs (parsed, visible) whose card names the skill. */
  demand: number;
  /** Parsed, visible CVs whose card names the skill. */
  supply: number;
  /** demand / open jobs (0..1). */
  demandShare: number;
  /** supply / CVs (0..1). */
  supplyShare: number;
  /** demandShare − supplyShare (−1..1): above 0, jobs ask for it more often than CVs have it. */
  gap: number;
}

export interface SkillDemand {
  /** Parsed, visible, open jobs: the demand's denominator. */
  openJobs: number;
  /** Parsed, visible CVs: the supply's denominator. */
  candidates: number;
  items: SkillDemandRow[];
}

export const MAX_SKILLS = 200;

/**
 * Skills in demand (named by at least one open job) with their supply, from the trigger-kept
 * skill_counts (a few thousand rows per tenant at most, whatever the number of CVs); the shares
 * and the gap are computed, and ordered by, in SQL. Ties go to the skill id, so pages are stable.
 */
export async function getSkillDemand(
  db: Db,
  tenantId: string,
  options: { top: number; order: SkillOrder },
): Promise<SkillDemand> {
  const top = Math.min(MAX_SKILLS, Math.max(1, Math.trunc(options.top)));
  const rc = recordCounts;
  const [totals] = await db
    .select({
      openJobs: sql<number>`coalesce(sum(${rc.count}) filter (where ${rc.kind} = 'job' and ${rc.stage} = 'open'), 0)::int`,
      candidates: sql<number>`coalesce(sum(${rc.count}) filter (where ${rc.kind} = 'resume'), 0)::int`,
    })
    .from(rc)
    .where(and(eq(rc.tenantId, tenantId), eq(rc.status, "parsed")));
  const openJobs = totals?.openJobs ?? 0;
  const candidates = totals?.candidates ?? 0;
  const wanted = alias(skillCounts, "wanted");
  const held = alias(skillCounts, "held");
  const supply = sql<number>`coalesce(${held.count}, 0)`;
  const demandShare = sql<number>`coalesce(${wanted.count}::float8 / nullif(${openJobs}::int, 0), 0)`;
  const supplyShare = sql<number>`coalesce(${supply}::float8 / nullif(${candidates}::int, 0), 0)`;
  const gap = sql<number>`(${demandShare} - ${supplyShare})`;
  const rows = await db
    .select({
      skillId: wanted.skillId,
      demand: wanted.count,
      supply: sql<number>`${supply}::int`,
      demandShare,
      supplyShare,
      gap,
    })
    .from(wanted)
    .leftJoin(
      held,
      and(eq(held.tenantId, tenantId), eq(held.kind, "resume"), eq(held.skillId, wanted.skillId)),
    )
    .where(and(eq(wanted.tenantId, tenantId), eq(wanted.kind, "job"), sql`${wanted.count} > 0`))
    .orderBy(options.order === "gap" ? sql`${gap} desc` : sql`${wanted.count} desc`, wanted.skillId)
    .limit(top);
  return {
    openJobs,
    candidates,
    items: rows.map((row) => ({
      ...row,
      demand: Number(row.demand),
      supply: Number(row.supply),
      demandShare: Number(row.demandShare),
      supplyShare: Number(row.supplyShare),
      gap: Number(row.gap),
    })),
  };
}
