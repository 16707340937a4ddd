import { skillLabel } from "./related";
import { containsWord } from "./text";
import type { CandidateFeatures, MatchEvidence, QueryRequirement } from "./types";

/** 2 a full match (exact skill, text, degree level), 1 a related skill, 0 none. */
export type Credit = 0 | 1 | 2;

const degreeNames = ["none", "vocational", "associate", "bachelor", "master", "doctorate"];

export interface CandidateLookup {
  features: CandidateFeatures;
  skills: ReadonlySet<string>;
  tokens: ReadonlySet<string>;
}

export function lookupOf(features: CandidateFeatures): CandidateLookup {
  return { features, skills: new Set(features.skillIds), tokens: new Set(features.tokens) };
}

function quoteFor(features: CandidateFeatures, words: string[]): string {
  for (const word of words) {
    const text = features.texts?.find((t) => containsWord(t, word));
    if (text !== undefined) return text;
  }
  return words.join(" ");
}

/** How one requirement fares against one CV, and the evidence a recruiter reads. */
export function matchRequirement(
  req: QueryRequirement,
  cv: CandidateLookup,
  relatedCredit: number,
): { credit: Credit; evidence: MatchEvidence } {
  const { features } = cv;
  const base = { requirement: req.text, skillId: req.skillIds[0] ?? null };
  if (req.degreeRank > 0) {
    const met = features.degreeRank >= req.degreeRank;
    const note = `asks for a ${degreeNames[req.degreeRank]} degree or higher; the CV shows ${degreeNames[features.degreeRank]}`;
    return {
      credit: met ? 2 : 0,
      evidence: { ...base, matched: met, via: met ? "exact" : null, candidateText: null, note },
    };
  }
  const exact = req.skillIds.find((id) => cv.skills.has(id));
  if (exact !== undefined) {
    const candidateText = features.skillText?.[exact] ?? skillLabel(exact);
    return { credit: 2, evidence: { ...base, skillId: exact, matched: true, via: "exact", candidateText } };
  }
  const found = req.tokens.filter((t) => cv.tokens.has(t));
  const byText = req.tokens.length > 0 && found.length >= req.need;
  const related = byText ? undefined : req.relatedIds.find((id) => cv.skills.has(id));
  if (related !== undefined) {
    const wanted = req.skillIds.map((id) => skillLabel(id)).join(" or ");
    const note = `${skillLabel(related)} is related to ${wanted} in the taxonomy: partial credit ${relatedCredit}`;
    const candidateText = features.skillText?.[related] ?? skillLabel(related);
    return { credit: 1, evidence: { ...base, matched: true, via: "related", candidateText, note } };
  }
  if (req.tokens.length === 0)
    return { credit: 0, evidence: { ...base, matched: false, via: null, note: "not found in the CV" } };
  const met = byText;
  const note = `${found.length} of ${req.tokens.length} key words found (${req.need} needed)${found.length > 0 ? `: ${found.join(", ")}` : ""}`;
  return {
    credit: met ? 2 : 0,
    evidence: {
      ...base,
      matched: met,
      via: met ? "text" : null,
      candidateText: met ? quoteFor(features, found) : null,
      note,
    },
  };
}
