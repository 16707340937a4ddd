import { detectInjection } from "../guard";
import type { Requirement } from "../job/job-card-v1";
import { contentTokens } from "../match/text";
import type { ResumeCardV1 } from "../resume/resume-card-v1";
import { defaultNormalizer, type Normalizer } from "../taxonomy/normalizer";
import { normalizePhrase } from "../taxonomy/text";
import { type AnyJobCard, coverageOf } from "./coverage";
import { stringsOf } from "./facts";
import type { ProposedEdit, TailorProposal } from "./proposal";
import { type CoverageItem, type TailorOptionsInput, TailorOptionsSchema } from "./resume-tailor-v1";
import { summaryEdits } from "./summary";

/**
 * The offline tailoring provider: deterministic, explainable, and unable to invent. It puts
 * what the job asks for first (skills, bullets, projects), calls a skill by the job's name when
 * the CV uses another name for the same skill, and says in the summary which requirements the
 * candidate meets. A requirement the CV does not meet is a gap in the coverage, never an edit.
 */
export const rulesTailorVersion = "rules-tailor-1.0.0";

interface Relevance {
  weights: Map<string, number>;
  /** Which requirement a skill id serves (must-haves first). */
  serves: Map<string, string>;
  tokens: Set<string>;
}

function relevanceOf(job: AnyJobCard, normalizer: Normalizer): Relevance {
  const weights = new Map<string, number>();
  const serves = new Map<string, string>();
  const tokens = new Set<string>();
  const add = (reqs: Requirement[], weight: number) => {
    for (const r of reqs) {
      for (const t of contentTokens(r.text)) tokens.add(t);
      if (!r.skill_id) continue;
      if ((weights.get(r.skill_id) ?? 0) < weight) weights.set(r.skill_id, weight);
      if (!serves.has(r.skill_id)) serves.set(r.skill_id, r.text);
      for (const id of normalizer.relatedSkills(r.skill_id)) {
        if (!weights.has(id)) weights.set(id, weight / 3);
        if (!serves.has(id)) serves.set(id, r.text);
      }
    }
  };
  add(job.requirements.must_have, 3);
  add(job.requirements.nice_to_have, 1);
  return { weights, serves, tokens };
}

/** How much a text speaks to the job: its skills by weight, plus a little per job word. */
function scoreText(
  text: string,
  rel: Relevance,
  normalizer: Normalizer,
): { score: number; serves: string | null } {
  let score = 0;
  let serves: string | null = null;
  let best = 0;
  for (const s of normalizer.findSkills(text)) {
    const w = rel.weights.get(s.id) ?? 0;
    score += w;
    if (w > best) [best, serves] = [w, rel.serves.get(s.id) ?? null];
  }
  for (const t of new Set(contentTokens(text))) if (rel.tokens.has(t)) score += 0.25;
  return { score, serves };
}

/** Source indexes, most relevant first; ties keep the CV's order. Null when nothing moves. */
function relevanceOrder(scores: number[]): number[] | null {
  const order = scores.map((_, i) => i).sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || a - b);
  return order.every((v, i) => v === i) ? null : order;
}

const edit = (e: Omit<ProposedEdit, "text" | "order"> & Partial<ProposedEdit>): ProposedEdit => ({
  text: null,
  order: null,
  ...e,
});

/** A listed skill shown under another name than the job's ("Amazon Web Services" for "AWS") takes the job's. */
function renames(card: ResumeCardV1, covered: CoverageItem[], normalizer: Normalizer): ProposedEdit[] {
  const out: ProposedEdit[] = [];
  card.skills.forEach((skill, i) => {
    const item = covered.find((c) => c.skill_id && c.skill_id === skill.id);
    if (!item?.job_term || normalizer.canonicalSkill(item.job_term)?.id !== skill.id) return;
    if (` ${normalizePhrase(skill.name)} `.includes(` ${normalizePhrase(item.job_term)} `)) return;
    out.push(
      edit({
        path: `skills[${i}].name`,
        kind: "rename",
        text: item.job_term,
        reason: `The job says "${item.job_term}" for "${skill.name}"`,
        requirement: item.requirement,
      }),
    );
  });
  return out;
}

