import { bundledRules } from "../codex/rules";
import { normalizedTitle } from "../parse/experience";
import type { ResumeCardV1 } from "../resume/resume-card-v1";
import { defaultNormalizer } from "../taxonomy/normalizer";
import { seniorityInTitle } from "../taxonomy/seniority";
import { phraseTokens } from "../taxonomy/text";
import {
  cityKey,
  contentTokens,
  countryKey,
  degreeRankOf,
  languageLevelRank,
  phraseKey,
  sortedUnique,
} from "./text";
import type { CandidateFeatures, LanguageFeature } from "./types";

const levels = bundledRules.seniority.levels;
const rankOfLevel = new Map(levels.map((l) => [l.level as string, l.rank]));
/** Years alone never make anyone more than senior: lead and above need the title. */
const yearBands = levels.filter((l) => l.rank <= 3 && l.years).sort((a, b) => b.rank - a.rank);

/** A level a language is assumed at when the CV names no level, or is written in that language. */
const ASSUMED_LEVEL = 4;

type Experience = ResumeCardV1["work_experience"][number];

/** Most recent first: current roles, then by end, then by start (YYYY-MM strings sort as dates). */
function byRecency(a: Experience, b: Experience): number {
  const end = (e: Experience) => (e.current || !e.end ? "9999" : e.end);
  return end(b).localeCompare(end(a)) || (b.start ?? "").localeCompare(a.start ?? "");
}

function seniorityFromYears(years: number | null): number | null {
  if (years === null) return null;
  return yearBands.find((l) => (l.years?.min ?? 0) <= years)?.rank ?? null;
}

/**
 * What candidateFeatures() derives, as a number: bump it whenever a change here would give a
 * stored card different features, so that index snapshots written before are ignored (snapshot.ts).
 */
export const FEATURES_VERSION = 1;

/** The compact, scoring-relevant view of a CV (see CandidateFeatures). */
export function candidateFeatures(card: ResumeCardV1): CandidateFeatures {
  const normalizer = defaultNormalizer();
  const skillIds: string[] = [];
  const skillText: Record<string, string> = {};
  for (const skill of card.skills) {
    if (!skill.id || Object.hasOwn(skillText, skill.id)) continue;
    skillIds.push(skill.id);
    skillText[skill.id] = skill.raw ?? skill.name;
  }

  const roles = [...card.work_experience].sort(byRecency);
  const headline = card.personal_info.headline ?? null;
  const headlineTitle = headline ? normalizedTitle(headline, normalizer) : undefined;
  const keyOf = (t: string | null | undefined) => (t ? phraseKey(t) : "");
  const recent = [keyOf(headlineTitle), keyOf(roles[0]?.normalized_title)].filter((k) => k !== "");
  const older = roles.slice(1).map((r) => keyOf(r.normalized_title));
  const recentKeys = [...new Set(recent)];
  const titles = [...new Set([...recentKeys, ...older.filter((k) => k !== "")])];

  const titleTexts = [headline, headlineTitle, ...roles.flatMap((r) => [r.title, r.normalized_title])].filter(
    (t): t is string => typeof t === "string" && t !== "",
  );
  const texts = [
    ...card.skills.map((s) => s.raw ?? s.name),
    ...titleTexts,
    ...roles.flatMap((r) => r.bullets),
    ...card.certifications.map((c) => c.name),
    ...card.education.map((e) => [e.degree, e.field].filter(Boolean).join(", ")).filter((t) => t !== ""),
    ...(card.summary ? [card.summary] : []),
  ];

  const years =
    card.total_years_experience == null
      ? null
      : Math.min(6000, Math.round(card.total_years_experience * 10)) / 10;
  const latestTitle = headline ?? roles[0]?.title ?? null;
  const cue = latestTitle ? seniorityInTitle(phraseTokens(latestTitle)) : undefined;
  const seniorityRank = (cue ? rankOfLevel.get(cue) : undefined) ?? seniorityFromYears(years);

  const languageLevels = new Map<string, number>();
  const addLanguage = (code: string, level: number) =>
    languageLevels.set(code, Math.max(level, languageLevels.get(code) ?? 0));
  for (const l of card.languages) addLanguage(l.language, languageLevelRank(l.level, ASSUMED_LEVEL));
  if (card.language) addLanguage(card.language, ASSUMED_LEVEL);
  const languages: LanguageFeature[] = [...languageLevels]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([code, level]) => ({ code, level }));

  const location = card.personal_info.location;
  return {
    skillIds,
    tokens: sortedUnique(texts.flatMap(contentTokens)),
    titles,
    recentTitles: recentKeys.length,
    titleTokens: sortedUnique(titleTexts.flatMap(contentTokens)),
    seniorityRank,
    years,
    languages,
    city: cityKey(location?.city),
    country: countryKey(location?.country),
    degreeRank: Math.max(0, ...card.education.map((e) => degreeRankOf(`${e.degree ?? ""} ${e.field ?? ""}`))),
    texts,
    skillText,
  };
}
