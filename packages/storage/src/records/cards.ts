import { CardSchemaByName, type CardSchemaName, InternalError } from "@futodama/core";
import { inArray, type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { CardByKind, DocumentKind } from "./types";

/** The codex schemas a record of each kind may hold. */
const schemasOf: Record<DocumentKind, readonly CardSchemaName[]> = {
  job: ["job-card-v1", "creative-job-v1"],
  resume: ["resume-card-v1"],
};

function schemaNameOf(kind: DocumentKind, card: unknown): CardSchemaName | undefined {
  const name = (card as { schema?: unknown } | null)?.schema;
  return schemasOf[kind].find((allowed) => allowed === name);
}

/**
 * The write side of the boundary: a card is stored only once it validates against the codex
 * schema of its document's kind, so every card read back is that schema's type.
 */
export function validCard<K extends DocumentKind>(kind: K, card: unknown): CardByKind[K] {
  const name = schemaNameOf(kind, card);
  const parsed = name === undefined ? undefined : CardSchemaByName[name].safeParse(card);
  if (parsed?.success) return parsed.data as CardByKind[K];
  throw new InternalError(
    "storage.invalid_card",
    `The ${kind} card does not match the codex schema ${schemasOf[kind].join(" or ")}`,
    { details: { kind, issues: parsed?.error.issues.slice(0, 5) ?? [{ path: ["schema"] }] } },
  );
}

/**
 * The read side: the stored card as its codex type. Only validated cards are written, so the
 * `schema` field is all there is to check (a full parse of every card of a tenant would cost
 * more than the ranking it feeds); a row holding anything else reads as no card.
 */
export function storedCard<K extends DocumentKind>(kind: K, card: unknown): CardByKind[K] | null {
  return schemaNameOf(kind, card) === undefined ? null : (card as CardByKind[K]);
}

/** The same check in SQL, so that keyset pages of cards stay full. */
export function holdsCardOf(kind: DocumentKind, card: AnyPgColumn): SQL {
  return inArray(sql`${card}->>'schema'`, [...schemasOf[kind]]);
}
