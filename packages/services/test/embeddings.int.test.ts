import { createHash, randomUUID } from "node:crypto";
import { createEmbedder } from "@futodama/ai";
import { type FakeOpenAi, startFakeOpenAi } from "@futodama/ai/testing";
import {
  candidateFeatures,
  type JobCardV1,
  JobCardV1Schema,
  jobQuery,
  type MatchEvidence,
  type ResumeCardV1,
  ResumeCardV1Schema,
  scoreCandidate,
} from "@futodama/core";
import { createStorage, type Storage } from "@futodama/storage";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ServiceDeps } from "../src/deps";
import { embedDocument } from "../src/embeddings";
import { explainPair } from "../src/match/live";
import { runMatchStep1 } from "../src/match/step1";
import { scoreResumeAgainstOpenJobs } from "../src/rematch/match-document";

/*
 * Issue 14 through the services on PGlite (pgvector loaded), with the fake OpenAI server's
 * embeddings through the real `openai` client. The fake's vectors are lexical (shared words and
 * trigrams), never real embeddings: these tests check the plumbing and the rules, not quality.
 * The job asks for Terraform (a skill) and "Building microservice architectures" (prose, no
 * skill); one CV lists IBM Terraform (no taxonomy link to Terraform), one lists Microservices
 * (no word of the requirement as written), one lists neither.
 */

let storage: Storage;
let fake: FakeOpenAi;

beforeAll(async () => {
  [storage, fake] = await Promise.all([createStorage({ driver: "pglite" }), startFakeOpenAi([])]);
});
afterAll(async () => {
  await Promise.all([storage?.close(), fake?.stop()]);
});

const job = JobCardV1Schema.parse({
  schema: "job-card-v1",
  basics: { title: "Platform Engineer", normalized_title: "Software Developer", work_mode: "remote" },
  overview: { summary: "Platform engineering: infrastructure as code and microservice architectures." },
  requirements: {
    must_have: [
      { text: "Terraform", kind: "skill", skill_id: "sk_terraform" },
      { text: "Building microservice architectures", kind: "experience", skill_id: null },
    ],
    nice_to_have: [],
  },
});

const cv = (name: string, summary: string, skills: Array<[string, string]>) =>
  ResumeCardV1Schema.parse({
    schema: "resume-card-v1",
    personal_info: { name },
    summary,
    skills: skills.map(([id, skill]) => ({ id, name: skill })),
  });

const cvs = {
  ibm: cv("Ida Terra", "Infrastructure as code with IBM Terraform.", [
    ["onet_ibm_terraform", "IBM Terraform"],
  ]),
  micro: cv("Mika Service", "Distributed backend systems on containers.", [
    ["sk_microservices", "Microservices"],
  ]),
  neither: cv("Nell Other", "Illustration and print design.", [["sk_photoshop", "Photoshop"]]),
};

async function persist(tenant: string, kind: "job" | "resume", card: JobCardV1 | ResumeCardV1) {
  const sha256 = createHash("sha256")
    .update(`${tenant}/${JSON.stringify(card)}`)
    .digest("hex");
  const { document } = await storage.registerDocument(tenant, {
    kind,
    source: "text",
    bucket: "b",
    s3Key: `${tenant}/${sha256}`,
    filename: `${kind}.txt`,
    sha256,
    mime: "text/plain",
    sizeBytes: 1,
  });
  return { documentId: document.id, card };
}

/** A tenant with the job and the three CVs parsed, embedded at "Normalize" when an embedder is given. */
async function tenantWith(embedder: ServiceDeps["embedder"]) {
  const tenant = `emb-${randomUUID().slice(0, 8)}`;
  const deps = { storage, embedder } as Pick<ServiceDeps, "storage" | "embedder">;
  const ids: Record<string, string> = {};
  for (const [key, card] of [["job", job], ...Object.entries(cvs)] as const) {
    const kind = key === "job" ? "job" : "resume";
    const { documentId } = await persist(tenant, kind, card);
    const embedded = await embedDocument(deps, { tenantId: tenant, documentId, kind }, card);
    const record = await storage.markParsed(tenant, documentId, {
      card: embedded,
      language: "en",
      title: key,
    });
    ids[key] = record.id;
  }
  // runMatchStep1 reads no snapshot here (no bucket): the index is built from the rows.
  const serviceDeps = {
    storage,
    buckets: {
      get uploads(): string {
        throw new Error("no bucket in this test");
      },
    },
  } as unknown as ServiceDeps;
  const session = await runMatchStep1(serviceDeps, tenant, ids.job ?? "");
  const byId = new Map(session.results.map((r) => [r.resumeId, r]));
  const of = (key: keyof typeof cvs) => byId.get(ids[key] ?? "");
  return { session, of, tenant, ids, deps: serviceDeps };
}

const mustEvidence = (breakdown: unknown): MatchEvidence[] =>
  (breakdown as { must_have: { evidence: MatchEvidence[] } }).must_have.evidence;

