import { describe, expect, it } from "vitest";
import type { JobCardV1 } from "../../src/job/job-card-v1";
import {
  type CandidateFeatures,
  CandidateIndex,
  candidateFeatures,
  type JobQuery,
  jobQuery,
  scoreCandidate,
} from "../../src/match";
import { jobCard, resumeCard } from "./cards";

/** A seeded generator (mulberry32) so a failure reproduces. */
function random(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const some = <T>(list: readonly T[], max: number): T[] => [
    ...new Set(Array.from({ length: Math.floor(next() * (max + 1)) }, () => pick(list))),
  ];
  return { next, pick, some };
}

const skills: Array<[string, string]> = [
  ["sk_sql", "SQL"],
  ["sk_postgresql", "PostgreSQL"],
  ["sk_mysql", "MySQL"],
  ["sk_typescript", "TypeScript"],
  ["sk_javascript", "JavaScript"],
  ["sk_java", "Java"],
  ["sk_go", "Go"],
  ["sk_python", "Python"],
  ["sk_docker", "Docker"],
  ["sk_kubernetes", "Kubernetes"],
  ["sk_terraform", "Terraform"],
  ["sk_react", "React"],
];
const words = [
  "logistics",
  "payments",
  "nmc",
  "registration",
  "forklift",
  "agile",
  "mentoring",
  "kafka",
  "ifrs",
];
const titles: Array<[string, string]> = [
  ["Backend Engineer", "Software Developer"],
  ["Data Engineer", "Data Engineer"],
  ["Registered Nurse", "Registered Nurses"],
  ["Senior Accountant", "Accountants and Auditors"],
];
const places: Array<[string, string]> = [
  ["Aarhus", "Denmark"],
  ["Copenhagen", "Denmark"],
  ["Leeds", "United Kingdom"],
  ["Bristol", "United Kingdom"],
];
const levels = ["B1", "B2", "C1", "fluent", "native"] as const;

function randomCandidate(r: ReturnType<typeof random>): CandidateFeatures {
  const [city, country] = r.next() < 0.15 ? [undefined, undefined] : r.pick(places);
  return candidateFeatures(
    resumeCard({
      skills: r.some(skills, 6),
      titles: r.some(titles, 2),
      headline: r.next() < 0.3 ? r.pick(titles)[0] : undefined,
      bullets: [r.some(words, 3).join(" and ")].filter((b) => b !== ""),
      years: r.next() < 0.1 ? null : Math.round(r.next() * 200) / 10,
      city,
      country,
      languages: r.some(["en", "da", "de"], 2).map((code) => [code, r.pick(levels)]),
      degree: r.pick([undefined, "BSc Computer Science", "MSc", "PhD", "NVQ Level 3"]),
      certifications: r.next() < 0.2 ? ["NMC registration"] : [],
    }),
  );
}

function randomJob(r: ReturnType<typeof random>): JobCardV1 {
  const req = () =>
    r.next() < 0.25
      ? { text: `Experience with ${r.some(words, 2).join(" ") || "kafka"}` }
      : (([id, name]) => ({ text: name, skill_id: id }))(r.pick(skills));
  const [title, normalized] = r.pick(titles);
  const [city, country] = r.pick(places);
  return jobCard({
    title,
    normalized,
    seniority: r.pick([undefined, "junior", "senior"] as const),
    must: Array.from({ length: Math.floor(r.next() * 4) }, req),
    nice: Array.from({ length: Math.floor(r.next() * 4) }, req),
    city,
    country,
    workMode: r.pick(["onsite", "hybrid", "remote"] as const),
    languages:
      r.next() < 0.5
        ? [
            {
              language: r.pick(["en", "da"]),
              level: r.pick(["B2", "fluent", null] as const),
              required: r.next() < 0.7,
            },
          ]
        : [],
    years: r.next() < 0.5 ? Math.floor(r.next() * 8) : null,
  });
}

function bruteForce(job: JobQuery, all: Map<string, CandidateFeatures>, k: number) {
  return [...all]
    .map(([id, f]) => ({ id, score: scoreCandidate(job, f).score }))
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
    .slice(0, k);
}

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
