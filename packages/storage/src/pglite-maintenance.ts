import { clearTimeout, setTimeout } from "node:timers";
import type { PGlite } from "@electric-sql/pglite";

/** What one maintenance pass did: the tables it analyzed and vacuumed. */
export interface MaintenancePass {
  analyzed: string[];
  vacuumed: string[];
}

export interface PgliteMaintenance {
  /** One pass now (the timer runs the same): what autovacuum would have done since the last. */
  runOnce(): Promise<MaintenancePass>;
  /** No more passes; resolves once a pass in progress has ended (before the database closes). */
  stop(): Promise<void>;
}

interface TableActivity {
  name: string;
  /** pg_class.reltuples: the row estimate of the last ANALYZE/VACUUM, -1 when there was none. */
  rows: number;
  modified: number;
  dead: number;
}

/** PostgreSQL's own autovacuum defaults (threshold + scale factor × rows). */
const analyzeAfter = (rows: number) => 50 + 0.1 * Math.max(rows, 0);
const vacuumAfter = (rows: number) => 50 + 0.2 * Math.max(rows, 0);

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * PGlite runs PostgreSQL in single-user mode, where no autovacuum worker exists: tables are
 * never analyzed and dead row versions never reclaimed. Without statistics the planner takes
 * every table for empty; over 10,000 CVs it joined a step 1's 20 results to the resumes
 * through a scan of the tenant's 8,852 rows per result (398 ms) instead of their primary key
 * (11 ms after ANALYZE). This pass does what autovacuum would, with its default thresholds,
 * table by table (each a short hold of the one connection): ANALYZE a table never analyzed or
 * changed by more than 50 + 10 % of its rows since, VACUUM one holding more than 50 + 20 %
 * dead rows. The counters live in memory, so a process starts from the tables' last
 * estimates; the first pass runs shortly after open, then one a minute. Neon runs its own.
 */
export function maintainPglite(
  pg: PGlite,
  { firstAfterMs = 5_000, everyMs = 60_000 }: { firstAfterMs?: number; everyMs?: number } = {},
): PgliteMaintenance {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  let running: Promise<MaintenancePass> | undefined;

  const pass = async (): Promise<MaintenancePass> => {
    // Counters are kept per backend and published when a transaction ends after this is asked:
    // single-user mode has no idle timer to publish them by itself.
    await pg.query("select pg_stat_force_next_flush()");
    const { rows } = await pg.query<TableActivity>(
      `select c.relname as name, c.reltuples::float8 as rows,
              s.n_mod_since_analyze::float8 as modified, s.n_dead_tup::float8 as dead
         from pg_stat_user_tables s join pg_class c on c.oid = s.relid
        where s.schemaname = 'public'`,
    );
    const done: MaintenancePass = { analyzed: [], vacuumed: [] };
    // A 3,000-row sample (target 10, not 100): enough for the plans a local tenant needs, and
    // each ANALYZE holds the one connection (and the event loop) a sixth as long: analyzing
    // 10,000 CVs' cards took 0.2–0.6 s at 100, 0.06–0.09 s at 10. (Its own statement: VACUUM
    // refuses to run in a multi-statement batch.)
    await pg.exec("set default_statistics_target = 10");
    for (const table of rows) {
      if (stopped || pg.closed) break;
      const analyze = table.rows < 0 || table.modified > analyzeAfter(table.rows);
      const vacuum = table.dead > vacuumAfter(table.rows);
      if (!analyze && !vacuum) continue;
      const name = quoted(table.name);
      await pg.exec(vacuum ? `vacuum ${analyze ? "(analyze) " : ""}${name}` : `analyze ${name}`);
      if (analyze) done.analyzed.push(table.name);
      if (vacuum) done.vacuumed.push(table.name);
    }
    return done;
  };

  const runOnce = () => {
    running ??= pass().finally(() => {
      running = undefined;
    });
    return running;
  };

  const schedule = (ms: number) => {
    if (stopped) return;
    timer = setTimeout(() => {
      runOnce()
        // A pass that fails (the database closing under it) is tried again next time.
        .catch(() => undefined)
        .finally(() => schedule(everyMs));
    }, ms);
    timer.unref();
  };
  schedule(firstAfterMs);

  return {
    runOnce,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running?.catch(() => undefined);
    },
  };
}