describe("similarity by embeddings", () => {
  it("offline: no embeddings are made and step 1 scores exactly as the rules path", async () => {
    const before = fake.embeddingRequests.length;
    const { session, of } = await tenantWith(null);
    expect(fake.embeddingRequests.length).toBe(before);
    for (const [key, card] of Object.entries(cvs)) {
      const result = of(key as keyof typeof cvs);
      expect(result?.score).toBe(scoreCandidate(jobQuery(job), candidateFeatures(card)).score);
      expect(Object.keys(result?.breakdown as object)).not.toContain("summary_similarity");
      expect(mustEvidence(result?.breakdown).some((e) => e.via === "similar")).toBe(false);
    }
    expect(session.results).toHaveLength(3);
  });

  it("with a key: a skill with no taxonomy link and a prose requirement earn similarity credit, with evidence", async () => {
    const embedder = createEmbedder({ openaiApiKey: "sk-test", openaiBaseUrl: fake.baseURL });
    const offline = await tenantWith(null);
    const { session, of } = await tenantWith(embedder);

    const terraform = mustEvidence(of("ibm")?.breakdown).find((e) => e.requirement === "Terraform");
    expect(terraform).toMatchObject({ matched: true, via: "similar", candidateText: "IBM Terraform" });
    expect(terraform?.note).toMatch(
      /^IBM Terraform is similar to Terraform \(cosine 0\.\d\d, embeddings\): partial credit 0\.3$/,
    );
    const prose = mustEvidence(of("micro")?.breakdown).find((e) => e.requirement.startsWith("Building"));
    expect(prose).toMatchObject({ matched: true, via: "similar", candidateText: "Microservices" });
    expect(prose?.note).toContain(
      'Microservices is similar to "Building microservice architectures" (cosine',
    );
    // Offline both requirements were missing for both CVs; the one with neither skill gains nothing.
    for (const key of ["ibm", "micro"] as const) {
      expect(mustEvidence(offline.of(key)?.breakdown).every((e) => !e.matched)).toBe(true);
      expect(of(key)?.score).toBeGreaterThan(offline.of(key)?.score ?? 100);
      expect(of(key)?.missingMustHaves).toHaveLength(1);
    }
    expect(mustEvidence(of("neither")?.breakdown).every((e) => !e.matched)).toBe(true);

    // The summaries' similarity is blended in, explained, and never lifts a score past 100 × coverage.
    for (const result of session.results) {
      const summary = (
        result.breakdown as Record<string, { score: number; weight: number; evidence: MatchEvidence[] }>
      ).summary_similarity;
      expect(summary?.weight).toBe(0.1);
      expect(summary?.evidence[0]?.note).toMatch(
        /^summaries' cosine [01](\.\d+)? \(embeddings\): 10 % of the score/,
      );
      expect(result.score).toBeLessThanOrEqual(100 * result.coverage);
    }
    const scores = session.results.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it("gives a new CV's live rows and the pair view the same similarity as the session", async () => {
    const embedder = createEmbedder({ openaiApiKey: "sk-test", openaiBaseUrl: fake.baseURL });
    const { tenant, ids, deps, of } = await tenantWith(embedder);
    const [jobId, resumeId] = [ids.job ?? "", ids.ibm ?? ""];
    expect(await scoreResumeAgainstOpenJobs(deps, tenant, resumeId)).toEqual({ scored: 1 });
    const live = await storage.listLiveJobsForResume(tenant, resumeId, {});
    const pair = await explainPair(deps, tenant, jobId, resumeId);
    expect(live.items[0]?.score).toBe(of("ibm")?.score);
    expect(pair.score).toBe(of("ibm")?.score);
    expect(mustEvidence(pair.breakdown).find((e) => e.requirement === "Terraform")?.via).toBe("similar");
    expect(Object.keys(pair.breakdown as object)).toContain("summary_similarity");
  });

  it("embeds each taxonomy skill once, whatever the number of documents naming it", async () => {
    const embedder = createEmbedder({ openaiApiKey: "sk-test", openaiBaseUrl: fake.baseURL });
    await tenantWith(embedder);
    const before = fake.embeddingRequests.length;
    await tenantWith(embedder);
    const inputs = fake.embeddingRequests
      .slice(before)
      .flatMap((r) => (Array.isArray(r.input) ? r.input : [r.input]));
    expect(inputs.some((text) => text.startsWith("Terraform ("))).toBe(false);
    expect(inputs.filter((text) => text.includes("Platform engineering"))).toHaveLength(1); // the job's summary, again
  });

  it("a failing embeddings API leaves the document parsed, with a warning on its card", async () => {
    const embedder = createEmbedder({ openaiApiKey: "sk-test", openaiBaseUrl: fake.baseURL });
    fake.failNextEmbeddings(400);
    const tenant = `emb-${randomUUID().slice(0, 8)}`;
    const { documentId, card } = await persist(tenant, "resume", cvs.neither);
    const embedded = await embedDocument(
      { storage, embedder },
      { tenantId: tenant, documentId, kind: "resume" },
      card,
    );
    expect(embedded.meta?.warnings?.[0]).toMatch(/^Embeddings unavailable/);
  });
});
