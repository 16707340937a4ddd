import { NotFoundError } from "@futodama/core";
import { and, asc, desc, eq, gt, isNull, sql } from "drizzle-orm";
import { decodeCursor, encodeCursor, isUuid } from "./cursor";
import type { Db } from "./database";
import { documents } from "./document.sql";
import { matchFeedback, matchResults, matchSessions } from "./match.sql";
import { decodeRankCursor, encodeRankCursor } from "./match-cursor";
import type {
  CardChanges,
  MatchFeedback,
  MatchPageOptions,
  MatchResultRecord,
  MatchSession,
  NewMatchFeedback,
  NewMatchResult,
  NewMatchSession,
  ParsedCard,
} from "./match-types";
import { listOpenJobs, listParsedResumeCards, listResumeChanges } from "./parsed-cards";
import { clampLimit } from "./records";
import { resumes } from "./resume.sql";
import type { Page } from "./storage";
import { tenants } from "./tenant.sql";

/** Rows per INSERT: 6 parameters each stays far below PostgreSQL's 65,535 per statement. */
const INSERT_BATCH = 1000;
const MAX_RESULTS_PAGE = 500;

const sessionNotFound = (sessionId: string) =>
  new NotFoundError("match_session.not_found", "No such match session for this tenant", {
    details: { sessionId },
  });

function toSession(row: typeof matchSessions.$inferSelect): MatchSession {
  return { ...row, error: row.error ?? null };
}

/**
 * Match sessions, their ranked results, recruiter feedback and the card listings matching reads;
 * every query scoped by tenant. DrizzleStorage extends it (kept apart to keep files small).
 */
export class MatchStorage {
  constructor(protected readonly db: Db) {}

  listParsedResumeCards(
    tenantId: string,
    options?: { afterId?: string | undefined; limit?: number | undefined },
  ): Promise<ParsedCard[]> {
    return listParsedResumeCards(this.db, tenantId, options);
  }

  listResumeChanges(tenantId: string, since: Date): Promise<CardChanges> {
    return listResumeChanges(this.db, tenantId, since);
  }

  listOpenJobs(tenantId: string): Promise<ParsedCard[]> {
    return listOpenJobs(this.db, tenantId);
  }

  async createMatchSession(tenantId: string, input: NewMatchSession): Promise<MatchSession> {
    await this.db.insert(tenants).values({ id: tenantId, name: tenantId }).onConflictDoNothing();
    const [row] = await this.db
      .insert(matchSessions)
      .values({
        tenantId,
        jobId: input.jobId,
        kind: input.kind,
        status: input.status ?? "running",
        options: input.options ?? {},
        total: input.total ?? 0,
      })
      .returning();
    if (!row) throw new Error("match session insert returned no row");
    return toSession(row);
  }

  completeMatchSession(
    tenantId: string,
    sessionId: string,
    results: NewMatchResult[],
  ): Promise<MatchSession> {
    if (!isUuid(sessionId)) return Promise.reject(sessionNotFound(sessionId));
    return this.db.transaction(async (tx) => {
      const [row] = await tx
        .update(matchSessions)
        .set({
          status: "done",
          total: results.length,
          done: results.length,
          error: null,
          updatedAt: sql`now()`,
        })
        .where(and(eq(matchSessions.tenantId, tenantId), eq(matchSessions.id, sessionId)))
        .returning();
      if (!row) throw sessionNotFound(sessionId);
      // A re-run of the same session replaces its ranking rather than mixing two.
      await tx.delete(matchResults).where(eq(matchResults.sessionId, sessionId));
      for (let i = 0; i < results.length; i += INSERT_BATCH) {
        await tx
          .insert(matchResults)
          .values(results.slice(i, i + INSERT_BATCH).map((r) => ({ ...r, sessionId, tenantId })));
      }
      return toSession(row);
    });
  }

  async failMatchSession(tenantId: string, sessionId: string, reason: string): Promise<void> {
    if (!isUuid(sessionId)) return;
    await this.db
      .update(matchSessions)
      .set({ status: "failed", error: reason, updatedAt: sql`now()` })
      .where(and(eq(matchSessions.tenantId, tenantId), eq(matchSessions.id, sessionId)));
  }

