import type { ResumeCardV1 } from "../resume/resume-card-v1";
import { normalizePhrase } from "../taxonomy/text";
import type { AtsReport, Coverage } from "./resume-tailor-v1";

/** About this many words fill an A4 page of a single-column CV. */
export const wordsPerPage = 450;

/** The lines of the card a reader (and an ATS) sees, in document order. */
export function visibleLines(card: ResumeCardV1): string[] {
  const p = card.personal_info;
  const lines: (string | null | undefined)[] = [
    p.name,
    p.email,
    p.phone,
    p.location?.raw,
    p.headline,
    card.summary,
  ];
  for (const role of card.work_experience) {
    lines.push(role.title, role.company, role.start, role.end, ...role.bullets);
  }
  for (const e of card.education) lines.push(e.degree, e.field, e.institution, e.start, e.end);
  lines.push(...card.skills.map((s) => s.name));
  lines.push(...card.languages.map((l) => l.name ?? l.language));
  lines.push(...card.certifications.map((c) => c.name));
  for (const project of card.projects ?? []) lines.push(project.name, project.description);
  return lines.filter((l): l is string => typeof l === "string" && l.trim() !== "");
}

const sections: [string, (card: ResumeCardV1) => boolean, boolean][] = [
  ["contact", (c) => Boolean(c.personal_info.email || c.personal_info.phone), true],
  ["summary", (c) => Boolean(c.summary || c.personal_info.headline), true],
  ["experience", (c) => c.work_experience.length > 0, true],
  ["education", (c) => c.education.length > 0, true],
  ["skills", (c) => c.skills.length > 0, true],
  ["languages", (c) => c.languages.length > 0, false],
  ["certifications", (c) => c.certifications.length > 0, false],
  ["projects", (c) => (c.projects ?? []).length > 0, false],
];

/** Job keywords (the skills the job names) in the tailored CV, its sections and its length. */
export function atsReport(card: ResumeCardV1, coverage: Coverage): AtsReport {
  const lines = visibleLines(card);
  const text = lines.join("\n");
  const folded = ` ${normalizePhrase(text)} `;
  const items = [...coverage.must_have, ...coverage.nice_to_have].filter((i) => i.job_term !== null);
  const present: string[] = [];
  const missingSupported: string[] = [];
  const missingUnsupported: string[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    const term = item.job_term as string;
    const key = normalizePhrase(term);
    if (key === "" || seen.has(key)) continue;
    seen.add(key);
    if (folded.includes(` ${key} `)) present.push(term);
    else if (item.status === "missing") missingUnsupported.push(term);
    else missingSupported.push(term);
  }
  const words = text.split(/\s+/).filter(Boolean).length;
  const total = present.length + missingSupported.length + missingUnsupported.length;
  return {
    keywords: {
      present,
      missing_supported: missingSupported,
      missing_unsupported: missingUnsupported,
      coverage: total === 0 ? 1 : Math.round((present.length / total) * 1000) / 1000,
    },
    sections: {
      present: sections.filter(([, has]) => has(card)).map(([name]) => name),
      missing: sections.filter(([, has, standard]) => standard && !has(card)).map(([name]) => name),
    },
    length: {
      words,
      characters: text.length,
      estimated_pages: Math.max(0.1, Math.round((words / wordsPerPage) * 10) / 10),
    },
  };
}
