import { seniorityLevels } from "../job/job-card-v1";
import {
  combineScores,
  fractionMet,
  isUnknown,
  languageCredit,
  languageScore,
  locationScore,
  matchCoverage,
  occupationCredit,
  occupationNearness,
  seniorityScore,
  titleScore,
} from "./categories";
import { occupationCode } from "./occupation";
import { type CandidateLookup, lookupOf, matchRequirement } from "./requirements";
import {
  type CandidateFeatures,
  type CategoryScore,
  type JobQuery,
  type MatchCategory,
  type MatchEvidence,
  type MatchResult,
  matchCategories,
} from "./types";

const NEARNESS = ["", "same ISCO sub-major group", "same ISCO minor group", "same ISCO unit group"];

function titleEvidence(
  job: JobQuery,
  cv: CandidateFeatures,
  keyMatch: number,
  found: string[],
  near: { credit: number; at: number },
): MatchEvidence[] {
  if (job.title.text === null && job.title.key === null) return [];
  const where = keyMatch === 2 ? "a recent title" : keyMatch === 1 ? "an earlier title" : null;
  const nearTitle = near.at >= 0 ? cv.titles[near.at] : undefined;
  const related =
    nearTitle === undefined
      ? ""
      : `; related occupation: "${nearTitle}" (${NEARNESS[occupationNearness(job.title.occupation, occupationCode(nearTitle))]} as ${job.title.occupation}, credit ${near.credit})`;
  return [
    {
      requirement: job.title.text ?? job.title.key ?? "",
      matched: keyMatch > 0 || found.length > 0 || near.credit > 0,
      via: keyMatch > 0 || found.length > 0 ? "text" : near.credit > 0 ? "related" : null,
      candidateText: nearTitle ?? cv.titles[0] ?? null,
      note: `${where ? `normalized title "${job.title.key}" is ${where}` : "normalized title not held"}${related}; title words ${found.length}/${job.title.tokens.length}${found.length ? `: ${found.join(", ")}` : ""}`,
    },
  ];
}

function seniorityEvidence(job: JobQuery, cv: CandidateFeatures): MatchEvidence[] {
  if (job.years === null && job.seniorityRank === null) return [];
  const asked = [
    job.years !== null ? `${job.years}+ years` : null,
    job.seniorityRank !== null ? seniorityLevels[job.seniorityRank] : null,
  ].filter(Boolean);
  const has = [
    cv.years !== null ? `${cv.years} years` : "years unknown",
    cv.seniorityRank !== null ? seniorityLevels[cv.seniorityRank] : "level unknown",
  ];
  const matched =
    (job.years === null || (cv.years ?? 0) >= job.years) &&
    (job.seniorityRank === null || cv.seniorityRank === job.seniorityRank);
  return [{ requirement: asked.join(", "), matched, via: null, candidateText: has.join(", ") }];
}

function locationEvidence(job: JobQuery, cv: CandidateFeatures, score: number): MatchEvidence[] {
  const where = [cv.city, cv.country].filter(Boolean).join(", ") || null;
  if (job.location.remote)
    return [
      {
        requirement: "remote",
        matched: true,
        via: null,
        candidateText: where,
        note: "remote job: location not required",
      },
    ];
  if (Number.isNaN(score)) return [];
  return [
    {
      requirement:
        `${job.location.text ?? ""}${job.location.workMode ? ` (${job.location.workMode})` : ""}`.trim(),
      matched: score >= 0.6,
      via: null,
      candidateText: where,
      note:
        score === 1
          ? "same city"
          : score === 0.6
            ? "same country"
            : where === null
              ? "CV location unknown"
              : "elsewhere",
    },
  ];
}

const round3 = (n: number) => Math.round(n * 1000) / 1000;

/** Scores one CV against one job: the weighted sum of docs/scoring.md, with its evidence. */
export function scoreCandidate(job: JobQuery, candidate: CandidateFeatures): MatchResult {
  return scoreLookup(job, lookupOf(candidate));
}