  async getMatchSession(tenantId: string, sessionId: string): Promise<MatchSession | null> {
    if (!isUuid(sessionId)) return null;
    const [row] = await this.db
      .select()
      .from(matchSessions)
      .where(and(eq(matchSessions.tenantId, tenantId), eq(matchSessions.id, sessionId)));
    return row ? toSession(row) : null;
  }

  async listMatchSessions(
    tenantId: string,
    jobId: string,
    options: MatchPageOptions = {},
  ): Promise<Page<MatchSession>> {
    if (!isUuid(jobId)) return { items: [], nextCursor: null };
    const limit = clampLimit(options.limit);
    const cursor = options.cursor ? decodeCursor(options.cursor) : undefined;
    const t = matchSessions;
    const rows = await this.db
      .select()
      .from(t)
      .where(
        and(
          eq(t.tenantId, tenantId),
          eq(t.jobId, jobId),
          cursor === undefined
            ? undefined
            : sql`(${t.createdAt}, ${t.id}) < (${cursor.createdAt.toISOString()}::timestamptz, ${cursor.id}::uuid)`,
        ),
      )
      .orderBy(desc(t.createdAt), desc(t.id))
      .limit(limit + 1);
    const items = rows.slice(0, limit).map(toSession);
    const last = items.at(-1);
    return { items, nextCursor: rows.length > limit && last ? encodeCursor(last) : null };
  }

  async listMatchResults(
    tenantId: string,
    sessionId: string,
    options: MatchPageOptions = {},
  ): Promise<Page<MatchResultRecord>> {
    if (!isUuid(sessionId)) return { items: [], nextCursor: null };
    const limit = Math.min(MAX_RESULTS_PAGE, Math.max(1, Math.trunc(options.limit ?? 50)));
    const afterRank = options.cursor ? decodeRankCursor(options.cursor) : undefined;
    const r = matchResults;
    const rows = await this.db
      .select({
        sessionId: r.sessionId,
        resumeId: r.resumeId,
        rank: r.rank,
        score: r.score,
        breakdown: r.breakdown,
        analysis: r.analysis,
        candidateName: resumes.title,
        filename: documents.filename,
      })
      .from(r)
      .innerJoin(resumes, and(eq(resumes.id, r.resumeId), eq(resumes.tenantId, tenantId)))
      .innerJoin(documents, eq(documents.id, resumes.documentId))
      .where(
        and(
          eq(r.tenantId, tenantId),
          eq(r.sessionId, sessionId),
          isNull(resumes.deletedAt),
          afterRank === undefined ? undefined : gt(r.rank, afterRank),
        ),
      )
      .orderBy(asc(r.rank))
      .limit(limit + 1);
    const items = rows.slice(0, limit).map((row) => ({ ...row, analysis: row.analysis ?? null }));
    const last = items.at(-1);
    return { items, nextCursor: rows.length > limit && last ? encodeRankCursor(last.rank) : null };
  }

  async addMatchFeedback(tenantId: string, input: NewMatchFeedback): Promise<MatchFeedback> {
    if (!(await this.getMatchSession(tenantId, input.sessionId))) throw sessionNotFound(input.sessionId);
    const [resume] = isUuid(input.resumeId)
      ? await this.db
          .select({ id: resumes.id })
          .from(resumes)
          .where(
            and(eq(resumes.tenantId, tenantId), eq(resumes.id, input.resumeId), isNull(resumes.deletedAt)),
          )
      : [];
    if (!resume)
      throw new NotFoundError("resume.not_found", "No such resume for this tenant", {
        details: { resumeId: input.resumeId },
      });
    const [row] = await this.db
      .insert(matchFeedback)
      .values({
        tenantId,
        sessionId: input.sessionId,
        resumeId: input.resumeId,
        verdict: input.verdict,
        notes: input.notes ?? null,
        createdBy: input.createdBy,
      })
      .returning();
    if (!row) throw new Error("match feedback insert returned no row");
    return { ...row, notes: row.notes ?? null };
  }
}
