import type { Skill } from "../resume/resume-card-v1";
import { type DateRange, mergedYears } from "./dates";
import type { ParseNormalizer, SkillHit } from "./normalizer";
import { claimedSkill, hitContext } from "./skill-filters";
import { bulletItem, type Line, lineAt, spanIn, splitLabel, words } from "./text";

/**
 * Skills from the whole CV through the taxonomy (whole-token matches, so "java" never comes out
 * of "javascript"), skills-section items the taxonomy does not know, and years per skill from
 * the dated jobs that mention it.
 */

export interface LocatedHit extends SkillHit {
  line: Line;
}

export function locateSkills(text: string, lines: Line[], normalizer: ParseNormalizer): LocatedHit[] {
  const out: LocatedHit[] = [];
  for (const hit of normalizer.findSkills(text)) {
    const line = lineAt(lines, hit.start);
    if (line && hit.start >= line.start && hit.end <= line.start + line.text.length)
      out.push({ ...hit, line });
  }
  return out;
}

const levelWords =
  /^(?:expert|advanced|intermediate|basic|beginner|proficient|good|very good|excellent|fluent|native|\d+\+?\s*(?:years?|yrs?|år|jahre|ans|años))$/i;

/** "Programming: Python, Go (advanced); SQL" → items with their offsets in the line. */
export function listItems(line: Line): Array<{ text: string; at: number; category: string | null }> {
  const body = bulletItem(line.text) ?? line.text;
  const bodyAt = line.text.indexOf(body);
  const labelled = splitLabel(body);
  const category = labelled && words(labelled.label).length <= 4 ? labelled.label : null;
  const content = category && labelled ? labelled.value : body;
  const contentAt = bodyAt + body.indexOf(content);
  const items: Array<{ text: string; at: number; category: string | null }> = [];
  let last = 0;
  const push = (end: number) => {
    const raw = content.slice(last, end);
    const text = raw
      .replace(/\s*[([][^)\]]*[)\]]\s*$/, "")
      .replace(/\s+[-–—]\s+\p{L}+$/u, "")
      .replace(/[★☆●○■□✓\s.]+$/u, "")
      .trim();
    if (
      text &&
      /\p{L}/u.test(text) &&
      words(text).length <= 4 &&
      text.length <= 40 &&
      !levelWords.test(text)
    ) {
      items.push({ text, at: contentAt + last + raw.indexOf(text), category });
    }
  };
  for (const m of content.matchAll(/\s*(?:[,;|•·،]|\s(?:and|og|und|et|y|و)\s)\s*/gu)) {
    push(m.index);
    last = m.index + m[0].length;
  }
  push(content.length);
  return items;
}

export interface SkillInput {
  hits: LocatedHit[];
  /** Lines of the skills sections (their unknown items are kept too). */
  skillLines: Line[];
  /** Where a hit may come from, by line index. */
  allowed: (line: Line) => boolean;
  jobs: Array<{ range: DateRange; lines: Line[] }>;
  now: Date;
}

export function collectSkills(input: SkillInput): { skills: Skill[]; jobSkills: string[][] } {
  const context = hitContext(input.hits, input.skillLines, input.jobs);
  const skillLineSet = context.skillLines;
  const usable = input.hits.filter(
    (h) => skillLineSet.has(h.line.i) || (input.allowed(h.line) && claimedSkill(h, context)),
  );
  const ordered = [
    ...usable.filter((h) => skillLineSet.has(h.line.i)),
    ...usable.filter((h) => !skillLineSet.has(h.line.i)),
  ];
  const jobSets = input.jobs.map((job) => {
    const lineIds = new Set(job.lines.map((l) => l.i));
    return new Set(usable.filter((h) => lineIds.has(h.line.i)).map((h) => h.id));
  });
  const byId = new Map<string, Skill>();
  for (const hit of ordered) {
    if (byId.has(hit.id)) continue;
    const ranges = input.jobs.filter((_, k) => jobSets[k]?.has(hit.id)).map((j) => j.range);
    const years = ranges.length > 0 ? mergedYears(ranges, input.now) : null;
    byId.set(hit.id, {
      id: hit.id,
      name: hit.label,
      raw: hit.text,
      category: hit.category,
      years,
      evidence: spanIn(hit.line, hit.text, hit.start - hit.line.start),
    });
  }
  const skills = [...byId.values()];
  const known = new Set(skills.flatMap((s) => [s.name.toLowerCase(), (s.raw ?? "").toLowerCase()]));
  for (const line of input.skillLines) {
    if (line.text === "" || line.text.length > 300) continue;
    const lineHits = input.hits.filter((h) => h.line.i === line.i);
    for (const item of listItems(line)) {
      const from = line.start + item.at;
      const covered = lineHits.some((h) => h.start < from + item.text.length && from < h.end);
      if (covered || known.has(item.text.toLowerCase())) continue;
      known.add(item.text.toLowerCase());
      skills.push({
        id: null,
        name: item.text,
        raw: item.text,
        category: item.category,
        years: null,
        evidence: spanIn(line, item.text, item.at),
      });
    }
  }
  const labelById = new Map(skills.map((s) => [s.id, s.name]));
  const jobSkills = jobSets.map((set) => [...set].map((id) => labelById.get(id) ?? id));
  return { skills, jobSkills };
}
