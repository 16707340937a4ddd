import { and, eq, sql } from "drizzle-orm";
import { scoreBuckets } from "../analytics.sql";
import type { Db } from "../database-types";
import { matchSessions } from "../match.sql";
import type { MatchKind, MatchStatus } from "../match-sessions/types";
import { recordCounts } from "../record-count.sql";
import type { DocumentKind, ParseStatus } from "../records/types";
import { tailorings } from "../tailoring.sql";
import type { TailoringStatus } from "../tailorings/tailorings";

/** Visible jobs or CVs of one (kind, parse status, stage): a row of the trigger-kept record_counts. */
export interface RecordTally {
  kind: DocumentKind;
  status: ParseStatus;
  stage: string;
  count: number;
}

/** The live rankings' scores in one 10-point bucket (0 = [0, 10) … 9 = [90, 100]). */
export interface ScoreBucketTally {
  bucket: number;
  count: number;
  /** The sum of the bucket's scores. */
  total: number;
}

/** Match sessions of one kind and status, with the candidates they finished and failed. */
export interface SessionTally {
  kind: MatchKind;
  status: MatchStatus;
  sessions: number;
  done: number;
  failed: number;
}

export interface TailoringTally {
  status: TailoringStatus;
  count: number;
}

/** What the analytics dashboard counts, as the database holds it (the service shapes it). */
export interface AnalyticsTallies {
  records: RecordTally[];
  scores: ScoreBucketTally[];
  sessions: SessionTally[];
  tailorings: TailoringTally[];
}

/**
 * Records and scores come from the aggregates triggers keep (record_counts, score_buckets: a few
 * rows per tenant however many CVs); sessions and tailorings are counted live, since they are
 * made one by one by people and stay few next to the CVs.
 */
export async function getAnalyticsTallies(db: Db, tenantId: string): Promise<AnalyticsTallies> {
  const rc = recordCounts;
  const sb = scoreBuckets;
  const ms = matchSessions;
  const tl = tailorings;
  // Independent reads: on PostgreSQL (a pool) they run side by side; PGlite takes them in turn.
  const [records, scores, sessions, tailored] = await Promise.all([
    db
      .select({
        kind: sql<DocumentKind>`${rc.kind}`,
        status: sql<ParseStatus>`${rc.status}`,
        stage: rc.stage,
        count: sql<number>`sum(${rc.count})::int`,
      })
      .from(rc)
      .where(eq(rc.tenantId, tenantId))
      .groupBy(rc.kind, rc.status, rc.stage)
      .having(sql`sum(${rc.count}) > 0`),
    db
      .select({ bucket: sb.bucket, count: sb.count, total: sql<number>`${sb.total}::float8` })
      .from(sb)
      .where(and(eq(sb.tenantId, tenantId), sql`${sb.count} > 0`)),
    db
      .select({
        kind: ms.kind,
        status: ms.status,
        sessions: sql<number>`count(*)::int`,
        done: sql<number>`coalesce(sum(${ms.done}), 0)::int`,
        failed: sql<number>`coalesce(sum(${ms.failed}), 0)::int`,
      })
      .from(ms)
      .where(eq(ms.tenantId, tenantId))
      .groupBy(ms.kind, ms.status),
    db
      .select({ status: tl.status, count: sql<number>`count(*)::int` })
      .from(tl)
      .where(eq(tl.tenantId, tenantId))
      .groupBy(tl.status),
  ]);
  return {
    records,
    scores: scores.map((s) => ({ ...s, count: Number(s.count), total: Number(s.total) })),
    sessions,
    tailorings: tailored,
  };
}
