import { sql } from "drizzle-orm";
import { check, index, jsonb, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { oneOf, parseStatuses, recordOrigins, timestampMs } from "./columns";
import { documents } from "./document.sql";
import { tenants } from "./tenant.sql";

/**
 * jobs and resumes share one shape (the parsed entity behind a document), so both tables are
 * built here. Typing `name` as plain string gives both tables the same TypeScript type, which
 * lets one implementation serve both kinds without casts.
 */
export function cardTable(name: string, titleColumn: string, stages: readonly [string, ...string[]]) {
  return pgTable(
    name,
    {
      id: uuid("id").primaryKey().defaultRandom(),
      tenantId: text("tenant_id")
        .notNull()
        .references(() => tenants.id, { onDelete: "cascade" }),
      documentId: uuid("document_id")
        .notNull()
        .unique()
        .references(() => documents.id, { onDelete: "cascade" }),
      status: text("status", { enum: parseStatuses }).notNull().default("queued"),
      /** Job title (jobs.title) or candidate name (resumes.name). */
      title: text(titleColumn),
      card: jsonb("card").$type<unknown>(),
      language: text("language"),
      error: text("error"),
      /** The stable dotted code of `error` (docs/api-contract.md#failure-codes), for a program. */
      errorCode: text("error_code"),
      /** jobs: open | on_hold | closed; resumes: the pipeline (available | interviewing | hired | archived). */
      stage: text("stage").notNull().default(stages[0]),
      /** uploaded | internal | past. */
      origin: text("origin").notNull().default("uploaded"),
      createdAt: timestampMs("created_at").notNull().defaultNow(),
      updatedAt: timestampMs("updated_at").notNull().defaultNow(),
      deletedAt: timestampMs("deleted_at"),
    },
    (t) => [
      index(`${name}_tenant_created_idx`)
        .on(t.tenantId, t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst())
        .where(sql`${t.deletedAt} is null`),
      // Lets a warm in-memory candidate index catch up on what changed since it was built.
      index(`${name}_tenant_updated_idx`).on(t.tenantId, t.updatedAt),
      check(`${name}_status_check`, oneOf(t.status, parseStatuses)),
      check(`${name}_stage_check`, oneOf(t.stage, stages)),
      check(`${name}_origin_check`, oneOf(t.origin, recordOrigins)),
    ],
  );
}

export type CardTable = ReturnType<typeof cardTable>;