/** "Built the SPA in JS" → "Built the SPA in JavaScript": the job's name for a skill the bullet has. */
function withJobNames(
  text: string,
  renamed: CoverageItem[],
  normalizer: Normalizer,
): { text: string; req: string | null } {
  let out = text;
  let req: string | null = null;
  for (const s of [...normalizer.findSkills(text)].reverse()) {
    const item = renamed.find((c) => c.skill_id === s.id);
    if (!item?.job_term || normalizePhrase(item.job_term) === normalizePhrase(s.text)) continue;
    out = `${out.slice(0, s.start)}${item.job_term}${out.slice(s.end)}`;
    req = item.requirement;
  }
  return { text: out, req };
}

export function proposeRulesTailoring(
  job: AnyJobCard,
  resume: ResumeCardV1,
  optionsInput: TailorOptionsInput = {},
  normalizer: Normalizer = defaultNormalizer(),
): TailorProposal {
  const options = TailorOptionsSchema.parse(optionsInput);
  const coverage = coverageOf(job, resume, normalizer);
  const items = [...coverage.must_have, ...coverage.nice_to_have];
  const renamed = items.filter((c) => c.status === "covered_other_name");
  const rel = relevanceOf(job, normalizer);
  const covered = items.filter((c) => c.status !== "missing");
  const edits: ProposedEdit[] = [...renames(resume, covered, normalizer)];

  const skillOrder = relevanceOrder(resume.skills.map((s) => (s.id ? (rel.weights.get(s.id) ?? 0) : 0)));
  if (skillOrder) {
    edits.push(
      edit({
        path: "skills",
        kind: "reorder",
        order: skillOrder,
        reason: "The skills this job asks for first",
        requirement: null,
      }),
    );
  }
  resume.work_experience.forEach((role, i) => {
    const scored = role.bullets.map((b) => scoreText(b, rel, normalizer));
    const order = relevanceOrder(scored.map((s) => s.score));
    if (order) {
      const top = scored[order[0] ?? 0]?.serves ?? null;
      edits.push(
        edit({
          path: `work_experience[${i}].bullets`,
          kind: "reorder",
          order,
          reason: "The bullets that speak to this job first",
          requirement: top,
        }),
      );
    }
    if (options.strategy === "nudge") return;
    role.bullets.forEach((bullet, j) => {
      const { text, req } = withJobNames(bullet, renamed, normalizer);
      if (text !== bullet) {
        edits.push(
          edit({
            path: `work_experience[${i}].bullets[${j}]`,
            kind: "rewrite",
            text,
            reason: "The job's name for a skill the bullet already names",
            requirement: req,
          }),
        );
      }
    });
  });

  const warnings: string[] = [];
  if (options.strategy !== "nudge") {
    const summary = summaryEdits(resume, job, items, options, normalizer);
    edits.push(...summary.edits);
    warnings.push(...summary.warnings);
  }
  if (options.strategy === "full") edits.push(...projectEdits(resume, rel, normalizer));
  const source = resume.language ?? null;
  if (options.language && options.language !== source) {
    warnings.push(
      `The rules provider does not translate: the CV stays in ${source ?? "its own language"} (${options.language} was asked for; an OpenAI key enables translation)`,
    );
  }
  return {
    edits,
    provider: "rules",
    model: null,
    prompt_version: rulesTailorVersion,
    output_language: source,
    warnings,
    injection_detected: stringsOf(resume).some((text) => detectInjection(text).length > 0),
  };
}

/** Full strategy: relevant projects first; with more than two, the ones that say nothing to the job are left out. */
function projectEdits(resume: ResumeCardV1, rel: Relevance, normalizer: Normalizer): ProposedEdit[] {
  const projects = resume.projects ?? [];
  const scores = projects.map(
    (p) => scoreText([p.name, p.description, ...(p.skills ?? [])].join(". "), rel, normalizer).score,
  );
  const out: ProposedEdit[] = [];
  const order = relevanceOrder(scores);
  if (order)
    out.push(
      edit({
        path: "projects",
        kind: "reorder",
        order,
        reason: "The projects closest to this job first",
        requirement: null,
      }),
    );
  const relevant = scores.filter((s) => s > 0).length;
  if (projects.length > 2 && relevant >= 2) {
    scores.forEach((s, i) => {
      if (s === 0)
        out.push(
          edit({
            path: `projects[${i}]`,
            kind: "hide",
            reason: "Says nothing to this job's requirements",
            requirement: null,
          }),
        );
    });
  }
  return out;
}
