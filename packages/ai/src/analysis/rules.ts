import {
  analysisScoreBand,
  boundAnalysisScore,
  type CategoryScore,
  type MatchAnalysisV1,
  type MatchEvidence,
  type MatchResult,
  verdictForScore,
} from "@futodama/core";
import { EvidenceChecker } from "../extraction/verify";
import { injectionNotes, screenCv } from "./guard";
import type { MatchAnalyzer } from "./types";

/** The rules provider's own version (it has no prompt); bump it when its wording or logic changes. */
export const rulesAnalysisVersion = "rules-1.0.0";

const quoteOf = (e: MatchEvidence) => (e.candidateText ?? "").trim();

/** Met only in part: through a taxonomy neighbour or a skill similar by embeddings. */
const partial = (e: MatchEvidence) => e.via === "related" || e.via === "similar";

function described(e: MatchEvidence): string {
  const what = quoteOf(e);
  if (e.via === "related") return `${e.requirement}: partial credit via a related skill (${what})`;
  if (e.via === "similar") return `${e.requirement}: partial credit via a similar skill (${what})`;
  return what ? `${e.requirement} (CV: "${what}")` : e.requirement;
}

function entries(category: CategoryScore | undefined): MatchEvidence[] {
  return category && category.weight > 0 ? category.evidence : [];
}

/**
 * An honest analysis without a language model: it restates the step-1 evidence (met must-haves
 * are strengths, missing ones gaps), keeps the step-1 score, and says it is rule-based.
 */
export function ruleBasedAnalysis(step1: MatchResult, resumeText: string): MatchAnalysisV1 {
  const b = step1.breakdown;
  const must = entries(b.must_have);
  const nice = entries(b.nice_to_have);
  const strengths = [
    ...must.filter((e) => e.matched && !partial(e)).map((e) => `Meets must-have ${described(e)}`),
    ...nice.filter((e) => e.matched && !partial(e)).map((e) => `Has nice-to-have ${described(e)}`),
  ];
  if (b.title.weight > 0 && b.title.score >= 0.8) strengths.push("Their titles match the role");
  if (b.seniority.weight > 0 && b.seniority.score >= 0.9)
    strengths.push("Experience and seniority fit the role");
  if (b.languages.weight > 0 && b.languages.score >= 1) strengths.push("Meets the language requirements");

  const gaps = [
    ...must.filter((e) => !e.matched).map((e) => `No sign of must-have: ${e.requirement}`),
    ...must.filter((e) => e.matched && partial(e)).map((e) => `Only related: ${described(e)}`),
    ...nice.filter((e) => !e.matched).map((e) => `No sign of nice-to-have: ${e.requirement}`),
  ];
  if (b.seniority.weight > 0 && b.seniority.score < 0.6) gaps.push("Less experience or seniority than asked");
  if (b.languages.weight > 0 && b.languages.score < 1) gaps.push("Language requirements not fully met");

  const risks: string[] = [];
  const missing = step1.missingMustHaves.length;
  if (missing > 0)
    risks.push(`${missing} must-have requirement(s) missing; each cuts the step-1 score by 30%`);
  if (b.location.weight > 0 && b.location.score < 0.5) risks.push("Location may not fit the role");
  const screened = screenCv(resumeText);
  if (screened.found.length > 0) risks.push("The CV contains text that tries to instruct an AI reviewer");
  if (resumeText.trim().length < 400) risks.push("The CV is very short: little to judge from");

  const checker = new EvidenceChecker(screened.text);
  const evidence = [...must, ...nice, ...entries(b.education)]
    .filter((e) => e.matched && checker.quoted(quoteOf(e)))
    .map((e) => ({ quote: quoteOf(e), supports: e.requirement }));

  const questions = [
    ...must
      .filter((e) => !e.matched)
      .map((e) => `The role asks for "${e.requirement}". What is your experience with it?`),
    ...must
      .filter((e) => e.matched && partial(e))
      .map((e) => `You list ${quoteOf(e)}. How would that carry over to "${e.requirement}"?`),
    ...must
      .filter((e) => e.matched && !partial(e))
      .slice(0, 2)
      .map((e) => `Tell us about a recent piece of work where you used ${quoteOf(e) || e.requirement}.`),
  ].slice(0, 6);

  const { score, notes: scoreNotes } = boundAnalysisScore(step1.score, step1.score, {
    injection: screened.found.length > 0,
  });
  const confidence = resumeText.trim().length < 400 ? 0.3 : 0.5;
  return {
    schema: "match-analysis-v1",
    score,
    confidence,
    verdict: verdictForScore(score),
    summary: `Rule-based: step-1 score ${step1.score} (${verdictForScore(score)}), ${strengths.length} strength(s), ${gaps.length} gap(s)${missing > 0 ? `, ${missing} missing must-have(s)` : ""}.`,
    strengths,
    gaps,
    risks,
    evidence,
    interview_questions: questions,
    step1_score: step1.score,
    score_band: analysisScoreBand,
    injection_detected: screened.found.length > 0,
    injection_notes: injectionNotes(screened.found),
    notes: [
      "Rule-based analysis: derived from the step-1 evidence only, no language model was used (set OPENAI_API_KEY for an AI analysis). Confidence is moderate at best.",
      ...scoreNotes,
    ],
    provider: "rules",
    model: null,
    prompt_version: rulesAnalysisVersion,
    rule_based: true,
  };
}

export function rulesAnalyzer(): MatchAnalyzer {
  return {
    name: "rules",
    model: null,
    analyze: async (_job, _resume, resumeText, step1) => ruleBasedAnalysis(step1, resumeText),
  };
}
