import type { CreativeJobV1 } from "../job/creative-job-v1";
import type { JobCardV1, Requirement } from "../job/job-card-v1";
import { candidateFeatures } from "../match/features";
import { jobQuery } from "../match/query";
import { scoreCandidate } from "../match/score";
import type { MatchEvidence } from "../match/types";
import type { ResumeCardV1 } from "../resume/resume-card-v1";
import type { Normalizer } from "../taxonomy/normalizer";
import { normalizePhrase } from "../taxonomy/text";
import type { Coverage, CoverageItem } from "./resume-tailor-v1";

export type AnyJobCard = JobCardV1 | CreativeJobV1;

/** The skill as the job names it: its surface in the requirement, else the taxonomy label. */
export function jobTerm(req: Requirement, normalizer: Normalizer): string | null {
  if (!req.skill_id) return null;
  const found = normalizer.findSkills(req.text).find((s) => s.id === req.skill_id);
  return found?.text ?? normalizer.canonicalSkill(req.skill_id)?.label ?? req.text;
}

/** Where the CV states a skill: a listed skill (as written), else a span of its texts. */
function cvTermFor(card: ResumeCardV1, skillId: string, normalizer: Normalizer): string | null {
  const listed = card.skills.find((s) => s.id === skillId);
  if (listed) return listed.raw ?? listed.name;
  const texts = [
    card.summary,
    card.personal_info.headline,
    ...card.work_experience.flatMap((r) => r.bullets),
  ];
  for (const text of texts) {
    const found = text ? normalizer.findSkills(text).find((s) => s.id === skillId) : undefined;
    if (found) return found.text;
  }
  return null;
}

function coverageItem(
  req: Requirement,
  card: ResumeCardV1,
  cvSkillIds: Set<string>,
  evidence: MatchEvidence[],
  normalizer: Normalizer,
): CoverageItem {
  const term = jobTerm(req, normalizer);
  if (req.skill_id) {
    const cvTerm = cvTermFor(card, req.skill_id, normalizer);
    if (cvTerm !== null) {
      // "AWS Lambda" for the job's "Lambda" already says it; "JS" for "JavaScript" does not.
      const same = ` ${normalizePhrase(cvTerm)} `.includes(` ${normalizePhrase(term ?? "")} `);
      return {
        requirement: req.text,
        status: same ? "covered" : "covered_other_name",
        skill_id: req.skill_id,
        job_term: term,
        cv_term: cvTerm,
        note: same ? null : `The CV says "${cvTerm}"; the job says "${term}"`,
      };
    }
    const related = normalizer.relatedSkills(req.skill_id).filter((id) => cvSkillIds.has(id));
    const names = related.map((id) => cvTermFor(card, id, normalizer)).filter((n): n is string => n !== null);
    return {
      requirement: req.text,
      status: "missing",
      skill_id: req.skill_id,
      job_term: term,
      cv_term: null,
      note: names.length > 0 ? `Related in the CV: ${names.join(", ")} (not claimed as ${term})` : null,
    };
  }
  const hit = evidence.find(
    (e) => e.requirement === req.text && e.matched && e.via !== "related" && e.via !== "similar",
  );
  return {
    requirement: req.text,
    status: hit ? "covered" : "missing",
    skill_id: null,
    job_term: null,
    cv_term: hit?.candidateText ?? null,
    note: null,
  };
}

/** How the CV covers each must-have and nice-to-have (spoken languages are scored apart). */
export function coverageOf(job: AnyJobCard, card: ResumeCardV1, normalizer: Normalizer): Coverage {
  const step1 = scoreCandidate(jobQuery(job), candidateFeatures(card));
  const evidence = [
    ...step1.breakdown.must_have.evidence,
    ...step1.breakdown.nice_to_have.evidence,
    ...step1.breakdown.education.evidence,
  ];
  const cvSkillIds = new Set(card.skills.flatMap((s) => (s.id ? [s.id] : [])));
  const listed = (reqs: Requirement[]) =>
    reqs
      .filter((r) => r.kind !== "language")
      .map((r) => coverageItem(r, card, cvSkillIds, evidence, normalizer));
  const must_have = listed(job.requirements.must_have);
  const nice_to_have = listed(job.requirements.nice_to_have);
  const all = [...must_have, ...nice_to_have];
  const count = (status: CoverageItem["status"]) => all.filter((i) => i.status === status).length;
  return {
    must_have,
    nice_to_have,
    counts: {
      covered: count("covered"),
      covered_other_name: count("covered_other_name"),
      missing: count("missing"),
    },
    gaps: all.filter((i) => i.status === "missing").map((i) => i.requirement),
  };
}
