import { readdirSync } from "node:fs";
import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { createStorage, migrate, migrationsFolder, openDatabase } from "../../src/index";
import type { SuiteContext } from "../support/drivers";

export function migrationSuite(ctx: () => SuiteContext): void {
  it("applies the migrations to an empty database, and again as a no-op", async () => {
    const database = await openDatabase(await ctx().target.freshConfig());
    try {
      await migrate(database.db);
      await migrate(database.db);
      const result = await database.db.execute<{ table_name: string }>(
        sql`select table_name from information_schema.tables where table_schema = 'public' order by 1`,
      );
      expect(result.rows.map((row) => row.table_name)).toEqual([
        "ai_audit_events",
        "batch_items",
        "batches",
        "document_copies",
        "document_embeddings",
        "documents",
        "jobs",
        "list_versions",
        "live_scores",
        "match_feedback",
        "match_results",
        "match_sessions",
        "rate_limit_buckets",
        "record_counts",
        "resume_erasures",
        "resumes",
        "score_buckets",
        "skill_aliases",
        "skill_counts",
        "skill_embeddings",
        "tailorings",
        "tenants",
        "webhook_deliveries",
        "webhooks",
      ]);
      const journal = await database.db.execute<{ n: number }>(
        sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
      );
      // Each migration file applied exactly once, however many times migrate ran.
      const files = readdirSync(migrationsFolder()).filter((f) => f.endsWith(".sql"));
      expect(journal.rows[0]?.n).toBe(files.length);
    } finally {
      await database.close();
    }
  });

  it("lets concurrent cold starts migrate the same database", async () => {
    const config = await ctx().target.freshConfig();
    if (config.driver !== "postgres") return; // one connection per PGlite: nothing can race
    // The third starts its own in-process proxy instead of sharing the test's.
    const storages = await Promise.all([
      createStorage(config),
      createStorage(config),
      createStorage({ driver: "postgres", url: config.url }),
    ]);
    try {
      for (const storage of storages) expect(await storage.countRecords("tenant", "job")).toBe(0);
    } finally {
      await Promise.all(storages.map((storage) => storage.close()));
    }
  });
}
