import type { JobCardV1 } from "../../src/job/job-card-v1";
import { type CandidateFeatures, candidateFeatures, type JobQuery, scoreCandidate } from "../../src/match";
import { jobCard, resumeCard } from "./cards";

/* Random tenants for the index tests: candidates and jobs over a small fixed vocabulary. */

/** A seeded generator (mulberry32) so a failure reproduces. */
export function random(seed: number) {
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

export function randomCandidate(r: ReturnType<typeof random>): CandidateFeatures {
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

export function randomJob(r: ReturnType<typeof random>): JobCardV1 {
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

export function bruteForce(job: JobQuery, all: Map<string, CandidateFeatures>, k: number) {
  return [...all]
    .map(([id, f]) => ({ id, score: scoreCandidate(job, f).score }))
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
    .slice(0, k);
}
