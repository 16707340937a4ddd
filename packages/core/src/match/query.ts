import { bundledRules } from "../codex/rules";
import type { CreativeJobV1 } from "../job/creative-job-v1";
import type { JobCardV1, Requirement } from "../job/job-card-v1";
import { phraseTokens } from "../taxonomy/text";
import { occupationCode } from "./occupation";
import { skillNeighbours } from "./related";
import {
  cityKey,
  contentTokens,
  countryKey,
  degreeRankOf,
  hasAlternatives,
  languageLevelRank,
  phraseKey,
} from "./text";
import type { JobQuery, LanguageRequirementQuery, MatchWeights, QueryRequirement } from "./types";
import { defaultMissingFactor, defaultRelatedCredit, resolveWeights, similarityRules } from "./weights";

const levels = bundledRules.seniority.levels;
const seniorityWords = new Set(levels.flatMap((l) => l.cues.flatMap(phraseTokens)));
const languageNames = new Intl.DisplayNames(["en"], { type: "language" });

export interface JobQueryOptions {
  /** Per-job overrides of the codex weights. */
  weights?: Partial<MatchWeights>;
}

type Bucket = "must_have" | "nice_to_have";

/** Is b written inside a (the same quote span)? "Go" inside "Strong TypeScript or Go". */
function inside(a: Requirement, b: Requirement): boolean {
  const [x, y] = [a.evidence, b.evidence];
  if (!x || !y || x.start == null || x.end == null || y.start == null || y.end == null) return false;
  return (
    x.start <= y.start &&
    y.end <= x.end &&
    (x.end - x.start > y.end - y.start || a.text.length > b.text.length)
  );
}

function prepare(list: Requirement[], bucket: Bucket): QueryRequirement[] {
  const out: QueryRequirement[] = [];
  const owners = new Map<Requirement, QueryRequirement>();
  for (const req of list) {
    if (req.kind === "language") continue; // scored from language_requirements
    const education = req.kind === "education" || req.kind === "certification";
    // "TypeScript or Go": the parser lists Go again on its own; it is an alternative, not a second must.
    const owner = list.find((a) => a !== req && owners.has(a) && hasAlternatives(a.text) && inside(a, req));
    const target = owner ? owners.get(owner) : undefined;
    if (target && req.skill_id) {
      if (!target.skillIds.includes(req.skill_id)) target.skillIds.push(req.skill_id);
      continue;
    }
    const degreeRank = req.kind === "education" ? degreeRankOf(req.text) : 0;
    // Experience requirements ("5+ years of backend development") may also be met in words.
    const byText = degreeRank === 0 && (!req.skill_id || req.kind === "experience");
    const tokens = byText ? [...new Set(contentTokens(req.text))] : [];
    if (!req.skill_id && degreeRank === 0 && tokens.length === 0) continue; // nothing to match on
    const prepared: QueryRequirement = {
      text: req.text,
      category: education ? "education" : bucket,
      must: bucket === "must_have",
      skillIds: req.skill_id ? [req.skill_id] : [],
      relatedIds: [],
      similar: [],
      tokens,
      need: Math.ceil(tokens.length / 2),
      degreeRank,
    };
    owners.set(req, prepared);
    out.push(prepared);
  }
  for (const r of out) {
    const neighbours = new Set(r.skillIds.flatMap((id) => skillNeighbours(id)));
    for (const id of r.skillIds) neighbours.delete(id);
    r.relatedIds = [...neighbours].sort();
  }
  return out;
}

function languageText(code: string, level: string | null | undefined): string {
  const name = languageNames.of(code) ?? code;
  return level ? `${name} (${level})` : name;
}

/** What a job asks, prepared for scoring many CVs (see JobQuery). */
export function jobQuery(card: JobCardV1 | CreativeJobV1, options: JobQueryOptions = {}): JobQuery {
  const { basics, requirements } = card;
  const band = levels.find((l) => l.level === basics.seniority);
  const mustYears = requirements.must_have.map((r) => r.years_min ?? 0).filter((y) => y > 0);
  const years =
    card.years_required ?? (mustYears.length > 0 ? Math.max(...mustYears) : (band?.years?.min ?? null));
  const languages: LanguageRequirementQuery[] = (card.language_requirements ?? []).map((l) => ({
    code: l.language,
    level: languageLevelRank(l.level, 1),
    required: l.required,
    text: languageText(l.language, l.level),
  }));
  const titleText = basics.title ?? null;
  const titleKey = basics.normalized_title ? phraseKey(basics.normalized_title) : null;
  const location = basics.location;
  return {
    requirements: [
      ...prepare(requirements.must_have, "must_have"),
      ...prepare(requirements.nice_to_have, "nice_to_have"),
    ],
    title: {
      text: titleText,
      key: titleKey === "" ? null : titleKey,
      occupation: titleKey ? occupationCode(titleKey) : -1,
      tokens: [...new Set(contentTokens(titleText ?? "").filter((t) => !seniorityWords.has(t)))],
    },
    years,
    yearsMax: band?.years?.max ?? null,
    seniorityRank: band?.rank ?? null,
    languages,
    location: {
      remote: basics.work_mode === "remote",
      workMode: basics.work_mode ?? null,
      city: cityKey(location?.city),
      country: countryKey(location?.country),
      text: location?.raw ?? ([location?.city, location?.country].filter(Boolean).join(", ") || null),
    },
    weights: resolveWeights(options.weights),
    relatedCredit: defaultRelatedCredit,
    similarityCredit: similarityRules.credit,
    missingFactor: defaultMissingFactor,
  };
}
