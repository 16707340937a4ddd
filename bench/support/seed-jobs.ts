import { createHash } from "node:crypto";
import { JobCardV1Schema, loadTaxonomy } from "../../packages/core/src/index";
import type { Db } from "../../packages/storage/src/database";
import { documents, jobs, liveScores, matchSessions, tailorings } from "../../packages/storage/src/schema";
import { seededDocument } from "./seed-cvs";

/** A small deterministic PRNG (mulberry32), so every run seeds the same tenant. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export interface JobSeed {
  jobs: number;
  /** Live scores per open job (DocumentIngest keeps a job's step-1 top 500). */
  scoresPerJob: number;
  deepDives: number;
  tailorings: number;
}

export interface SeededJobs {
  openJobs: number;
  liveScores: number;
}

/**
 * Jobs as a recruiting team has them next to its CVs: mostly parsed (1 in 20 failed, 1 in 20
 * still queued), of which 3 in 5 open, 1 in 5 on hold, 1 in 5 closed; each asks for 6 must-have
 * and 3 nice-to-have skills drawn from the CVs' own skills, the common ones more often. Each
 * parsed job has its step-1 session; each open job its live ranking (`scoresPerJob` CVs, scores
 * spread like real step-1 scores: most in the middle). Then some deep dives and tailorings.
 */
export async function seedJobsAndScores(
  db: Db,
  tenantId: string,
  resumeIds: string[],
  skillIds: string[],
  seed: JobSeed,
): Promise<SeededJobs> {
  const next = random(13);
  const taxonomy = loadTaxonomy();
  const skill = () => skillIds[Math.floor(skillIds.length * next() ** 2)]!;
  const requirement = (id: string) => ({
    text: taxonomy.skillById(id)?.label ?? id,
    kind: "skill",
    skill_id: id,
  });
  const plans = Array.from({ length: seed.jobs }, (_, i) => {
    const status =
      i % 20 === 0 ? ("failed" as const) : i % 20 === 1 ? ("queued" as const) : ("parsed" as const);
    const stage = i % 5 === 0 ? "on_hold" : i % 5 === 1 ? "closed" : "open";
    const card =
      status === "parsed"
        ? JobCardV1Schema.parse({
            schema: "job-card-v1",
            basics: { title: `Job ${i}` },
            requirements: {
              must_have: Array.from({ length: 6 }, () => requirement(skill())),
              nice_to_have: Array.from({ length: 3 }, () => requirement(skill())),
            },
          })
        : null;
    return {
      i,
      status,
      stage,
      card,
      sha256: createHash("sha256").update(`${tenantId}:job:${i}`).digest("hex"),
    };
  });
  const docs = await db
    .insert(documents)
    .values(plans.map((p) => seededDocument(tenantId, "job", `job-${p.i}.txt`, p.sha256, p.status)))
    .returning({ id: documents.id });
  const rows = await db
    .insert(jobs)
    .values(
      plans.map((p, k) => ({
        tenantId,
        documentId: docs[k]!.id,
        status: p.status,
        stage: p.stage,
        title: p.card ? `Job ${p.i}` : null,
        card: p.card,
        ...(p.status === "failed" ? { error: "The file is empty", errorCode: "document.empty" } : {}),
      })),
    )
    .returning({ id: jobs.id, status: jobs.status, stage: jobs.stage });
  const parsed = rows.filter((r) => r.status === "parsed");
  const open = parsed.filter((r) => r.stage === "open");
  await db.insert(matchSessions).values(
    parsed.map((r) => ({
      tenantId,
      jobId: r.id,
      kind: "step1" as const,
      status: "done" as const,
      total: 500,
      done: 500,
    })),
  );
  let scores = 0;
  for (const job of open) {
    const picked = new Set<string>();
    while (picked.size < Math.min(seed.scoresPerJob, resumeIds.length))
      picked.add(resumeIds[Math.floor(next() * resumeIds.length)]!);
    const values = [...picked].map((resumeId) => ({
      tenantId,
      jobId: job.id,
      resumeId,
      score: Math.round(((next() + next() + next()) / 3) * 10_000) / 100,
      breakdown: {},
    }));
    await db.insert(liveScores).values(values);
    scores += values.length;
  }
  for (let k = 0; k < seed.deepDives; k++) {
    const job = open[k % open.length]!;
    await db
      .insert(matchSessions)
      .values({ tenantId, jobId: job.id, kind: "step2", status: "done", total: 5, done: 4, failed: 1 });
  }
  await db.insert(tailorings).values(
    Array.from({ length: seed.tailorings }, (_, k) => ({
      tenantId,
      jobId: open[k % open.length]!.id,
      resumeId: resumeIds[k % resumeIds.length]!,
      status: "done" as const,
    })),
  );
  return { openJobs: open.length, liveScores: scores };
}
