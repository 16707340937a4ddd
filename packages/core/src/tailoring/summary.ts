import { detectInjection } from "../guard";
import { phraseKey } from "../match/text";
import type { ResumeCardV1 } from "../resume/resume-card-v1";
import type { Normalizer } from "../taxonomy/normalizer";
import type { AnyJobCard } from "./coverage";
import type { ProposedEdit } from "./proposal";
import type { CoverageItem, TailorOptions } from "./resume-tailor-v1";

/**
 * The rules provider's summary: the CV's own summary, with the requirements the candidate
 * truly meets said out loud, in the CV's language. Every word it adds is either template
 * wording or taken from the CV (its latest title, its years, its skills, its best result).
 */

interface Wording {
  experience: (lead: string, years: number | null) => string;
  relevant: string;
  result: string;
  and: string;
}

const wordings: Record<string, Wording> = {
  en: {
    experience: (lead, years) => (years ? `${lead} with ${years}+ years of experience.` : `${lead}.`),
    relevant: "Relevant to this role:",
    result: "Key result:",
    and: "and",
  },
  da: {
    experience: (lead, years) => (years ? `${lead} med ${years}+ års erfaring.` : `${lead}.`),
    relevant: "Relevant for stillingen:",
    result: "Nøgleresultat:",
    and: "og",
  },
};

function list(items: string[], and: string): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${and} ${items.at(-1)}`;
}

const sentence = (text: string) => (/[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

/** The latest role first: current roles, then by start date. */
function latestRole(card: ResumeCardV1) {
  return [...card.work_experience].sort(
    (a, b) => Number(b.current) - Number(a.current) || (b.start ?? "").localeCompare(a.start ?? ""),
  )[0];
}

/** The most relevant bullet with a number in it: the CV's own result, quoted. */
function bestResult(card: ResumeCardV1, met: string[]): string | null {
  const keys = met.map(phraseKey);
  let best: { text: string; score: number } | null = null;
  for (const role of card.work_experience) {
    for (const bullet of role.bullets) {
      if (!/\d/.test(bullet) || bullet.length > 220) continue;
      const folded = ` ${phraseKey(bullet)} `;
      const score = keys.filter((k) => folded.includes(` ${k} `)).length;
      if (best === null || score > best.score) best = { text: bullet, score };
    }
  }
  return best?.text ?? null;
}

export function summaryEdits(
  card: ResumeCardV1,
  job: AnyJobCard,
  items: CoverageItem[],
  options: TailorOptions,
  _normalizer: Normalizer,
): { edits: ProposedEdit[]; warnings: string[] } {
  const language = card.language ?? "en";
  const wording = wordings[language];
  if (wording === undefined) {
    return {
      edits: [],
      warnings: [`The rules provider has no summary wording in "${language}": the summary is left as it is`],
    };
  }
  const met = [
    ...new Set(
      items
        .filter((i) => i.status !== "missing" && i.skill_id !== null)
        .map((i) => (i.status === "covered_other_name" ? i.job_term : i.cv_term))
        .filter((t): t is string => Boolean(t)),
    ),
  ].slice(0, 6);
  const role = latestRole(card);
  const lead = card.personal_info.headline ?? role?.title ?? null;
  const years = card.total_years_experience ? Math.floor(card.total_years_experience) : null;
  // A summary that talks to an AI is left out of the tailored one (the verifier would refuse it anyway).
  const injected = detectInjection(card.summary ?? "").length > 0;
  const original = injected ? "" : (card.summary?.trim() ?? "");
  const relevant = met.length > 0 ? `${wording.relevant} ${list(met, wording.and)}.` : "";
  // The CV's own words about its years win over a count from its dates.
  const ownYears = /\d|\byears?\b|\bår\b/i.test(original);
  const opener = lead
    ? wording.experience(lead, years !== null && years >= 1 && !ownYears ? years : null)
    : "";
  const result = options.style === "impact" ? bestResult(card, met) : null;
  const parts =
    options.style === "conservative"
      ? [original || opener, relevant]
      : [opener, relevant, result ? `${wording.result} ${sentence(result)}` : "", original];
  const text = parts.filter(Boolean).join(" ");
  const edits: ProposedEdit[] = [];
  if (text !== "" && text !== original) {
    edits.push({
      path: "summary",
      kind: "rewrite",
      text,
      order: null,
      reason:
        met.length > 0
          ? `Says which of the job's requirements the candidate meets (${met.length})`
          : "A summary a recruiter reads first",
      requirement: items.find((i) => i.status !== "missing")?.requirement ?? null,
    });
  }
  if (options.strategy === "full") {
    const target = job.basics.normalized_title ? phraseKey(job.basics.normalized_title) : null;
    const same = card.work_experience.find(
      (r) => target && r.normalized_title && phraseKey(r.normalized_title) === target,
    );
    if (same?.title && same.title !== card.personal_info.headline) {
      edits.push({
        path: "personal_info.headline",
        kind: "rewrite",
        text: same.title,
        order: null,
        reason: "The candidate's own title for the role this job is",
        requirement: job.basics.title ?? null,
      });
    }
  }
  const warnings = injected
    ? ["The CV's summary contains instructions to an AI; the tailored summary leaves them out"]
    : [];
  return { edits, warnings };
}
