import { InternalError } from "@futodama/core";
import { sql } from "drizzle-orm";
import journal from "../migrations/meta/_journal.json" with { type: "json" };
import type { Db } from "./database";

interface JournalEntry {
  idx: number;
  when: number;
  tag: string;
}

const entries = journal.entries as JournalEntry[];

/** The newest migration this code was built with (embedded by the bundler from the journal). */
export const expectedMigration: JournalEntry = entries.reduce((a, b) => (b.when > a.when ? b : a));

function tagAt(when: number | null): string {
  if (when === null) return "none (the database was never migrated)";
  return (
    entries.find((e) => e.when === when)?.tag ?? `an unknown migration (${new Date(when).toISOString()})`
  );
}

/**
 * Fails clearly when the database is older than the code: deployed functions do not migrate
 * (the Migrator does, once per deploy), so a schema that lags behind would otherwise show up
 * later as half-working queries. One small query per cold start.
 */
export async function assertSchemaCurrent(db: Db): Promise<void> {
  let latest: number | null = null;
  try {
    const rows = await db.execute<{ latest: string | number | null }>(
      sql`select max(created_at) as latest from drizzle.__drizzle_migrations`,
    );
    const value =
      (rows as unknown as { rows?: { latest: string | number | null }[] }).rows?.[0]?.latest ?? null;
    latest = value === null ? null : Number(value);
  } catch (error) {
    if (!/__drizzle_migrations|schema "drizzle"/i.test(String((error as Error).message))) throw error;
  }
  if (latest !== null && latest >= expectedMigration.when) return;
  throw new InternalError(
    "storage.schema_outdated",
    `The database schema is at ${tagAt(latest)}, but this code needs ${expectedMigration.tag}. ` +
      "Run the Migrator (sst deploy invokes it; or `aws lambda invoke --function-name <the Migrator> out.json`).",
    { details: { database: tagAt(latest), required: expectedMigration.tag } },
  );
}
