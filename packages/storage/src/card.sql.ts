import { sql } from "drizzle-orm";
import { check, index, jsonb, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { oneOf, parseStatuses, recordOrigins, timestampMs, tsvector } from "./columns";
import { documents } from "./document.sql";
import { tenants } from "./tenant.sql";

/** Where a kind's card keeps what a recruiter searches for and the taxonomy skill ids it holds. */
export interface CardSearchPaths {
  /** SQL/JSON paths of the strings `q` searches (name, titles, employers, skills…). */
  text: readonly string[];
  /** The SQL/JSON path of the card's taxonomy skill ids (what `skill=` filters on). */
  skillIds: string;
  /** The immutable SQL function (migration 0013) that builds a list item's summary from the card. */
  summaryFunction: string;
}

/** `jsonb_path_query_array(card, p1) || … `: immutable, so it may feed a generated column. */
function pathArrays(card: string, paths: readonly string[]): string {
  return paths.map((path) => `jsonb_path_query_array(${card}, '${path}')`).join(" || ");
}

/**
 * jobs and resumes share one shape (the parsed entity behind a document), so both tables are
 * built here. Typing `name` as plain string gives both tables the same TypeScript type, which
 * lets one implementation serve both kinds without casts.
 *
 * `search` and `skill_ids` are generated from the card by PostgreSQL itself (PGlite too): no
 * write path can forget them, and the migration that added them filled every existing row.
 */
export function cardTable(
  name: string,
  titleColumn: string,
  stages: readonly [string, ...string[]],
  searchPaths: CardSearchPaths,
) {
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
      /** Full-text search over the title and the card's searchable strings ('simple': no stemming, any language). */
      search: tsvector("search").generatedAlwaysAs(
        sql.raw(
          `to_tsvector('simple', coalesce("${titleColumn}", '')) || jsonb_to_tsvector('simple', coalesce(${pathArrays('"card"', searchPaths.text)}, '[]'::jsonb), '["string"]')`,
        ),
      ),
      /** The card's taxonomy skill ids as a JSON array (a generated column may not hold a subquery, so not text[]). */
      skillIds: jsonb("skill_ids")
        .$type<string[]>()
        .generatedAlwaysAs(
          sql.raw(`coalesce(jsonb_path_query_array("card", '${searchPaths.skillIds}'), '[]'::jsonb)`),
        ),
      /**
       * What a list shows instead of the card: built once when the card is written, so a list
       * reads a few hundred bytes per row instead of decompressing every card it shows.
       */
      summary: jsonb("summary").generatedAlwaysAs(sql.raw(`${searchPaths.summaryFunction}("card")`)),
    },
    (t) => [
      index(`${name}_tenant_created_idx`)
        .on(t.tenantId, t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst())
        .where(sql`${t.deletedAt} is null`),
      // Lets a warm in-memory candidate index catch up on what changed since it was built.
      index(`${name}_tenant_updated_idx`).on(t.tenantId, t.updatedAt),
      // Lists sorted by title/name page through this in keyset order (null titles as '').
      index(`${name}_tenant_title_idx`)
        .on(t.tenantId, sql`coalesce(${t.title}, '')`, t.id)
        .where(sql`${t.deletedAt} is null`),
      index(`${name}_search_idx`).using("gin", t.search),
      index(`${name}_skill_ids_idx`).using("gin", t.skillIds.op("jsonb_path_ops")),
      check(`${name}_status_check`, oneOf(t.status, parseStatuses)),
      check(`${name}_stage_check`, oneOf(t.stage, stages)),
      check(`${name}_origin_check`, oneOf(t.origin, recordOrigins)),
    ],
  );
}

export type CardTable = ReturnType<typeof cardTable>;
