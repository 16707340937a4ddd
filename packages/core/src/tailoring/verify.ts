import { bundledRules, type TailoringRules } from "../codex/rules";
import type { ResumeCardV1 } from "../resume/resume-card-v1";
import type { Normalizer } from "../taxonomy/normalizer";
import { defaultNormalizer } from "../taxonomy/normalizer";
import { checkText, type SourceFacts, sourceFacts } from "./facts";
import type { Verification } from "./resume-tailor-v1";

/**
 * The deterministic verifier: a tailored card passes when everything the block-list protects is
 * unchanged, every list the allow-list lets reorder holds the same items, and every text that
 * differs from the source states no fact the source card does not (facts.ts).
 */

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

function sameItems(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && same([...a].sort(), [...b].sort());
}

class Checker {
  readonly violations: string[] = [];
  checked = 0;
  constructor(
    private readonly facts: SourceFacts,
    private readonly normalizer: Normalizer,
    private readonly rules: TailoringRules,
  ) {}

  unchanged(path: string, before: unknown, after: unknown): void {
    this.checked++;
    if (!same(before, after)) this.violations.push(`${path} changed; tailoring never changes it`);
  }

  /** A text the source has verbatim passes; any other must state no new fact. */
  text(
    path: string,
    value: string | null | undefined,
    originals: readonly (string | null | undefined)[],
  ): void {
    if (value == null || originals.includes(value)) return;
    const result = checkText(value, this.facts, this.normalizer, this.rules);
    this.checked += result.checked;
    if (result.violation) this.violations.push(`${path} ${result.violation.reason}`);
  }
}

export function verifyTailoredCard(
  source: ResumeCardV1,
  tailored: ResumeCardV1,
  normalizer: Normalizer = defaultNormalizer(),
  rules: TailoringRules = bundledRules.tailoring,
  /** The source's facts, when the caller has already built them (buildTailoredBundle). */
  facts: SourceFacts = sourceFacts(source, normalizer),
): Verification {
  const check = new Checker(facts, normalizer, rules);
  const { headline, ...contact } = tailored.personal_info;
  const { headline: sourceHeadline, ...sourceContact } = source.personal_info;
  check.unchanged("personal_info", sourceContact, contact);
  check.text("personal_info.headline", headline, [sourceHeadline]);
  check.text("summary", tailored.summary, [source.summary]);

  if (tailored.work_experience.length !== source.work_experience.length) {
    check.violations.push("work_experience: roles were added or removed");
  }
  source.work_experience.forEach((role, i) => {
    const out = tailored.work_experience[i];
    if (out === undefined) return;
    const { bullets, skills: _skills, ...fixed } = out;
    const { bullets: sourceBullets, skills: _s, ...sourceFixed } = role;
    check.unchanged(`work_experience[${i}]`, sourceFixed, fixed);
    if (bullets.length !== sourceBullets.length) {
      check.violations.push(`work_experience[${i}].bullets: bullets were added or removed`);
    }
    bullets.forEach((b, j) => {
      check.text(`work_experience[${i}].bullets[${j}]`, b, sourceBullets);
    });
  });
  check.unchanged("education", source.education, tailored.education);
  check.unchanged("certifications", source.certifications, tailored.certifications);
  check.unchanged("languages", source.languages, tailored.languages);
  check.unchanged("total_years_experience", source.total_years_experience, tailored.total_years_experience);

  const keyOf = (s: { id?: string | null | undefined; raw?: string | null | undefined; name: string }) =>
    s.id ?? s.raw ?? s.name;
  if (!sameItems(source.skills.map(keyOf), tailored.skills.map(keyOf))) {
    check.violations.push("skills: skills were added or removed");
  }
  tailored.skills.forEach((skill, i) => {
    check.checked++;
    const original = source.skills.find((s) => keyOf(s) === keyOf(skill));
    if (original === undefined || skill.name === original.name) return;
    const canonical = normalizer.canonicalSkill(skill.name)?.id;
    if (original.id == null || canonical !== original.id) {
      check.violations.push(`skills[${i}].name "${skill.name}" is not another name of "${original.name}"`);
    }
  });

  const sourceProjects = source.projects ?? [];
  (tailored.projects ?? []).forEach((project, i) => {
    const original = sourceProjects.find((p) => p.name === project.name);
    if (original === undefined) {
      check.violations.push(`projects[${i}] "${project.name}" is not a project of the CV`);
      return;
    }
    const { description, ...fixed } = project;
    const { description: sourceDescription, ...sourceFixed } = original;
    check.unchanged(`projects[${i}]`, sourceFixed, fixed);
    check.text(`projects[${i}].description`, description, [sourceDescription]);
  });
  return {
    passed: check.violations.length === 0,
    facts_checked: check.checked,
    violations: check.violations,
  };
}
