import { and, desc, eq, sql } from "drizzle-orm";
import { decodeCursor, isUuid } from "../cursor";
import type { Db } from "../database-types";
import { matchResults, matchSessions } from "../match.sql";
import type { RecordFailure } from "../records/types";
import { afterCursor, keysetPage } from "../shared/keyset";
import { clampLimit, emptyPage, type MatchPageOptions, type Page } from "../shared/paging";
import { ensureTenant } from "../tenants";
import { INSERT_BATCH, sessionNotFound, toSession } from "./rows";
import type { MatchSession, NewMatchResult, NewMatchSession } from "./types";

export async function createMatchSession(
  db: Db,
  tenantId: string,
  input: NewMatchSession,
): Promise<MatchSession> {
  await ensureTenant(db, tenantId);
  const [row] = await db
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

export function completeMatchSession(
  db: Db,
  tenantId: string,
  sessionId: string,
  results: NewMatchResult[],
): Promise<MatchSession> {
  if (!isUuid(sessionId)) return Promise.reject(sessionNotFound(sessionId));
  return db.transaction(async (tx) => {
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

export async function failMatchSession(
  db: Db,
  tenantId: string,
  sessionId: string,
  failure: RecordFailure,
): Promise<void> {
  if (!isUuid(sessionId)) return;
  await db
    .update(matchSessions)
    .set({ status: "failed", error: failure.reason, errorCode: failure.code, updatedAt: sql`now()` })
    .where(and(eq(matchSessions.tenantId, tenantId), eq(matchSessions.id, sessionId)));
}

export async function getMatchSession(
  db: Db,
  tenantId: string,
  sessionId: string,
): Promise<MatchSession | null> {
  if (!isUuid(sessionId)) return null;
  const [row] = await db
    .select()
    .from(matchSessions)
    .where(and(eq(matchSessions.tenantId, tenantId), eq(matchSessions.id, sessionId)));
  return row ? toSession(row) : null;
}

export async function listMatchSessions(
  db: Db,
  tenantId: string,
  jobId: string,
  options: MatchPageOptions = {},
): Promise<Page<MatchSession>> {
  if (!isUuid(jobId)) return emptyPage();
  const limit = clampLimit(options.limit);
  const cursor = options.cursor ? decodeCursor(options.cursor) : undefined;
  const t = matchSessions;
  const rows = await db
    .select()
    .from(t)
    .where(and(eq(t.tenantId, tenantId), eq(t.jobId, jobId), afterCursor(t.createdAt, t.id, cursor)))
    .orderBy(desc(t.createdAt), desc(t.id))
    .limit(limit + 1);
  return keysetPage(rows.map(toSession), limit);
}
