import { PGlite } from "@electric-sql/pglite";
import { afterEach, describe, expect, it } from "vitest";
import { maintainPglite, type PgliteMaintenance } from "../src/pglite-maintenance";

/*
 * PGlite has no autovacuum: the maintenance pass stands in for it, with its thresholds, so the
 * planner has statistics and dead rows are reclaimed.
 */
let pg: PGlite;
let maintenance: PgliteMaintenance | undefined;

afterEach(async () => {
  await maintenance?.stop();
  await pg?.close();
});

const activity = async (table: string) => {
  await pg.query("select pg_stat_force_next_flush()");
  return (
    await pg.query<{ analyzed: boolean; dead: number; estimate: number }>(
      `select s.last_analyze is not null as analyzed, s.n_dead_tup::int as dead, c.reltuples::int as estimate
         from pg_stat_user_tables s join pg_class c on c.oid = s.relid where s.relname = $1`,
      [table],
    )
  ).rows[0];
};

describe("PGlite maintenance", () => {
  it("analyzes tables never analyzed, then only those changed past autovacuum's threshold", async () => {
    pg = await PGlite.create();
    await pg.exec(`create table people (id int primary key, name text);
      create table "odd ""name""" (id int);
      insert into people select i, 'p' || i from generate_series(1, 1000) i;`);
    maintenance = maintainPglite(pg, { firstAfterMs: 3_600_000 });
    expect(await activity("people")).toMatchObject({ analyzed: false, estimate: -1 });

    const first = await maintenance.runOnce();
    expect(first.analyzed.sort()).toEqual(['odd "name"', "people"]);
    expect(await activity("people")).toMatchObject({ analyzed: true, estimate: 1000 });
    expect(await maintenance.runOnce()).toEqual({ analyzed: [], vacuumed: [] });

    // 100 changed rows of 1,000 is under 50 + 10 %; 200 is over.
    await pg.exec("update people set name = name || '!' where id <= 100");
    expect((await maintenance.runOnce()).analyzed).toEqual([]);
    await pg.exec("update people set name = name || '!' where id <= 200");
    expect((await maintenance.runOnce()).analyzed).toEqual(["people"]);
  });

  it("vacuums a table whose dead rows pass 50 + 20 % of it, and runs by itself on its timer", async () => {
    pg = await PGlite.create();
    await pg.exec(`create table counts (k text primary key, n int);
      insert into counts select 'k' || i, 0 from generate_series(1, 100) i;`);
    for (let i = 0; i < 5; i++) await pg.exec("update counts set n = n + 1");
    expect((await activity("counts"))?.dead).toBeGreaterThan(70);

    maintenance = maintainPglite(pg, { firstAfterMs: 10, everyMs: 3_600_000 });
    await expect.poll(async () => (await activity("counts"))?.dead, { timeout: 10_000 }).toBe(0);
    expect(await activity("counts")).toMatchObject({ analyzed: true, estimate: 100 });
  });
});
