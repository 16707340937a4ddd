/**
 * The seed project's matcher, reproduced as the baseline: per requirement, the best of the
 * candidate's skill labels by equality (1), substring either way (0.8) or word-overlap
 * Jaccard; 70% the mean over must-haves + 30% over nice-to-haves; every candidate scanned,
 * then a full sort. Labels are lower-cased once up front (kinder to the baseline than the seed).
 */
export interface BaselineJob {
  must: string[];
  nice: string[];
}

function words(label: string): string[] {
  return label.split(/[^\p{L}\p{N}+#.]+/u).filter((w) => w !== "");
}

function labelScore(required: string, requiredWords: Set<string>, label: string): number {
  if (label === required) return 1;
  if (label.includes(required) || required.includes(label)) return 0.8;
  const mine = words(label);
  let shared = 0;
  for (const w of mine) if (requiredWords.has(w)) shared++;
  const union = requiredWords.size + mine.length - shared;
  return union === 0 ? 0 : shared / union;
}

function meanBest(required: string[], requiredWords: Set<string>[], labels: string[]): number {
  if (required.length === 0) return 0;
  let sum = 0;
  for (let i = 0; i < required.length; i++) {
    let best = 0;
    for (const label of labels)
      best = Math.max(best, labelScore(required[i] ?? "", requiredWords[i] ?? new Set(), label));
    sum += best;
  }
  return sum / required.length;
}

export function baselineRank(
  job: BaselineJob,
  candidates: string[][],
  k: number,
): Array<{ ord: number; score: number }> {
  const must = job.must.map((s) => s.toLowerCase());
  const nice = job.nice.map((s) => s.toLowerCase());
  const mustWords = must.map((s) => new Set(words(s)));
  const niceWords = nice.map((s) => new Set(words(s)));
  const scored = candidates.map((labels, ord) => ({
    ord,
    score: 100 * (0.7 * meanBest(must, mustWords, labels) + 0.3 * meanBest(nice, niceWords, labels)),
  }));
  scored.sort((a, b) => b.score - a.score || a.ord - b.ord);
  return scored.slice(0, k);
}

export interface SqlBaselineResult {
  candidates: number;
  loadMs: number;
  queryMs: { p50: number; p95: number; mean: number; jobs: number; k: number };
  candidatesPerSecond: number;
}

/**
 * The second baseline: the same tenant in a real PostgreSQL 15 (a throwaway cluster), skill ids
 * as an `int[]` column with a GIN index, ranked by array overlap — `skills && $must_or_nice` to
 * use the index, then 70% must-have + 30% nice-to-have overlap, ORDER BY … LIMIT k.
 */
export async function sqlArrayOverlapBaseline(
  candidates: Array<{ skillIds: string[] }>,
  jobs: Array<{ must: string[]; nice: string[] }>,
  k: number,
): Promise<SqlBaselineResult> {
  const { startPgCluster } = await import("../packages/storage/src/testing/index");
  const { openDatabase } = await import("../packages/storage/src/index");
  const { sql } = await import("drizzle-orm");
  const cluster = await startPgCluster({ database: "bench" });
  const database = await openDatabase({ driver: "postgres", url: cluster.url });
  const ids = new Map<string, number>();
  const intern = (id: string) => {
    let n = ids.get(id);
    if (n === undefined) {
      n = ids.size + 1;
      ids.set(id, n);
    }
    return n;
  };
  const pgArray = (xs: number[]) => `{${xs.join(",")}}`;
  try {
    const db = database.db;
    await db.execute(sql`create table cvs (id int primary key, skills int[] not null)`);
    const t0 = performance.now();
    for (let from = 0; from < candidates.length; from += 5_000) {
      const batch = candidates.slice(from, from + 5_000);
      const rows = batch.map((c, i) => sql`(${from + i}, ${pgArray(c.skillIds.map(intern))}::int[])`);
      await db.execute(sql`insert into cvs (id, skills) values ${sql.join(rows, sql`, `)}`);
    }
    await db.execute(sql`create index cvs_skills on cvs using gin (skills)`);
    await db.execute(sql`analyze cvs`);
    const loadMs = performance.now() - t0;
    const latencies: number[] = [];
    for (const job of jobs) {
      const must = pgArray(job.must.map(intern));
      const nice = pgArray(job.nice.map(intern));
      const mustN = Math.max(1, job.must.length);
      const niceN = Math.max(1, job.nice.length);
      const s = performance.now();
      await db.execute(sql`
        select id,
          0.7 * cardinality(array(select unnest(skills) intersect select unnest(${must}::int[]))) / ${mustN}
          + 0.3 * cardinality(array(select unnest(skills) intersect select unnest(${nice}::int[]))) / ${niceN} as score
        from cvs
        where skills && (${must}::int[] || ${nice}::int[])
        order by score desc, id
        limit ${k}`);
      latencies.push(performance.now() - s);
    }
    const sorted = [...latencies].sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
    const mean = latencies.reduce((a, b) => a + b, 0) / latencies.length;
    const r = (n: number) => Math.round(n * 100) / 100;
    return {
      candidates: candidates.length,
      loadMs: Math.round(loadMs),
      queryMs: { p50: r(at(0.5)), p95: r(at(0.95)), mean: r(mean), jobs: jobs.length, k },
      candidatesPerSecond: Math.round(candidates.length / (mean / 1000)),
    };
  } finally {
    await database.close();
    await cluster.stop();
  }
}
