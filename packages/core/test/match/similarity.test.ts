import { describe, expect, it } from "vitest";
import {
  type CandidateFeatures,
  CandidateIndex,
  candidateFeatures,
  type JobQuery,
  jobQuery,
  scoreCandidate,
} from "../../src/match";
import { jobCard, resumeCard } from "./cards";
import { bruteForce, random, randomCandidate, randomJob } from "./random-tenant";

/*
 * Similar skills (issue 14, embeddings): a requirement may carry taxonomy skills near it by
 * embeddings. They earn `similarityCredit` after exact, text and related, and the index still
 * agrees with the scorer to the bit. Offline (no embeddings) no requirement carries any.
 */

const kubernetesCv = candidateFeatures(resumeCard({ skills: [["sk_kubernetes", "Kubernetes"]] }));

/** The job with each requirement's similar skills set as given (what the services add from the database). */
function withSimilar(job: JobQuery, similar: (text: string) => JobQuery["requirements"][number]["similar"]) {
  return { ...job, requirements: job.requirements.map((r) => ({ ...r, similar: similar(r.text) })) };
}

describe("similar skills by embeddings", () => {
  it("are absent offline: every requirement of a job query has none", () => {
    const r = random(7);
    for (let i = 0; i < 20; i++)
      for (const req of jobQuery(randomJob(r)).requirements) expect(req.similar).toEqual([]);
  });

  it("earn partial credit with evidence saying it came from embeddings, and the skill is not missing", () => {
    const base = jobQuery(jobCard({ must: [{ text: "Terraform", skill_id: "sk_terraform" }] }));
    const before = scoreCandidate(base, kubernetesCv);
    expect(before.missingMustHaves).toEqual(["Terraform"]);
    const job = withSimilar(base, () => [{ id: "sk_kubernetes", cosine: 0.83 }]);
    const after = scoreCandidate(job, kubernetesCv);
    const evidence = after.breakdown.must_have.evidence[0];
    expect(evidence).toMatchObject({ matched: true, via: "similar", candidateText: "Kubernetes" });
    expect(evidence?.note).toBe(
      `Kubernetes is similar to Terraform (cosine 0.83, embeddings): partial credit ${job.similarityCredit}`,
    );
    expect(after.breakdown.must_have.score).toBe(job.similarityCredit);
    expect(job.similarityCredit).toBeLessThan(job.relatedCredit);
    expect(after.missingMustHaves).toEqual([]);
    expect(after.score).toBeGreaterThan(before.score);
  });

  it("give a prose requirement with no skill credit through the skills near its text", () => {
    const base = jobQuery(
      jobCard({ must: [{ text: "Experience running container orchestration platforms" }] }),
    );
    expect(scoreCandidate(base, kubernetesCv).breakdown.must_have.score).toBe(0);
    const job = withSimilar(base, () => [{ id: "sk_kubernetes", cosine: 0.71 }]);
    const evidence = scoreCandidate(job, kubernetesCv).breakdown.must_have.evidence[0];
    expect(evidence?.via).toBe("similar");
    expect(evidence?.note).toContain(
      'Kubernetes is similar to "Experience running container orchestration platforms" (cosine 0.71',
    );
  });

  it("come after exact, text and related matches", () => {
    const job = withSimilar(jobQuery(jobCard({ must: [{ text: "Docker", skill_id: "sk_docker" }] })), () => [
      { id: "sk_kubernetes", cosine: 0.9 },
    ]);
    // Kubernetes is Docker's taxonomy neighbour: related (0.5) wins over similar (0.3).
    expect(scoreCandidate(job, kubernetesCv).breakdown.must_have.evidence[0]?.via).toBe("related");
  });

  it("rank in the index exactly as the scorer does (2,000 random candidates, 25 random jobs)", () => {
    const r = random(99);
    const all = new Map<string, CandidateFeatures>();
    for (let i = 0; i < 2000; i++) all.set(`cv-${String(i).padStart(4, "0")}`, randomCandidate(r));
    const index = new CandidateIndex();
    for (const [id, f] of all) index.add(id, f);
    const pool = ["sk_sql", "sk_python", "sk_react", "sk_terraform", "sk_java", "sk_go", "sk_kubernetes"];
    for (let j = 0; j < 25; j++) {
      const job = withSimilar(jobQuery(randomJob(r)), () =>
        r.some(pool, 3).map((id) => ({ id, cosine: 0.6 + Math.round(r.next() * 30) / 100 })),
      );
      const expected = bruteForce(job, all, 100);
      for (const k of [1, 10, 100]) expect(index.topK(job, k)).toEqual(expected.slice(0, k));
      for (const { id, score } of expected.slice(0, 5)) expect(index.explain(job, id)?.score).toBe(score);
    }
  }, 60_000);
});
