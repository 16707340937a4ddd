import { type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { timestamp } from "drizzle-orm/pg-core";

export const documentKinds = ["job", "resume"] as const;
export const parseStatuses = ["queued", "processing", "parsed", "failed"] as const;
export const documentSources = ["api", "text", "drop", "presigned"] as const;
/** Where a job stands for hiring: only `open` jobs are scored and rematched. */
export const jobStages = ["open", "on_hold", "closed"] as const;
/** Where a candidate stands in the recruiter's pipeline. */
export const pipelineStages = ["available", "interviewing", "hired", "archived"] as const;
/** Where a candidate (or a job) came from, as recruiter apps track it. */
export const recordOrigins = ["uploaded", "internal", "past"] as const;

/**
 * Millisecond precision on purpose: keyset cursors carry created_at through a JS Date, which
 * would silently drop microseconds and make pages skip or repeat rows.
 */
export const timestampMs = (name: string) =>
  timestamp(name, { withTimezone: true, precision: 3, mode: "date" });

/** `col IN ('a','b')` for a text column that stands in for an enum (new values need no ALTER TYPE). */
export function oneOf(column: AnyPgColumn, values: readonly string[]): SQL {
  const list = values.map((value) => `'${value.replaceAll("'", "''")}'`).join(", ");
  return sql`${column} in (${sql.raw(list)})`;
}
