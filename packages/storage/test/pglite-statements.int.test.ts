import type { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMemoryPglite } from "../src/pglite-memory";
import { withPreparedStatements } from "../src/pglite-statements";

/*
 * The local runtime's PGlite runs parameterised queries as named prepared statements. Whatever
 * a caller sees must be what PGlite's own `query` gives: rows, types, errors, and transactions
 * that no other query slips into.
 */
describe("PGlite with prepared statements", () => {
  let pg: PGlite;
  let cached: PGlite;

  beforeAll(async () => {
    pg = await createMemoryPglite();
    cached = withPreparedStatements(pg, 3);
    await pg.exec(`create table t (id int primary key, doc jsonb, at timestamptz, tags text[], note text)`);
    await pg.query(`insert into t values ($1, $2, $3, $4, $5)`, [
      1,
      { a: [1, "x"] },
      new Date("2026-01-02T03:04:05Z"),
      ["a", "b"],
      null,
    ]);
  }, 60_000);
  afterAll(() => pg.close());

  const select = "select * from t where id = $1";

  it("answers like PGlite's own query, in both row modes, on every repeat", async () => {
    for (const rowMode of ["object", "array"] as const) {
      const expected = await pg.query(select, [1], { rowMode });
      for (let run = 0; run < 7; run++) {
        const got = await cached.query(select, [1], { rowMode });
        expect(got.rows).toEqual(expected.rows);
        expect(got.fields).toEqual(expected.fields);
      }
    }
    const row = (await cached.query<{ doc: unknown; at: Date }>(select, [1])).rows[0];
    expect(row?.doc).toEqual({ a: [1, "x"] });
    expect(row?.at).toEqual(new Date("2026-01-02T03:04:05Z"));
  });

  it("answers statements that return no rows, on every repeat", async () => {
    for (let run = 0; run < 3; run++) {
      const got = await cached.query("update t set note = $1 where id = $2", [`run ${run}`, 1]);
      expect(got.affectedRows).toBe(1);
      expect(got.rows).toEqual([]);
    }
    expect((await cached.query<{ note: string }>(select, [1])).rows[0]?.note).toBe("run 2");
  });

  it("keeps the caller's parsers (drizzle reads timestamps as text)", async () => {
    const parsers = { 1184: (value: string) => value };
    const { rows } = await cached.query<{ at: unknown }>("select at from t where id = $1", [1], { parsers });
    expect(typeof rows[0]?.at).toBe("string");
  });

  it("throws PostgreSQL's error with its code, and the next query still works", async () => {
    await expect(cached.query("insert into t (id) values ($1)", [1])).rejects.toMatchObject({
      code: "23505",
    });
    await expect(cached.query("select $1::int", ["not a number"])).rejects.toMatchObject({ code: "22P02" });
    expect((await cached.query(select, [1])).rows).toHaveLength(1);
  });

  it("never runs inside another caller's open transaction", async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const transaction = pg.transaction(async (tx) => {
      await tx.query("insert into t (id) values (2)");
      await held;
      await tx.rollback();
    });
    const read = cached.query("select count(*)::int as n from t where id >= $1", [1]);
    release();
    await transaction;
    // Had it run in the transaction, it would have counted the rolled-back row.
    expect((await read).rows).toEqual([{ n: 1 }]);
  });

  it("keeps a bounded number of statements and prepares an evicted text again", async () => {
    for (let n = 0; n < 6; n++) {
      expect((await cached.query(`select $1::int + ${n} as v`, [1])).rows).toEqual([{ v: 1 + n }]);
    }
    const { rows } = await pg.query<{ n: number }>("select count(*)::int as n from pg_prepared_statements");
    expect(rows[0]?.n).toBeLessThanOrEqual(3);
    expect((await cached.query("select $1::int + 0 as v", [1])).rows).toEqual([{ v: 1 }]);
  });

  it("lets two caches share one PGlite without taking each other's statement names", async () => {
    const other = withPreparedStatements(pg);
    expect((await other.query(select, [1])).rows).toHaveLength(1);
    expect((await cached.query(select, [1])).rows).toHaveLength(1);
  });

  it("prepares again when the table under a cached plan changed", async () => {
    await cached.query(select, [1]);
    await pg.exec("alter table t add column extra int default 7");
    const { rows } = await cached.query<{ extra: number }>(select, [1]);
    expect(rows[0]?.extra).toBe(7);
  });
});
