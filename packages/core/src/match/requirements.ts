import { skillLabel } from "./related";
import { containsWord } from "./text";
import type { CandidateFeatures, JobQuery, MatchEvidence, QueryRequirement } from "./types";

/** full: exact skill, text or degree level; related: a taxonomy neighbour; similar: near by embeddings. */
export type Credit = "full" | "related" | "similar" | "none";

type Credits = Pick<JobQuery, "relatedCredit" | "similarityCredit">;

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
  credits: Credits,
): { credit: Credit; evidence: MatchEvidence } {
  const { features } = cv;
  const base = { requirement: req.text, skillId: req.skillIds[0] ?? null };
  if (req.degreeRank > 0) {
    const met = features.degreeRank >= req.degreeRank;
    const note = `asks for a ${degreeNames[req.degreeRank]} degree or higher; the CV shows ${degreeNames[features.degreeRank]}`;
    return {
      credit: met ? "full" : "none",
      evidence: { ...base, matched: met, via: met ? "exact" : null, candidateText: null, note },
    };
  }
  const exact = req.skillIds.find((id) => cv.skills.has(id));
  if (exact !== undefined) {
    const candidateText = features.skillText?.[exact] ?? skillLabel(exact);
    return {
      credit: "full",
      evidence: { ...base, skillId: exact, matched: true, via: "exact", candidateText },
    };
  }
  const found = req.tokens.filter((t) => cv.tokens.has(t));
  const byText = req.tokens.length > 0 && found.length >= req.need;
  const related = byText ? undefined : req.relatedIds.find((id) => cv.skills.has(id));
  if (related !== undefined) {
    const wanted = req.skillIds.map((id) => skillLabel(id)).join(" or ");
    const note = `${skillLabel(related)} is related to ${wanted} in the taxonomy: partial credit ${credits.relatedCredit}`;
    const candidateText = features.skillText?.[related] ?? skillLabel(related);
    return { credit: "related", evidence: { ...base, matched: true, via: "related", candidateText, note } };
  }
  const similar = byText ? undefined : req.similar.find((s) => cv.skills.has(s.id));
  if (similar !== undefined) {
    const wanted =
      req.skillIds.length > 0 ? req.skillIds.map((id) => skillLabel(id)).join(" or ") : `"${req.text}"`;
    const note = `${skillLabel(similar.id)} is similar to ${wanted} (cosine ${similar.cosine.toFixed(2)}, embeddings): partial credit ${credits.similarityCredit}`;
    const candidateText = features.skillText?.[similar.id] ?? skillLabel(similar.id);
    return { credit: "similar", evidence: { ...base, matched: true, via: "similar", candidateText, note } };
  }
  if (req.tokens.length === 0)
    return { credit: "none", evidence: { ...base, matched: false, via: null, note: "not found in the CV" } };
  const met = byText;
  const note = `${found.length} of ${req.tokens.length} key words found (${req.need} needed)${found.length > 0 ? `: ${found.join(", ")}` : ""}`;
  return {
    credit: met ? "full" : "none",
    evidence: {
      ...base,
      matched: met,
      via: met ? "text" : null,
      candidateText: met ? quoteFor(features, found) : null,
      note,
    },
  };
}
