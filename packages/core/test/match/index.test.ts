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

describe("CandidateIndex", () => {
  const r = random(42);
  const all = new Map<string, CandidateFeatures>();
  for (let i = 0; i < 2000; i++) all.set(`cv-${String(i).padStart(4, "0")}`, randomCandidate(r));
  const index = new CandidateIndex();
  for (const [id, f] of all) index.add(id, f);
  const jobs = Array.from({ length: 25 }, () => jobQuery(randomJob(r)));

  it("ranks exactly as the scorer does, on 2,000 random candidates and 25 random jobs", () => {
    for (const job of jobs) {
      const expected = bruteForce(job, all, 100);
      for (const k of [1, 10, 100]) expect(index.topK(job, k)).toEqual(expected.slice(0, k));
    }
  }, 60_000);

  it("explains a candidate with the same score as topK", () => {
    for (const job of jobs.slice(0, 5)) {
      for (const { id, score } of index.topK(job, 20)) {
        expect(index.explain(job, id)?.score).toBe(score);
        expect(scoreCandidate(job, all.get(id) as CandidateFeatures).score).toBe(score);
      }
    }
    expect(index.explain(jobs[0] as JobQuery, "nobody")).toBeNull();
  });

  it("removes and updates candidates incrementally", () => {
    const small = new CandidateIndex();
    const job = jobQuery(jobCard({ must: [{ text: "PostgreSQL", skill_id: "sk_postgresql" }] }));
    const strong = candidateFeatures(resumeCard({ skills: [["sk_postgresql", "PostgreSQL"]] }));
    const weak = candidateFeatures(resumeCard({ skills: [["sk_java", "Java"]] }));
    small.add("a", weak);
    small.add("b", strong);
    expect(small.topK(job, 1)[0]?.id).toBe("b");
    small.add("b", weak); // b's CV changed
    small.add("a", strong);
    expect(small.size).toBe(2);
    expect(small.topK(job, 2).map((x) => x.id)).toEqual(["a", "b"]);
    expect(small.remove("a")).toBe(true);
    expect(small.remove("a")).toBe(false);
    expect(small.has("a")).toBe(false);
    expect(small.topK(job, 5).map((x) => x.id)).toEqual(["b"]);
  });

  it("stays equal to the scorer through many removals, updates and compactions", () => {
    const live = new Map(all);
    const ids = [...all.keys()];
    const index2 = new CandidateIndex();
    for (const [id, f] of all) index2.add(id, f);
    for (let i = 0; i < 1500; i++) {
      const id = r.pick(ids);
      if (r.next() < 0.5) {
        index2.remove(id);
        live.delete(id);
      } else {
        const f = randomCandidate(r);
        index2.add(id, f);
        live.set(id, f);
      }
    }
    expect(index2.size).toBe(live.size);
    for (const job of jobs.slice(0, 10)) expect(index2.topK(job, 50)).toEqual(bruteForce(job, live, 50));
  }, 60_000);

  it("breaks ties by id and handles k larger than the index", () => {
    const tie = new CandidateIndex();
    const f = candidateFeatures(resumeCard({ skills: [["sk_go", "Go"]] }));
    for (const id of ["c", "a", "b"]) tie.add(id, f);
    const job = jobQuery(jobCard({ must: [{ text: "Go", skill_id: "sk_go" }] }));
    expect(tie.topK(job, 10).map((x) => x.id)).toEqual(["a", "b", "c"]);
    expect(tie.topK(job, 0)).toEqual([]);
  });
});
