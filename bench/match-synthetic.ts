/**
 * Synthetic tenants for the match benchmarks, generated from the committed taxonomy: each CV
 * has a primary field (a curated skill category), 5–25 skills drawn Zipf-wise (70% from its
 * field, 30% from everything), years, titles, languages and a city. Jobs are drawn the same
 * way. Seeded, so every run sees the same tenant.
 */
import {
  type CandidateFeatures,
  type JobCardV1,
  JobCardV1Schema,
  loadTaxonomy,
  type SkillEntry,
} from "../packages/core/src/index";
import { contentTokens, phraseKey, sortedUnique } from "../packages/core/src/match/text";

export function rng(seed: number) {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Zipf(s = 1) over n ranks, by inverse CDF on precomputed cumulative weights. */
function zipf(n: number): (u: number) => number {
  const cdf = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    sum += 1 / (i + 1);
    cdf[i] = sum;
  }
  return (u) => {
    const x = u * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cdf[mid] ?? 0) < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

const FIELD_TITLES: Record<string, string[]> = {
  backend: ["Backend Engineer", "Software Developer", "Java Developer"],
  frontend: ["Frontend Developer", "Web Developer", "UI Engineer"],
  data: ["Data Engineer", "Data Analyst", "Data Scientist"],
  devops: ["DevOps Engineer", "Site Reliability Engineer", "Platform Engineer"],
  cloud: ["Cloud Engineer", "Solutions Architect"],
  finance: ["Accountant", "Financial Controller", "Financial Analyst"],
  healthcare: ["Registered Nurse", "Nurse Practitioner"],
  logistics: ["Warehouse Team Lead", "Logistics Coordinator"],
  design: ["Graphic Designer", "UX Designer", "Product Designer"],
  sales: ["Account Executive", "Sales Manager"],
  marketing: ["Marketing Manager", "Digital Marketing Specialist"],
  hr: ["HR Business Partner", "Recruiter"],
};
const OTHER_TITLES = [
  "Software Engineer",
  "Project Manager",
  "Consultant",
  "Business Analyst",
  "QA Engineer",
];
const CITIES: Array<[string, string]> = [
  ["london", "gb"],
  ["copenhagen", "dk"],
  ["aarhus", "dk"],
  ["berlin", "de"],
  ["munich", "de"],
  ["paris", "fr"],
  ["leeds", "gb"],
  ["dublin", "ie"],
  ["amsterdam", "nl"],
  ["odense", "dk"],
  ["manchester", "gb"],
  ["hamburg", "de"],
  ["lyon", "fr"],
  ["bristol", "gb"],
  ["aalborg", "dk"],
];
const LANGS = ["en", "da", "de", "fr", "es", "nl", "sv", "pl", "ar", "it"];
const BULLET_WORDS = [
  "payments",
  "logistics",
  "booking",
  "migration",
  "mentoring",
  "latency",
  "compliance",
  "reporting",
  "onboarding",
  "forecasting",
];

export interface Synthetic {
  fields: string[];
  skills: SkillEntry[];
  candidate(i: number): { features: CandidateFeatures; labels: string[] };
  job(i: number): JobCardV1;
}

export function synthetic(seed = 7): Synthetic {
  const taxonomy = loadTaxonomy();
  const curated = taxonomy.skills.filter((s) => s.source === "curated");
  const byField = new Map<string, SkillEntry[]>();
  for (const s of curated) byField.set(s.category, [...(byField.get(s.category) ?? []), s]);
  const fields = [...byField.keys()].sort(
    (a, b) => (byField.get(b)?.length ?? 0) - (byField.get(a)?.length ?? 0),
  );
  const fieldZipf = zipf(fields.length);
  const globalZipf = zipf(curated.length);
  const zipfs = new Map([...byField].map(([f, list]) => [f, zipf(list.length)]));
  const skillTokens = new Map(curated.map((s) => [s.id, contentTokens(s.label)]));

  const drawSkills = (r: () => number, field: string, count: number): SkillEntry[] => {
    const own = byField.get(field) ?? curated;
    const z = zipfs.get(field) ?? globalZipf;
    const out = new Map<string, SkillEntry>();
    for (let tries = 0; out.size < count && tries < count * 4; tries++) {
      const s = r() < 0.7 ? own[z(r())] : curated[globalZipf(r())];
      if (s) out.set(s.id, s);
    }
    return [...out.values()];
  };
  const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;

  return {
    fields,
    skills: curated,
    candidate(i) {
      const r = rng(seed * 1_000_003 + i);
      const field = fields[fieldZipf(r())] ?? "backend";
      const skills = drawSkills(r, field, 5 + Math.floor(r() * 21));
      const titleList = FIELD_TITLES[field] ?? OTHER_TITLES;
      const titles = [...new Set([pick(r, titleList), pick(r, r() < 0.7 ? titleList : OTHER_TITLES)])];
      const years = Math.round(Math.min(40, -Math.log(1 - r()) * 7) * 10) / 10;
      const [city, country] = pick(r, CITIES);
      const languages = new Map<string, number>([
        [r() < 0.8 ? "en" : pick(r, LANGS), 4 + Math.floor(r() * 3)],
      ]);
      for (let n = Math.floor(r() * 3); n > 0; n--) languages.set(pick(r, LANGS), 1 + Math.floor(r() * 6));
      const words = [pick(r, BULLET_WORDS), pick(r, BULLET_WORDS)];
      const features: CandidateFeatures = {
        skillIds: skills.map((s) => s.id),
        tokens: sortedUnique([
          ...skills.flatMap((s) => skillTokens.get(s.id) ?? []),
          ...titles.flatMap(contentTokens),
          ...words,
        ]),
        titles: titles.map(phraseKey),
        recentTitles: 1,
        titleTokens: sortedUnique(titles.flatMap(contentTokens)),
        seniorityRank: years < 2 ? 1 : years < 5 ? 2 : 3,
        years,
        languages: [...languages].sort().map(([code, level]) => ({ code, level })),
        city: r() < 0.05 ? null : city,
        country,
        degreeRank: pick(r, [0, 1, 3, 3, 3, 4, 4, 5]),
      };
      return { features, labels: skills.map((s) => s.label) };
    },
    job(i) {
      const r = rng(seed * 7_777_777 + i);
      const field = fields[fieldZipf(r())] ?? "backend";
      const skills = drawSkills(r, field, 5 + Math.floor(r() * 6));
      const mustCount = Math.min(skills.length - 1, 3 + Math.floor(r() * 3));
      const req = (s: SkillEntry) => ({ text: s.label, kind: "skill" as const, skill_id: s.id });
      const [city, country] = pick(r, CITIES);
      const title = pick(r, FIELD_TITLES[field] ?? OTHER_TITLES);
      return JobCardV1Schema.parse({
        schema: "job-card-v1",
        basics: {
          title,
          normalized_title: title,
          seniority: pick(r, [null, "junior", "mid", "senior"]),
          location: { city, country },
          work_mode: pick(r, ["onsite", "hybrid", "hybrid", "remote"]),
        },
        requirements: {
          must_have: skills.slice(0, mustCount).map(req),
          nice_to_have: [
            ...skills.slice(mustCount).map(req),
            { text: `Experience with ${pick(r, BULLET_WORDS)}`, kind: "experience" },
          ],
        },
        language_requirements: [{ language: "en", level: pick(r, ["B2", "C1", "fluent"]), required: true }],
        years_required: Math.floor(r() * 7),
      });
    },
  };
}
