import type { CreativeJobV1, JobCardV1, Normalizer, ResumeCardV1 } from "@futodama/core";
import { screenCv } from "../analysis/guard";

/*
 * What the model reads besides the CV text: the job, compacted, and the CV card with every
 * editable value labelled by its path, so that the paths the model proposes are the source
 * card's. Both are fenced like the CV (data, never instructions), and the card's texts are
 * screened like the CV text: they were parsed from it, injected lines included.
 */

const strip = (text: string, tag: string) => text.replace(new RegExp(`</?${tag}>`, "gi"), "");

export function tailorJobContext(job: JobCardV1 | CreativeJobV1, normalizer: Normalizer): string {
  const requirements = [...job.requirements.must_have, ...job.requirements.nice_to_have];
  const keywords = new Set<string>();
  for (const r of requirements) for (const m of normalizer.findSkills(r.text)) keywords.add(m.label);
  if (job.schema === "creative-job-v1") for (const tool of job.creative.tools) keywords.add(tool);
  const compact = {
    title: job.basics.title,
    must_have: job.requirements.must_have.map((r) => r.text),
    nice_to_have: job.requirements.nice_to_have.map((r) => r.text),
    keywords: [...keywords],
  };
  return `<job>\n${strip(JSON.stringify(compact, null, 1), "job")}\n</job>`;
}

export interface CardContext {
  /** The fenced, indexed card. */
  text: string;
  /** Instruction-like text found in the card's values (withheld like the CV's). */
  found: string[];
}

export function cvCardContext(resume: ResumeCardV1): CardContext {
  const found = new Set<string>();
  const clean = (value: string | null | undefined): string | null => {
    if (value === null || value === undefined) return null;
    const screened = screenCv(value);
    for (const f of screened.found) found.add(f);
    return screened.text;
  };
  const card = {
    headline: { path: "personal_info.headline", text: clean(resume.personal_info.headline) },
    summary: { path: "summary", text: clean(resume.summary) },
    work_experience: resume.work_experience.map((w, i) => ({
      path: `work_experience[${i}]`,
      title: clean(w.title),
      company: clean(w.company),
      start: w.start ?? null,
      end: w.current ? "present" : (w.end ?? null),
      bullets: w.bullets.map((b, j) => ({ path: `work_experience[${i}].bullets[${j}]`, text: clean(b) })),
    })),
    skills: resume.skills.map((s, i) => ({
      path: `skills[${i}].name`,
      name: clean(s.name),
      category: s.category ?? null,
    })),
    projects: (resume.projects ?? []).map((p, i) => ({
      path: `projects[${i}]`,
      name: clean(p.name),
      description: clean(p.description),
    })),
    education: resume.education.map((e) => ({
      degree: clean(e.degree),
      field: clean(e.field),
      institution: clean(e.institution),
    })),
    certifications: resume.certifications.map((c) => clean(c.name)),
    languages: resume.languages.map((l) => l.name ?? l.language),
  };
  return {
    text: `<cv_card>\n${strip(JSON.stringify(card, null, 1), "cv_card")}\n</cv_card>`,
    found: [...found],
  };
}
