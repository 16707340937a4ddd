import { NotFoundError } from "@futodama/core";
import { and, eq, ne, sql } from "drizzle-orm";
import { isUuid } from "../cursor";
import type { Db } from "../database-types";
import type { RecordFailure } from "../records/types";
import { tailorings } from "../tailoring.sql";
import { ensureTenant } from "../tenants";

export type TailoringStatus = "queued" | "running" | "done" | "failed";

/** A CV tailored to a job: the request, its progress and, once done, the resume-tailor-v1 bundle. */
export interface TailoringRecord {
  id: string;
  tenantId: string;
  jobId: string;
  resumeId: string;
  status: TailoringStatus;
  /** The validated tailoring options (language, style, strategy). */
  options: unknown;
  /** The resume-tailor-v1 bundle once done; null before. */
  bundle: unknown | null;
  provider: string | null;
  error: string | null;
  /** The stable dotted code of `error`; null unless failed. */
  errorCode: string | null;
  createdAt: Date;
  updatedAt: Date;
  finishedAt: Date | null;
}

export interface NewTailoring {
  jobId: string;
  resumeId: string;
  options: unknown;
  /** The provider that will be asked (openai | rules). */
  provider?: string | null | undefined;
}

export interface CompletedTailoring {
  bundle: unknown;
  /** The provider that answered, as the bundle records it. */
  provider: string | null;
}

const notFound = (tailoringId: string) =>
  new NotFoundError("tailoring.not_found", "No such tailoring for this tenant", { details: { tailoringId } });

export function toTailoringRecord(row: typeof tailorings.$inferSelect): TailoringRecord {
  return {
    ...row,
    bundle: row.bundle ?? null,
    provider: row.provider ?? null,
    error: row.error ?? null,
    errorCode: row.errorCode ?? null,
    finishedAt: row.finishedAt ?? null,
  };
}

/**
 * Tailorings (the Tailor workflow's row), every query scoped by tenant. A finished tailoring is
 * final: a late failure report never erases a stored bundle.
 */
export async function createTailoring(
  db: Db,
  tenantId: string,
  input: NewTailoring,
): Promise<TailoringRecord> {
  await ensureTenant(db, tenantId);
  const [row] = await db
    .insert(tailorings)
    .values({
      tenantId,
      jobId: input.jobId,
      resumeId: input.resumeId,
      status: "queued",
      options: input.options ?? {},
      provider: input.provider ?? null,
    })
    .returning();
  if (!row) throw new Error("tailoring insert returned no row");
  return toTailoringRecord(row);
}

export async function getTailoring(
  db: Db,
  tenantId: string,
  tailoringId: string,
): Promise<TailoringRecord | null> {
  if (!isUuid(tailoringId)) return null;
  const [row] = await db
    .select()
    .from(tailorings)
    .where(and(eq(tailorings.tenantId, tenantId), eq(tailorings.id, tailoringId)));
  return row ? toTailoringRecord(row) : null;
}

/** queued → running (a retried step finds it running already); a finished one stays as it is. */
export async function markTailoringRunning(
  db: Db,
  tenantId: string,
  tailoringId: string,
): Promise<TailoringRecord> {
  if (!isUuid(tailoringId)) throw notFound(tailoringId);
  await db
    .update(tailorings)
    .set({ status: "running", updatedAt: sql`now()` })
    .where(
      and(
        eq(tailorings.tenantId, tenantId),
        eq(tailorings.id, tailoringId),
        sql`${tailorings.status} in ('queued', 'running')`,
      ),
    );
  const current = await getTailoring(db, tenantId, tailoringId);
  if (!current) throw notFound(tailoringId);
  return current;
}

export async function completeTailoring(
  db: Db,
  tenantId: string,
  tailoringId: string,
  result: CompletedTailoring,
): Promise<TailoringRecord> {
  if (!isUuid(tailoringId)) throw notFound(tailoringId);
  const [row] = await db
    .update(tailorings)
    .set({
      status: "done",
      bundle: result.bundle,
      provider: result.provider,
      error: null,
      errorCode: null,
      updatedAt: sql`now()`,
      finishedAt: sql`now()`,
    })
    .where(and(eq(tailorings.tenantId, tenantId), eq(tailorings.id, tailoringId)))
    .returning();
  if (!row) throw notFound(tailoringId);
  return toTailoringRecord(row);
}

/** Marks it failed with a reason a person can act on; a done tailoring keeps its bundle. */
export async function failTailoring(
  db: Db,
  tenantId: string,
  tailoringId: string,
  failure: RecordFailure,
): Promise<void> {
  if (!isUuid(tailoringId)) return;
  await db
    .update(tailorings)
    .set({
      status: "failed",
      error: failure.reason,
      errorCode: failure.code,
      updatedAt: sql`now()`,
      finishedAt: sql`now()`,
    })
    .where(
      and(eq(tailorings.tenantId, tenantId), eq(tailorings.id, tailoringId), ne(tailorings.status, "done")),
    );
}

/** The tailorings made from a job or a CV (erasure removes their stored artefacts too). */
export async function listTailoringIds(
  db: Db,
  tenantId: string,
  kind: "job" | "resume",
  recordId: string,
): Promise<string[]> {
  if (!isUuid(recordId)) return [];
  const column = kind === "job" ? tailorings.jobId : tailorings.resumeId;
  const rows = await db
    .select({ id: tailorings.id })
    .from(tailorings)
    .where(and(eq(tailorings.tenantId, tenantId), eq(column, recordId)));
  return rows.map((row) => row.id);
}
