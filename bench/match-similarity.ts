/**
 * Step-1 ranking quality with embeddings (issue 14) on the hand-labelled sets, through the
 * services' own code: every CV and job ad parsed, embedded at "Normalize" (embedDocument) into a
 * PGlite with pgvector, then each job's query joined with its similar skills (withSimilarSkills)
 * and each pair blended with the summaries' cosine (blendPair). Embeddings come from the FAKE
 * OpenAI server (hashed words and trigrams, packages/ai/src/testing/fake-embeddings.ts): lexical
 * vectors, not real ones — this measures the plumbing and how the rules use similarity, never
 * what real embeddings would give. Without `--fake` the same code runs offline (no embedder) and
 * must equal `pnpm bench:ranking`.
 *
 *   pnpm exec tsx bench/match-similarity.ts [--fake]
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { createEmbedder } from "../packages/ai/src/index";
import { startFakeOpenAi } from "../packages/ai/src/testing/fake-openai";
import {
  type Card,
  candidateFeatures,
  jobQuery,
  parseJob,
  parseResume,
  scoreCandidate,
} from "../packages/core/src/index";
import {
  blendPair,
  embedDocument,
  embeddingsOf,
  withSimilarSkills,
} from "../packages/services/src/embeddings/index";
import { createStorage } from "../packages/storage/src/index";
import { labelledSet, ndcgAt, relevantFrom, rocAuc, textDocument } from "./labels/quality";
import { flattenDocument } from "./quality/flatten";

const NOW = new Date("2025-06-01T00:00:00Z");
const useFake = process.argv.includes("--fake");
const fake = useFake ? await startFakeOpenAi([]) : null;
const embedder = fake ? createEmbedder({ openaiApiKey: "sk-bench", openaiBaseUrl: fake.baseURL }) : null;
const storage = await createStorage({ driver: "pglite" });
const tenant = "bench-similarity";
let documents = 0;

/** Registers, embeds and parses one card; its record id. */
async function persist(kind: "job" | "resume", card: Card): Promise<string> {
  const sha256 = `${kind}-${++documents}`.padEnd(64, "0");
  const { document } = await storage.registerDocument(tenant, {
    kind,
    source: "text",
    bucket: "bench",
    s3Key: sha256,
    filename: `${kind}.txt`,
    sha256,
    mime: "text/plain",
    sizeBytes: 1,
  });
  const embedded = await embedDocument(
    { storage, embedder },
    { tenantId: tenant, documentId: document.id, kind },
    card,
  );
  return (await storage.markParsed(tenant, document.id, { card: embedded, language: "en", title: kind })).id;
}

const cvIds = new Map<string, { id: string; features: ReturnType<typeof candidateFeatures> }>();
async function cvOf(file: string) {
  let cv = cvIds.get(file);
  if (cv === undefined) {
    const card = parseResume(textDocument(file), { now: NOW });
    cv = { id: await persist("resume", card), features: candidateFeatures(card) };
    cvIds.set(file, cv);
  }
  return cv;
}

const runs = [
  { set: "main", flatten: false, name: "job ads as written" },
  { set: "main", flatten: true, name: "job ads flattened" },
  { set: "similarity", flatten: false, name: "similarity set" },
] as const;
const results: Record<string, { meanNdcg: number; pooledAuc: number; meanAuc: number }> = {};
for (const run of runs) {
  const ndcgs: number[] = [];
  const aucs: number[] = [];
  const pooled: Array<{ score: number; relevant: boolean }> = [];
  for (const labelled of labelledSet(run.set)) {
    const doc = textDocument(labelled.job);
    const card = parseJob(run.flatten ? flattenDocument(doc) : doc, { now: NOW });
    const jobId = await persist("job", card);
    const stored = await embeddingsOf(storage, tenant, "job", jobId);
    const query = await withSimilarSkills(storage, stored, jobQuery(card));
    const ranking = [];
    for (const [file, relevance] of Object.entries(labelled.relevance)) {
      const cv = await cvOf(file);
      const cvStored = await embeddingsOf(storage, tenant, "resume", cv.id);
      const score = blendPair(
        stored,
        cvStored,
        scoreCandidate(query, cv.features),
        query.missingFactor,
      ).score;
      ranking.push({ file, relevance, score });
    }
    ranking.sort((a, b) => b.score - a.score || (a.file < b.file ? -1 : 1));
    const pairs = ranking.map((r) => ({ score: r.score, relevant: r.relevance >= relevantFrom }));
    pooled.push(...pairs);
    const auc = rocAuc(pairs);
    if (!Number.isNaN(auc)) aucs.push(auc);
    ndcgs.push(
      ndcgAt(
        10,
        ranking.map((r) => r.relevance),
      ),
    );
  }
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  results[run.name] = { meanNdcg: mean(ndcgs), pooledAuc: rocAuc(pooled), meanAuc: mean(aucs) };
  console.log(
    `${run.name}: mean nDCG@10 ${mean(ndcgs).toFixed(3)}; ROC AUC per job ${mean(aucs).toFixed(3)}, pooled ${rocAuc(pooled).toFixed(3)}`,
  );
}
const embeddingRequests = fake?.embeddingRequests.length ?? 0;
console.log(useFake ? `fake embeddings: ${embeddingRequests} requests` : "offline: no embeddings");
writeFileSync(
  join(import.meta.dirname, "results", `match-similarity${useFake ? "-fake" : "-offline"}.json`),
  `${JSON.stringify({ embeddings: useFake ? "fake (lexical, not real)" : "none", embeddingRequests, results }, null, 2)}\n`,
);
await storage.close();
await fake?.stop();
