import { findLanguage, findLanguageLevel } from "../card/languages";
import { minimalParserMeta } from "../card/minimal-meta";
import type { Evidence, MissingField } from "../card/shared";
import {
  bulletItem,
  evidenceOf,
  findPhrase,
  firstLabelled,
  firstParagraph,
  headingKey,
  labelledValue,
  spanOf,
  splitLines,
  type TextLine,
} from "../card/text";
import { bundledRules, type SeniorityRules, type WorkModeRules } from "../codex/rules";
import { type JobCardV1, JobCardV1Schema, type Requirement, type RequirementKind } from "./job-card-v1";

export interface MinimalJobRules {
  workMode: WorkModeRules;
  seniority: SeniorityRules;
}

const defaultRules: MinimalJobRules = {
  workMode: bundledRules["work-mode"],
  seniority: bundledRules.seniority,
};

type Section = "must_have" | "nice_to_have" | "responsibilities";

const sectionByHeading: [RegExp, Section][] = [
  [
    /^(requirements|key requirements|must[- ]haves?|must[- ]have skills|required( skills| qualifications| experience)?|(minimum )?qualifications|what you (need|bring|will bring)|what we('re| are) looking for|your profile|who you are|krav|kvalifikationer|anforderungen|(dein|ihr) profil|profil recherché|exigences)$/,
    "must_have",
  ],
  [
    /^(nice[- ]to[- ]haves?|bonus( points)?|preferred( qualifications| skills)?|good to have|it'?s a plus|desirable|det er en fordel|wünschenswert|von vorteil|atouts?)$/,
    "nice_to_have",
  ],
  [
    /^((key )?responsibilities|what you('ll| will) do|your role|the role|duties|opgaver|(deine |ihre )?aufgaben|missions?)$/,
    "responsibilities",
  ],
];

const companyLabel = /^(company|employer|organi[sz]ation|virksomhed|unternehmen|arbeitgeber|entreprise)$/i;
const locationLabel = /^(location|city|place of work|arbejdssted|standort|arbeitsort|lieu)$/i;

function sectionOf(text: string): Section | null {
  const key = headingKey(text);
  return sectionByHeading.find(([pattern]) => pattern.test(key))?.[1] ?? null;
}

function classify(text: string): { kind: RequirementKind; years_min?: number } {
  const years = /(\d{1,2})\s*\+?\s*(?:years?|yrs?|år|jahren?|ans)(?![\p{L}])/iu.exec(text)?.[1];
  const withYears = years === undefined ? {} : { years_min: Number(years) };
  if (/\b(degree|bachelor'?s?|master'?s?|msc|bsc|ph\.?d|diploma|university)\b/i.test(text)) {
    return { kind: "education", ...withYears };
  }
  if (/\b(certifi\w*|zertifi\w*)/i.test(text)) return { kind: "certification", ...withYears };
  if (findLanguage(text)) return { kind: "language", ...withYears };
  if (years !== undefined || /\bexperience\b/i.test(text)) return { kind: "experience", ...withYears };
  return { kind: text.split(/\s+/).length <= 4 ? "skill" : "other", ...withYears };
}

/** Builds a job-card-v1 from plain text with deterministic rules; validated before returning. */
export function buildMinimalJobCard(text: string, rules: MinimalJobRules = defaultRules): JobCardV1 {
  const lines = splitLines(text);
  const evidence: Evidence[] = [];
  const titleLine = lines.find((line) => line.text !== "") as TextLine;
  const title = titleLine.text.replace(/^#+\s*/, "").slice(0, 200) || null;
  if (title) evidence.push(evidenceOf("basics.title", titleLine, title));
  const rest = lines.slice(titleLine.line);

  const company = firstLabelled(rest, companyLabel);
  if (company) evidence.push(evidenceOf("basics.company", company.line, company.value));
  const location = firstLabelled(rest, locationLabel);
  if (location) evidence.push(evidenceOf("basics.location", location.line, location.value));

  const workMode = rules.workMode.modes
    .map((mode) => ({ mode: mode.mode, hit: findPhrase(lines, mode.synonyms) }))
    .find((candidate) => candidate.hit !== null);
  if (workMode?.hit) evidence.push(evidenceOf("basics.work_mode", workMode.hit.line, workMode.hit.quote));

  const seniority = title
    ? [...rules.seniority.levels]
        .sort((a, b) => b.rank - a.rank)
        .find((level) => findPhrase([titleLine], level.cues) !== null)?.level
    : undefined;

  const isLabelled = (line: TextLine) => labelledValue(line.text, /^[\p{L} /&-]{2,30}$/u) !== null;
  const summary = firstParagraph(rest, (line) => sectionOf(line.text) !== null || isLabelled(line));
  if (summary) evidence.push(evidenceOf("overview.summary", summary.first, summary.first.text));

  const lists: Record<Section, { text: string; line: TextLine }[]> = {
    must_have: [],
    nice_to_have: [],
    responsibilities: [],
  };
  let section: Section | null = null;
  for (const line of rest) {
    if (line.text === "") continue;
    const item = bulletItem(line.text);
    if (section && item) lists[section].push({ text: item, line });
    else if (!item) section = sectionOf(line.text);
  }

  const toRequirement = ({ text, line }: { text: string; line: TextLine }): Requirement => ({
    text,
    ...classify(text),
    evidence: spanOf(line, text),
  });
  const mustHave = lists.must_have.map(toRequirement);
  const niceToHave = lists.nice_to_have.map(toRequirement);
  const yearsRequired = Math.max(0, ...mustHave.map((r) => r.years_min ?? 0));
  const languageRequirements = [...mustHave, ...niceToHave].flatMap((requirement) => {
    const language = requirement.kind === "language" ? findLanguage(requirement.text) : null;
    if (!language) return [];
    const required = mustHave.includes(requirement);
    return [{ language: language.code, level: findLanguageLevel(requirement.text), required }];
  });

  const missing: MissingField[] = [];
  if (!title)
    missing.push({ field: "basics.title", severity: "critical", reason: "No title line was found" });
  if (!company) {
    missing.push({ field: "basics.company", severity: "important", reason: "No company was named" });
  }
  if (!location) {
    const remote = workMode?.mode === "remote";
    const reason = "No location was named";
    missing.push({ field: "basics.location", severity: remote ? "optional" : "important", reason });
  }
  if (mustHave.length === 0) {
    const reason = "No requirements list was found under a heading such as 'Requirements'";
    missing.push({ field: "requirements.must_have", severity: "important", reason });
  }

  return JobCardV1Schema.parse({
    schema: "job-card-v1",
    basics: {
      title,
      seniority: seniority ?? null,
      company: company?.value ?? null,
      location: location ? { raw: location.value } : null,
      work_mode: workMode?.mode ?? "unknown",
    },
    overview: { summary: summary?.text ?? null, responsibilities: lists.responsibilities.map((r) => r.text) },
    requirements: { must_have: mustHave, nice_to_have: niceToHave },
    language_requirements: languageRequirements,
    years_required: yearsRequired > 0 ? yearsRequired : null,
    missing_fields: missing,
    evidence,
    meta: { ...minimalParserMeta },
  });
}
