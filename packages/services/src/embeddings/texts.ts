import { createHash } from "node:crypto";
import { type JobCardV1, loadTaxonomy, type ResumeCardV1 } from "@futodama/core";

/*
 * What is embedded (issue 14): a taxonomy skill as its label and a few aliases; a CV's summary
 * (its own summary, headline, latest titles and skills); a job's summary (title, overview,
 * responsibilities, requirements); and each job requirement that names no taxonomy skill (prose:
 * "experience building scalable microservices"), so it can find the skills near it.
 */

const MAX_ALIASES = 5;

export function skillText(skillId: string): string {
  const skill = loadTaxonomy().skillById(skillId);
  if (skill === undefined) return skillId;
  const aliases = skill.aliases.slice(0, MAX_ALIASES);
  return aliases.length > 0 ? `${skill.label} (${aliases.join(", ")})` : skill.label;
}

/** The stored part of a requirement's embedding: keyed by its text, as step 1 sees it. */
export function requirementPart(text: string): string {
  return `requirement:${createHash("sha256").update(text).digest("hex").slice(0, 16)}`;
}

const joined = (parts: Array<string | null | undefined>) =>
  parts
    .map((p) => p?.trim())
    .filter((p): p is string => Boolean(p))
    .join(". ");

export function resumeSummaryText(card: ResumeCardV1): string {
  return joined([
    card.summary,
    card.personal_info.headline,
    ...card.work_experience.slice(0, 3).map((w) => w.title),
    card.skills
      .slice(0, 20)
      .map((s) => s.name)
      .join(", "),
  ]);
}

export function jobSummaryText(card: JobCardV1): string {
  const { requirements } = card;
  return joined([
    card.basics.title,
    card.overview?.summary,
    ...(card.overview?.responsibilities ?? []).slice(0, 5),
    ...[...requirements.must_have, ...requirements.nice_to_have].slice(0, 15).map((r) => r.text),
  ]);
}

/** What one document asks to embed: taxonomy skills (shared) and its own parts. */
export interface EmbeddingPlan {
  skillIds: string[];
  parts: Array<{ part: string; text: string }>;
}

export function embeddingPlan(kind: "job" | "resume", card: unknown): EmbeddingPlan {
  if (kind === "resume") {
    const cv = card as ResumeCardV1;
    const summary = resumeSummaryText(cv);
    return {
      skillIds: [...new Set(cv.skills.flatMap((s) => (s.id ? [s.id] : [])))],
      parts: summary === "" ? [] : [{ part: "summary", text: summary }],
    };
  }
  const job = card as JobCardV1;
  const all = [...job.requirements.must_have, ...job.requirements.nice_to_have].filter(
    (r) => r.kind !== "language",
  );
  const summary = jobSummaryText(job);
  const prose = [...new Set(all.filter((r) => !r.skill_id || r.kind === "experience").map((r) => r.text))];
  return {
    skillIds: [...new Set(all.flatMap((r) => (r.skill_id ? [r.skill_id] : [])))],
    parts: [
      ...(summary === "" ? [] : [{ part: "summary", text: summary }]),
      ...prose.map((text) => ({ part: requirementPart(text), text })),
    ],
  };
}