export function scoreLookup(job: JobQuery, cv: CandidateLookup): MatchResult {
  const f = cv.features;
  const evidence: Record<MatchCategory, MatchEvidence[]> = {
    must_have: [],
    nice_to_have: [],
    title: [],
    seniority: [],
    languages: [],
    location: [],
    education: [],
  };
  // Per category: full, related, requirements, similar.
  const counts = { must_have: [0, 0, 0, 0], nice_to_have: [0, 0, 0, 0], education: [0, 0, 0, 0] };
  const slot = { full: 0, related: 1, similar: 3 } as const;
  const missing: string[] = [];
  for (const req of job.requirements) {
    const { credit, evidence: e } = matchRequirement(req, cv, job);
    evidence[req.category].push(e);
    const c = counts[req.category];
    c[2] = (c[2] ?? 0) + 1;
    if (credit !== "none") c[slot[credit]] = (c[slot[credit]] ?? 0) + 1;
    else if (req.must) missing.push(req.text);
  }
  const fraction = (c: number[]) =>
    fractionMet(c[0] ?? 0, c[1] ?? 0, c[2] ?? 0, job.relatedCredit, c[3] ?? 0, job.similarityCredit);

  const key = job.title.key === null ? -1 : f.titles.indexOf(job.title.key);
  const keyMatch = key < 0 ? 0 : key < f.recentTitles ? 2 : 1;
  const near =
    keyMatch === 0 && job.title.occupation >= 0
      ? occupationCredit(job.title.occupation, f.titles.map(occupationCode), f.recentTitles)
      : { credit: 0, at: -1 };
  const titleTokens = new Set(f.titleTokens);
  const found = job.title.tokens.filter((t) => titleTokens.has(t));
  evidence.title = titleEvidence(job, f, keyMatch, found, near);
  evidence.seniority = seniorityEvidence(job, f);

  const levels = new Map(f.languages.map((l) => [l.code, l.level]));
  const levelOf = (code: string) => levels.get(code) ?? 0;
  for (const l of job.languages) {
    const credit = languageCredit(l, levelOf(l.code));
    evidence.languages.push({
      requirement: l.text,
      matched: credit === 1,
      via: credit > 0 ? "exact" : null,
      candidateText: credit > 0 ? `${l.code} level ${levelOf(l.code)}/6` : null,
      note: credit === 0.5 ? "below the level asked" : credit === 0 ? "not in the CV" : undefined,
    });
    if (credit === 0 && l.required) missing.push(l.text);
  }

  const loc = job.location;
  const known = f.city !== null || f.country !== null;
  const locationValue = locationScore(
    loc,
    loc.city !== null && f.city === loc.city,
    loc.country !== null && f.country === loc.country,
    known,
  );
  evidence.location = locationEvidence(job, f, locationValue);

  const scores = [
    fraction(counts.must_have),
    fraction(counts.nice_to_have),
    titleScore(job.title, keyMatch, found.length, near.credit),
    seniorityScore(job, f.years, f.seniorityRank),
    languageScore(job, levelOf),
    locationValue,
    fraction(counts.education),
  ];
  const breakdown = {} as Record<MatchCategory, CategoryScore>;
  matchCategories.forEach((category, i) => {
    const s = scores[i] ?? Number.NaN;
    const unknown = isUnknown(category, s);
    breakdown[category] = {
      score: Number.isNaN(s) ? 0 : round3(s),
      weight: Number.isNaN(s) && !unknown ? 0 : job.weights[category],
      evidence: evidence[category],
      ...(unknown ? { unknown: true } : {}),
    };
  });
  return {
    score: combineScores(scores, job.weights, missing.length, job.missingFactor),
    coverage: matchCoverage(Object.values(breakdown)),
    breakdown,
    missingMustHaves: missing,
  };
}
