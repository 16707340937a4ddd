import { and, desc, eq, inArray, isNull, or, sql } from "drizzle-orm";
import type { PgColumn, PgSelect } from "drizzle-orm/pg-core";
import type { Db } from "../database-types";
import { documents } from "../document.sql";
import { jobs } from "../job.sql";
import { matchSessions } from "../match.sql";
import { resumes } from "../resume.sql";
import { tailorings } from "../tailoring.sql";

/** What happened: a job or CV parsed or failed, a step-1 or step-2 session, a tailoring. */
export type ActivityKind = "job" | "resume" | "match.step1" | "match.step2" | "tailoring";

/** One event of the recent activity: ids and times, never a document's text. */
export interface ActivityEvent {
  kind: ActivityKind;
  /** The job or CV (not its document), the session or the tailoring. */
  id: string;
  /** parsed | failed for a job or CV; queued | running | done | failed otherwise. */
  status: string;
  /** When it last changed. */
  at: Date;
  jobId: string | null;
  resumeId: string | null;
  /** The stable dotted code of a failure; null otherwise. */
  errorCode: string | null;
}

export const MAX_ACTIVITY = 100;

/** A tenant's `n` most recently changed rows of a table, through its (tenant_id, updated_at desc) index. */
function newestOf<Q extends PgSelect>(
  query: Q,
  table: { tenantId: PgColumn; updatedAt: PgColumn },
  tenantId: string,
  n: number,
) {
  return query.where(eq(table.tenantId, tenantId)).orderBy(desc(table.updatedAt)).limit(n);
}

/**
 * A tenant's `limit` newest events: the newest of each source (each read through its own
 * `(tenant_id, updated_at desc)` index, so `limit` rows at most), merged by time. Documents
 * count once settled (parsed or failed), and only while their job or CV is not deleted.
 */
export async function listRecentActivity(db: Db, tenantId: string, limit: number): Promise<ActivityEvent[]> {
  const n = Math.min(MAX_ACTIVITY, Math.max(1, Math.trunc(limit)));
  const d = documents;
  const ms = matchSessions;
  const tl = tailorings;
  const [settled, sessions, tailored] = await Promise.all([
    db
      .select({
        kind: d.kind,
        jobId: jobs.id,
        resumeId: resumes.id,
        status: d.status,
        at: d.updatedAt,
        errorCode: d.errorCode,
      })
      .from(d)
      .leftJoin(jobs, and(eq(jobs.documentId, d.id), isNull(jobs.deletedAt)))
      .leftJoin(resumes, and(eq(resumes.documentId, d.id), isNull(resumes.deletedAt)))
      .where(
        and(
          eq(d.tenantId, tenantId),
          inArray(d.status, ["parsed", "failed"]),
          or(sql`${jobs.id} is not null`, sql`${resumes.id} is not null`),
        ),
      )
      .orderBy(desc(d.updatedAt))
      .limit(n),
    newestOf(
      db
        .select({
          id: ms.id,
          kind: ms.kind,
          status: ms.status,
          at: ms.updatedAt,
          jobId: ms.jobId,
          errorCode: ms.errorCode,
        })
        .from(ms)
        .$dynamic(),
      ms,
      tenantId,
      n,
    ),
    newestOf(
      db
        .select({
          id: tl.id,
          status: tl.status,
          at: tl.updatedAt,
          jobId: tl.jobId,
          resumeId: tl.resumeId,
          errorCode: tl.errorCode,
        })
        .from(tl)
        .$dynamic(),
      tl,
      tenantId,
      n,
    ),
  ]);
  const events: ActivityEvent[] = [
    ...settled.map((row) => ({
      ...row,
      id: (row.kind === "job" ? row.jobId : row.resumeId) ?? "",
      errorCode: row.errorCode ?? null,
    })),
    ...sessions.map((row) => ({
      ...row,
      kind: `match.${row.kind}` as const,
      resumeId: null,
      errorCode: row.errorCode ?? null,
    })),
    ...tailored.map((row) => ({ ...row, kind: "tailoring" as const, errorCode: row.errorCode ?? null })),
  ];
  return events.sort((a, b) => b.at.getTime() - a.at.getTime() || a.id.localeCompare(b.id)).slice(0, n);
}
