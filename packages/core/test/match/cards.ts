import { type JobCardV1, type JobCardV1Input, JobCardV1Schema } from "../../src/job/job-card-v1";
import {
  type ResumeCardV1,
  type ResumeCardV1Input,
  ResumeCardV1Schema,
} from "../../src/resume/resume-card-v1";

/** Small hand-made cards: the scorer's behaviour without depending on the parsers. */

type Req = {
  text: string;
  skill_id?: string | null;
  kind?: "skill" | "experience" | "education" | "certification";
};

export function jobCard(input: {
  title?: string;
  normalized?: string | null;
  seniority?: "junior" | "mid" | "senior" | "lead";
  must?: Req[];
  nice?: Req[];
  city?: string;
  country?: string;
  workMode?: "onsite" | "hybrid" | "remote";
  languages?: Array<{
    language: string;
    level?: "B2" | "C1" | "fluent" | "native" | null;
    required?: boolean;
  }>;
  years?: number | null;
}): JobCardV1 {
  const req = (r: Req) => ({ text: r.text, kind: r.kind ?? "skill", skill_id: r.skill_id ?? null });
  const card: JobCardV1Input = {
    schema: "job-card-v1",
    basics: {
      title: input.title ?? "Backend Engineer",
      normalized_title: input.normalized === undefined ? "Software Developer" : input.normalized,
      seniority: input.seniority ?? null,
      location:
        input.city || input.country ? { city: input.city ?? null, country: input.country ?? null } : null,
      work_mode: input.workMode ?? "onsite",
    },
    requirements: { must_have: (input.must ?? []).map(req), nice_to_have: (input.nice ?? []).map(req) },
    language_requirements: input.languages ?? [],
    years_required: input.years ?? null,
  };
  return JobCardV1Schema.parse(card);
}

export function resumeCard(input: {
  skills?: Array<[id: string | null, name: string]>;
  headline?: string;
  titles?: Array<[title: string, normalized: string | null]>;
  bullets?: string[];
  years?: number | null;
  city?: string;
  country?: string;
  languages?: Array<[code: string, level: "B1" | "B2" | "C1" | "fluent" | "native"]>;
  degree?: string;
  certifications?: string[];
}): ResumeCardV1 {
  const card: ResumeCardV1Input = {
    schema: "resume-card-v1",
    personal_info: {
      headline: input.headline ?? null,
      location:
        input.city || input.country ? { city: input.city ?? null, country: input.country ?? null } : null,
    },
    work_experience: (input.titles ?? []).map(([title, normalized], i) => ({
      title,
      normalized_title: normalized,
      start: `${2020 - 3 * i}-01`,
      end: i === 0 ? null : `${2023 - 3 * i}-01`,
      current: i === 0,
      bullets: i === 0 ? (input.bullets ?? []) : [],
    })),
    skills: (input.skills ?? []).map(([id, name]) => ({ id, name, raw: name })),
    languages: (input.languages ?? []).map(([language, level]) => ({ language, level })),
    education: input.degree ? [{ degree: input.degree, institution: "University of Testing" }] : [],
    certifications: (input.certifications ?? []).map((name) => ({ name })),
    total_years_experience: input.years ?? null,
  };
  return ResumeCardV1Schema.parse(card);
}
