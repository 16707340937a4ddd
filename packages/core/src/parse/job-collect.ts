import type { Requirement } from "../job/job-card-v1";
import type { JobSectionKind } from "./headings";
import {
  clauseWeight,
  explicitCue,
  type Item,
  itemsOf,
  toRequirements,
  type Weight,
  weigh,
} from "./job-requirements";
import type { ParseNormalizer, SkillHit } from "./normalizer";
import type { Section } from "./sections";
import { type Line, splitLabel } from "./text";

/**
 * The requirements of a job ad. Section headings set the default ("Requirements" → must,
 * "Nice to have" → nice); each requirement's own clause can overrule it ("…, ideally AWS").
 * An ad with no must-have that way — prose, or a layout the headings missed — is read a second
 * time, whole: every skill or tool it mentions outside benefits and the application note is a
 * requirement, must unless the words of its clause say it is a plus.
 */

export interface CollectedRequirements {
  must: Requirement[];
  nice: Requirement[];
  /** Every skill named in requirements and responsibilities (the card's competencies). */
  hits: SkillHit[];
  responsibilities: string[];
}

const defaults: Partial<Record<string, Weight>> = { requirements: "must", nice: "nice" };
const neverRequirements = new Set<string>(["benefits", "apply"]);

function isHeadField(item: Item, titleLine: Line | undefined): boolean {
  return item.line === titleLine || /^(location|company|title)/i.test(splitLabel(item.text)?.label ?? "");
}

export function collectRequirements(
  sections: Section<JobSectionKind>[],
  titleLine: Line | undefined,
  normalizer: ParseNormalizer,
): CollectedRequirements {
  const out: CollectedRequirements = { must: [], nice: [], hits: [], responsibilities: [] };
  const file = (item: Item, fallback: Weight) => {
    const { requirements, hits, positions } = toRequirements(item, normalizer);
    out.hits.push(...hits);
    requirements.forEach((r, i) => {
      const weight = clauseWeight(item.text, positions[i] ?? 0, fallback) ?? fallback ?? "must";
      (weight === "nice" ? out.nice : out.must).push(r);
    });
  };
  for (const section of sections) {
    if (section.kind === "responsibilities") {
      for (const item of itemsOf(section.lines)) {
        out.responsibilities.push(item.text);
        out.hits.push(...normalizer.findSkills(item.text));
      }
      continue;
    }
    if (neverRequirements.has(section.kind) || section.kind === "about") continue;
    const fallback = defaults[section.kind] ?? null;
    for (const item of itemsOf(section.lines)) {
      if (isHeadField(item, titleLine) || !weigh(item.text, fallback)) continue;
      const first = toRequirements(item, normalizer).requirements[0];
      if (!first || (fallback === null && first.kind === "other" && !explicitCue(item.text))) continue;
      file(item, fallback);
    }
  }
  if (out.must.length > 0) return out;

  // No must-have under a heading or with a cue: the skills named anywhere else in the ad.
  const filed = new Set([...out.nice].map((r) => r.evidence?.start));
  for (const section of sections) {
    if (neverRequirements.has(section.kind)) continue;
    for (const item of itemsOf(section.lines)) {
      if (isHeadField(item, titleLine) || filed.has(item.line.start + item.at)) continue;
      if (normalizer.findSkills(item.text).length === 0) continue;
      file(item, "must");
    }
  }
  return out;
}
