import type { CvSource, JobSource } from "../source/types";
import { hasMonths } from "./locale";

/**
 * Expected cards, written from the same source as the rendered file. They follow the codex
 * shapes (resume-card-v1, job-card-v1, creative-job-v1) and carry only what the scorer compares.
 */

function linkKind(url: string): string {
  if (/linkedin\.com/i.test(url)) return "linkedin";
  if (/github\.com|gitlab\.com/i.test(url)) return "github";
  if (/behance\.net|dribbble\.com|artstation\.com/i.test(url)) return "portfolio";
  return "website";
}

export function expectedResume(cv: CvSource): Record<string, unknown> {
  const months = hasMonths(cv.style.dates);
  const date = (value: string) => (months ? value : value.slice(0, 4));
  return {
    schema: "resume-card-v1",
    language: cv.language,
    personal_info: {
      name: cv.name,
      email: cv.email,
      phone: cv.phone,
      location: { city: cv.city, country: cv.country, raw: `${cv.city}, ${cv.country}` },
      links: cv.links.map((url) => ({
        kind: linkKind(url),
        url: /^https?:\/\//.test(url) ? url : `https://${url}`,
      })),
      headline: cv.headline,
    },
    work_experience: cv.experience.map((job) => ({
      title: job.title,
      company: job.company,
      location: { raw: job.city },
      start: date(job.start),
      end: job.end === null ? null : date(job.end),
      current: job.end === null,
    })),
    education: cv.education.map((school) => ({
      degree: school.degree,
      field: school.field,
      institution: school.institution,
      start: school.start.slice(0, 4),
      end: school.end.slice(0, 4),
    })),
    skills: cv.skills.map((name) => ({ name })),
    languages: cv.languages.map((l) => ({ language: l.code, name: l.name, level: l.level })),
    certifications: cv.certifications.map((c) => ({ name: c.name, issuer: c.issuer, date: c.year })),
  };
}

/** Requirement kind, for schema validity only: the scorer does not compare kinds. */
function kindOf(text: string): string {
  if (
    /\b(degree|bachelor|master|msc|bsc|diploma|uddannelse|uddannet|ausbildung|studium|diplôme)\b/i.test(text)
  )
    return "education";
  if (/certif|autorisation|zertifi|licen[cs]e|truck|forklift/i.test(text)) return "certification";
  if (
    /\b(english|danish|german|french|arabic|engelsk|dansk|tysk|deutsch|englisch|anglais|français)\b/i.test(
      text,
    )
  )
    return "language";
  if (/\d+\+?\s*(years?|år|jahre|ans)|experience|erfaring|erfahrung|expérience/i.test(text))
    return "experience";
  return text.split(/\s+/).length <= 4 ? "skill" : "other";
}

function trimSentence(text: string): string {
  return text.replace(/[.!]\s*$/, "");
}

export function expectedJob(job: JobSource): Record<string, unknown> {
  const requirement = (text: string) => ({ text, kind: kindOf(text) });
  const inBucket = (bucket: "must" | "nice") => [
    ...job.sections.filter((s) => s.bucket === bucket).flatMap((s) => s.items.map(requirement)),
    ...(job.prose?.sentences ?? [])
      .filter((s) => s.bucket === bucket)
      .map((s) => requirement(trimSentence(s.text))),
  ];
  const card: Record<string, unknown> = {
    schema: job.schema,
    language: job.language,
    basics: {
      title: job.title,
      company: job.company,
      location: { city: job.city, country: job.country, raw: `${job.city}, ${job.country}` },
      work_mode: job.workMode,
      employment_type: job.employmentType,
    },
    requirements: { must_have: inBucket("must"), nice_to_have: inBucket("nice") },
    language_requirements: job.languageRequirements.map((l) => ({
      language: l.code,
      level: l.level,
      required: l.required,
    })),
    years_required: job.yearsRequired,
    contact: { name: job.contact.name, email: job.contact.email, phone: job.contact.phone },
  };
  if (job.creative) {
    card.creative = {
      disciplines: job.creative.disciplines,
      tools: job.creative.tools,
      portfolio: { required: job.creative.portfolioRequired },
      deliverables: [],
    };
  }
  return card;
}
