import { and, desc, eq, sql } from "drizzle-orm";
import type { PgColumn, PgSelect } from "drizzle-orm/pg-core";
import type { Db } from "../database-types";
import { documents } from "../document.sql";
import { matchSessions } from "../match.sql";
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
 * count once settled (parsed or failed); one whose job or CV was soft-deleted (no API route
 * does that: DELETE erases the document too) is left out, so the list may then be shorter.
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
        // Spelled out: drizzle leaves a one-table select's columns unqualified, and inside the
        // subqueries an unqualified "id" would be the job's or the CV's, not the document's.
        recordId: sql<string | null>`case when "documents"."kind" = 'job'
          then (select j."id" from "jobs" j where j."document_id" = "documents"."id" and j."deleted_at" is null)
          else (select r."id" from "resumes" r where r."document_id" = "documents"."id" and r."deleted_at" is null) end`,
        status: d.status,
        at: d.updatedAt,
        errorCode: d.errorCode,
      })
      .from(d)
      // The statuses as literals: the partial index's predicate must be provable at planning.
      .where(and(eq(d.tenantId, tenantId), sql`${d.status} in ('parsed', 'failed')`))
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
    ...settled.flatMap(({ recordId, ...row }) =>
      recordId === null
        ? []
        : [
            {
              ...row,
              id: recordId,
              jobId: row.kind === "job" ? recordId : null,
              resumeId: row.kind === "resume" ? recordId : null,
              errorCode: row.errorCode ?? null,
            },
          ],
    ),
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
