import type { Skill } from "../resume/resume-card-v1";
import { type DateRange, mergedYears } from "./dates";
import { isDuration } from "./header-lines";
import type { ParseNormalizer, SkillHit } from "./normalizer";
import { broadTerm, claimedSkill, hitContext } from "./skill-filters";
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

export interface ListItem {
  text: string;
  /** Offset of the item in line.text. */
  at: number;
  category: string | null;
}

type Span = { start: number; end: number };

const SEPARATOR = /\s*[,;|•·،]\s*/gu;
const CONJUNCTION = /\s+(?:and|og|und|et|y|و|&)\s+/gu;

/** A full sentence of two words or more, no list in it: "Trained new tellers.", not "Python, SQL." */
function sentence(text: string): boolean {
  const trimmed = text.trim();
  return /\p{Ll}\.$/u.test(trimmed) && words(trimmed).length >= 2 && !/[,;|•·،]/u.test(trimmed);
}

/**
 * "Languages | TypeScript, Java, SQL": a table row of a category and its list (a Word or PDF
 * table's two cells), read as "Languages: …". Only two cells, the first a few words with no list
 * of its own, the second a list: "Python | SQL | Excel" stays three skills.
 */
function rowLabel(text: string): { label: string; value: string } | null {
  const cells = text.split(/\s+\|\s+/u);
  const [label, value] = cells;
  if (cells.length !== 2 || !label || !value || /[,;]/u.test(label) || !/[,;]/u.test(value)) return null;
  return { label, value };
}

/**
 * "Programming: Python, Go (advanced); SQL" → items with their offsets in the line. "and" splits
 * an item only when the taxonomy knows both sides ("Python and Go"): "Shipping and receiving" and
 * "Inspection and testing" are one skill each. Without hits, every "and" splits.
 */
export function listItems(line: Line, hits?: readonly Span[]): ListItem[] {
  const body = bulletItem(line.text) ?? line.text;
  const bodyAt = line.text.indexOf(body);
  const labelled = splitLabel(body) ?? rowLabel(body);
  const category = labelled && words(labelled.label).length <= 4 ? labelled.label : null;
  const content = category && labelled ? labelled.value : body;
  // "• Trained new tellers." under a skill's name in a functional CV: one sentence, a duty.
  if (sentence(content)) return [];
  const contentAt = bodyAt + body.indexOf(content);
  const known = (from: number, to: number) =>
    hits === undefined ||
    hits.some((h) => h.start < line.start + contentAt + to && line.start + contentAt + from < h.end);
  const items: ListItem[] = [];
  const push = (from: number, to: number) => {
    const raw = content.slice(from, to);
    const text = raw
      .replace(/\s*[([][^)\]]*[)\]]\s*$/, "")
      .replace(/\s+[-–—]\s+\p{L}+$/u, "")
      .replace(/[★☆●○■□✓\s.]+$/u, "")
      .trim();
    // "Notice period: 1 Month" among a profile's skills: a length of time is no skill.
    if (
      text &&
      /\p{L}/u.test(text) &&
      words(text).length <= 4 &&
      text.length <= 40 &&
      !levelWords.test(text) &&
      !isDuration(text)
    )
      items.push({ text, at: contentAt + from + raw.indexOf(text), category });
  };
  const segment = (from: number, to: number) => {
    const cuts = [...content.slice(from, to).matchAll(CONJUNCTION)].map((m) => [
      from + m.index,
      from + m.index + m[0].length,
    ]);
    const bounds = [from, ...cuts.flat(), to];
    const parts: Array<[number, number]> = [];
    for (let k = 0; k < bounds.length; k += 2) parts.push([bounds[k] ?? from, bounds[k + 1] ?? to]);
    if (parts.length > 1 && parts.every(([a, b]) => known(a, b))) for (const [a, b] of parts) push(a, b);
    else push(from, to);
  };
  let last = 0;
  for (const m of content.matchAll(SEPARATOR)) {
    segment(last, m.index);
    last = m.index + m[0].length;
  }
  segment(last, content.length);
  return items;
}

/**
 * A skills-list item the taxonomy covers only in part through broad terms (ESCO/O*NET or a
 * professional skill: "Fire alarm systems" → "alarm systems", "Akut sygepleje" → "Nursing"): the
 * item as written is the more exact skill.
 */
function partialSourceHits(item: ListItem, line: Line, lineHits: readonly LocatedHit[]): LocatedHit[] | null {
  const from = line.start + item.at;
  const to = from + item.text.length;
  const inside = lineHits.filter((h) => h.start < to && from < h.end);
  if (inside.length === 0 || !inside.every(broadTerm)) return null;
  const covered = inside.reduce((n, h) => n + h.text.replace(/\s/g, "").length, 0);
  return covered < item.text.replace(/[\s\-–]/g, "").length ? inside : null;
}

export interface SkillInput {
  hits: LocatedHit[];
  /** Lines of the skills sections (their unknown items are kept too). */
  skillLines: Line[];
  /** Where a hit may come from, by line index. */
  allowed: (line: Line) => boolean;
  /** Each job's lines, and those that name it (header, labelled title or employer). */
  jobs: Array<{ range: DateRange; lines: Line[]; heads: Line[] }>;
  now: Date;
}

export function collectSkills(input: SkillInput): { skills: Skill[]; jobSkills: string[][] } {
  const context = hitContext(input.hits, input.skillLines, input.jobs);
  const skillLineSet = context.skillLines;
  const listed: Array<{ line: Line; item: ListItem; lineHits: LocatedHit[] }> = [];
  const superseded = new Set<LocatedHit>();
  const extra = input.hits.map((h) => h.line).filter((l) => context.skillLines.has(l.i));
  const listLines = [...new Map([...input.skillLines, ...extra].map((l) => [l.i, l])).values()];
  for (const line of listLines) {
    if (line.text === "" || line.text.length > 300) continue;
    const lineHits = input.hits.filter((h) => h.line.i === line.i);
    for (const item of listItems(line, lineHits)) {
      const partial = partialSourceHits(item, line, lineHits);
      for (const h of partial ?? []) superseded.add(h);
      listed.push({ line, item, lineHits: partial ? [] : lineHits });
    }
  }
  const usable = input.hits.filter(
    (h) =>
      !superseded.has(h) &&
      (skillLineSet.has(h.line.i) || (input.allowed(h.line) && claimedSkill(h, context))),
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
  for (const { line, item, lineHits } of listed) {
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
  const labelById = new Map(skills.map((s) => [s.id, s.name]));
  const jobSkills = jobSets.map((set) => [...set].map((id) => labelById.get(id) ?? id));
  return { skills, jobSkills };
}
