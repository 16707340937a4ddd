import type { ResumeCardV1 } from "../../packages/core/src/index";
import { type Counts, matchSets, single } from "./counts";
import { containsTokens, norm, overlap, phoneDigits, sameDate, tokens, urlKey } from "./normalize";
import { skillKey } from "./skills-key";

export const resumeFields = [
  "name",
  "email",
  "phone",
  "links",
  "location",
  "experience",
  "education",
  "skills",
  "languages",
  "certifications",
] as const;
export type ResumeField = (typeof resumeFields)[number];

type Experience = ResumeCardV1["work_experience"][number];
type Education = ResumeCardV1["education"][number];

const orNull = <T>(value: T | null | undefined): T | null => value ?? null;

function sameExperience(e: Experience, p: Experience): boolean {
  return (
    norm(e.title) === norm(p.title) &&
    norm(e.company) === norm(p.company) &&
    sameDate(e.start, p.start) &&
    (e.end === null || e.end === undefined ? !p.end : sameDate(e.end, p.end))
  );
}

/** Degree and field may be split differently ("BSc" + "Computer Science" vs "BSc, Computer Science"). */
function sameEducation(e: Education, p: Education): boolean {
  const expectedDegree = `${e.degree ?? ""} ${e.field ?? ""}`;
  const predictedDegree = `${p.degree ?? ""} ${p.field ?? ""}`;
  return (
    norm(e.institution) === norm(p.institution) &&
    containsTokens(predictedDegree, e.degree) &&
    tokens(p.degree).every((t) => tokens(expectedDegree).includes(t))
  );
}

export function scoreResume(
  expected: ResumeCardV1,
  predicted: ResumeCardV1 | null,
): Record<ResumeField, Counts> {
  const e = expected.personal_info;
  const p = predicted?.personal_info;
  const where = (value: ResumeCardV1["personal_info"]["location"]) => value?.city ?? value?.raw ?? null;
  return {
    name: single(orNull(e.name), orNull(p?.name), (a, b) => norm(a) === norm(b)),
    email: single(orNull(e.email), orNull(p?.email), (a, b) => a.toLowerCase() === b.toLowerCase()),
    phone: single(orNull(e.phone), orNull(p?.phone), (a, b) => phoneDigits(a) === phoneDigits(b)),
    links: matchSets(e.links, p?.links ?? [], (a, b) => urlKey(a.url) === urlKey(b.url)),
    location: single(where(e.location), where(p?.location), (a, b) => containsTokens(b, a)),
    experience: matchSets(expected.work_experience, predicted?.work_experience ?? [], sameExperience),
    education: matchSets(expected.education, predicted?.education ?? [], sameEducation),
    skills: matchSets(
      [...new Set(expected.skills.map((s) => skillKey(s.name, s.id)))],
      [...new Set((predicted?.skills ?? []).map((s) => skillKey(s.name, s.id)))],
      (a, b) => a === b,
    ),
    languages: matchSets(
      expected.languages.map((l) => l.language),
      [...new Set((predicted?.languages ?? []).map((l) => l.language))],
      (a, b) => a === b,
    ),
    certifications: matchSets(
      expected.certifications,
      predicted?.certifications ?? [],
      (a, b) => overlap(a.name, b.name) >= 0.6,
    ),
  };
}
