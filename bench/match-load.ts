/**
 * Index load from PostgreSQL: a tenant's parsed CVs in a real PostgreSQL 15 cluster (the Neon
 * driver over the WebSocket proxy, as in tests), loaded by the service's own path
 * (`candidateIndexFor`: storage.listParsedResumeCards → candidateFeatures → CandidateIndex),
 * then one step-1 query. Rows are bulk-inserted in SQL; the load is what is timed. Then the
 * snapshot path against the same database: the loaded index encoded as a snapshot, and a cold
 * restore from it with the catch-up query on this PostgreSQL (the S3 GET is bench:snapshot's).
 * Sizes run are merged into bench/results/match-load.json (a 1M run keeps the 10k/100k rows).
 *
 *   pnpm exec tsx bench/match-load.ts [--sizes=10000,100000,1000000]
 */
import { randomUUID } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { encodeIndexSnapshot, jobQuery } from "../packages/core/src/index";
import { clearCandidateIndexes, tenantIndexFor } from "../packages/services/src/match/index-cache";
import { createStorage, openDatabase } from "../packages/storage/src/index";
import { startPgCluster } from "../packages/storage/src/testing/index";
import { synthetic } from "./match-synthetic";

const arg = (name: string, fallback: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const sizes = arg("sizes", "10000,100000").split(",").map(Number);
const tenantId = "bench";
const gen = synthetic();

/** A Resume Card as the parser would store it, from a synthetic candidate. */
function card(i: number) {
  const { features, labels } = gen.candidate(i);
  return {
    schema: "resume-card-v1",
    personal_info: { name: `Candidate ${i}`, links: [], headline: features.titles[0] ?? null },
    work_experience: [
      {
        title: features.titles[0] ?? "Engineer",
        company: `Company ${i % 997}`,
        start: "2016",
        end: null,
        current: true,
        bullets: [],
      },
    ],
    education: [],
    skills: features.skillIds.map((id, k) => ({ id, name: labels[k] ?? id })),
    languages: features.languages.map((l) => ({ language: l.code, level: null })),
    certifications: [],
    total_years_experience: features.years,
    missing_fields: [],
    evidence: [],
  };
}

const results = [];
for (const size of sizes) {
  const cluster = await startPgCluster({ database: "bench" });
  try {
    const setup = await createStorage({ driver: "postgres", url: cluster.url });
    await setup.ensureTenant(tenantId);
    await setup.close();
    const database = await openDatabase({ driver: "postgres", url: cluster.url });
    const t0 = performance.now();
    for (let from = 0; from < size; from += 2_000) {
      const docs = [];
      const rows = [];
      for (let i = from; i < Math.min(size, from + 2_000); i++) {
        const doc = randomUUID();
        docs.push(
          sql`(${doc}, ${tenantId}, 'resume', 'drop', 'b', ${`k/${i}`}, ${`cv-${i}.pdf`}, ${`sha-${i}`}, 'application/pdf', 1000, 'parsed')`,
        );
        rows.push(
          sql`(${tenantId}, ${doc}, 'parsed', ${`Candidate ${i}`}, ${JSON.stringify(card(i))}::jsonb)`,
        );
      }
      await database.db.execute(
        sql`insert into documents (id, tenant_id, kind, source, bucket, s3_key, filename, sha256, mime, size_bytes, status) values ${sql.join(docs, sql`, `)}`,
      );
      await database.db.execute(
        sql`insert into resumes (tenant_id, document_id, status, name, card) values ${sql.join(rows, sql`, `)}`,
      );
    }
    const insertMs = performance.now() - t0;
    await database.close();

    const storage = await createStorage({ driver: "postgres", url: cluster.url, schema: "verify" });
    const heapBefore = process.memoryUsage().heapUsed;
    const l0 = performance.now();
    const built = await tenantIndexFor(storage, tenantId);
    const loadMs = performance.now() - l0;
    const { index } = built;
    const q0 = performance.now();
    const answer = index.topK(jobQuery(gen.job(1)), 100);
    const firstQueryMs = performance.now() - q0;

    const e0 = performance.now();
    const blob = encodeIndexSnapshot(index, { tenantId, watermark: built.watermark });
    const encodeMs = performance.now() - e0;
    clearCandidateIndexes(storage);
    const r0 = performance.now();
    const restored = await tenantIndexFor(storage, tenantId, { read: async () => blob });
    const restoreMs = performance.now() - r0;
    if (restored.origin.from !== "snapshot")
      throw new Error(`not restored: ${JSON.stringify(restored.origin)}`);
    if (JSON.stringify(restored.index.topK(jobQuery(gen.job(1)), 100)) !== JSON.stringify(answer)) {
      throw new Error("the restored index answers differently");
    }
    const row = {
      candidates: size,
      indexed: index.size,
      insertSeconds: Math.round(insertMs / 100) / 10,
      loadMs: Math.round(loadMs),
      loadPerSecond: Math.round(size / (loadMs / 1000)),
      heapDeltaMB: Math.round((process.memoryUsage().heapUsed - heapBefore) / 2 ** 20),
      firstQueryMs: Math.round(firstQueryMs * 10) / 10,
      snapshot: {
        encodeMs: Math.round(encodeMs),
        megabytes: Math.round(blob.byteLength / 2 ** 20),
        restoreWithCatchUpMs: Math.round(restoreMs),
        caughtUp: restored.origin.caughtUp,
      },
    };
    console.log(JSON.stringify(row));
    results.push(row);
    clearCandidateIndexes(storage);
    await storage.close();
  } finally {
    await cluster.stop();
  }
}
const file = join(import.meta.dirname, "results", "match-load.json");
const earlier: Array<{ candidates: number }> = existsSync(file)
  ? (JSON.parse(readFileSync(file, "utf8")) as { results: Array<{ candidates: number }> }).results
  : [];
const merged = [...earlier.filter((r) => !sizes.includes(r.candidates)), ...results].sort(
  (a, b) => a.candidates - b.candidates,
);
writeFileSync(
  file,
  `${JSON.stringify({ generatedAt: new Date().toISOString(), results: merged }, null, 2)}\n`,
);
