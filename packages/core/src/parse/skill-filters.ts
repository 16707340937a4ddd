import { NON_TECH_CATEGORIES } from "../taxonomy/context";
import type { LocatedHit } from "./skills";
import { bulletItem, type Line } from "./text";

/**
 * Which taxonomy hits outside the skills section count as skills. A CV names many things that
 * are no skill claim: the role ("Backend Engineer" is no "Backend development"), the employer
 * ("Prairie Cloud Software", "Forth Managed Services"), a credential and its issuer
 * ("Certified Scrum Product Owner, Scrum Alliance") and everyday topics in prose ("logistics
 * data", "migration").
 */

/** Nouns that make the words before them a job title: "Frontend Developer", "Backend-udvikler". */
const ROLE_NOUN =
  /^[\s-]*(?:senior\s+|junior\s+|lead\s+|principal\s+)?(?:engineers?|developers?|designers?|specialists?|coordinators?|managers?|analysts?|interns?|consultants?|architects?|administrators?|officers?|technicians?|scientists?|leads?|team\s+leads?|programmers?|testers?|strategists?|executives?|assistants?|associates?|advisors?|advisers?|partners?|directors?|udvikler|ingeniør|konsulent|entwickler(?:in)?|ingenieur(?:in)?|berater(?:in)?|développeur|développeuse|ingénieur|consultant(?:e)?|chef de projet)\b/iu;

/** A line that names a credential: its other hits are the issuer or the exam, not skills. */
const CREDENTIAL =
  /\b(?:certified|certification|certificate|certifikat|zertifi\w*|certifi\w*|licen[cs]e[d]?)\b/iu;

/** The hit qualifies a role noun right after it ("DevOps Engineer", "iOS Developer"). */
export function namesRole(hit: LocatedHit): boolean {
  const after = hit.line.text.slice(hit.end - hit.line.start);
  return ROLE_NOUN.test(after);
}

/**
 * A line holding a certification (by taxonomy category or by its wording), unless it is a list
 * of skills that happens to name one ("Skills: Playwright | Selenium | ISTQB").
 */
export function credentialLine(line: Line, lineHits: readonly LocatedHit[]): boolean {
  const others = new Set(lineHits.filter((h) => h.category !== "certification").map((h) => h.id));
  const separators = line.text.match(/[,;|•·]/g)?.length ?? 0;
  if (others.size >= 3 && separators >= 2) return false;
  return CREDENTIAL.test(line.text) || lineHits.some((h) => h.category === "certification");
}

/** ESCO/O*NET terms and the curated professional (non-tech) skills: broad topics, not products. */
export function broadTerm(hit: Pick<LocatedHit, "id" | "category">): boolean {
  return !hit.id.startsWith("sk_") || NON_TECH_CATEGORIES.has(hit.category);
}

/**
 * Broad terms that are one word ("logistics", "energy", "Forth", "sales", "reconciliations") are
 * topics or names in running text; they count when the CV lists them as skills, not in prose.
 */
export function loneSourceWord(hit: LocatedHit): boolean {
  return broadTerm(hit) && !/\s/.test(hit.text.trim());
}

/** "Skills: Playwright | Selenium" or "Tech stack: …" outside a skills section is a skills list. */
const LIST_LABEL =
  /^(?:(?:technical|core|key|it|soft|hard|main)\s+)?(?:skills|competenc(?:e|ies)|kompetencer|færdigheder|fähigkeiten|kenntnisse|compétences|tools|technologies|tech stack|stack|expertise|المهارات)\s*[:：]/iu;

export function labelledList(line: Line): boolean {
  return LIST_LABEL.test(bulletItem(line.text) ?? line.text);
}

export interface HitContext {
  skillLines: ReadonlySet<number>;
  heads: ReadonlySet<number>;
  credentials: ReadonlySet<number>;
}

/** Whether a hit may become a skill of the card. */
export function claimedSkill(hit: LocatedHit, context: HitContext): boolean {
  if (context.skillLines.has(hit.line.i)) return true;
  if (context.heads.has(hit.line.i) || context.credentials.has(hit.line.i)) return false;
  return !namesRole(hit) && !loneSourceWord(hit);
}

/** The line sets `claimedSkill` needs, from the hits and the job blocks. */
export function hitContext(
  hits: readonly LocatedHit[],
  skillLines: readonly Line[],
  jobs: ReadonlyArray<{ heads: Line[] }>,
): HitContext {
  const skillSet = new Set(skillLines.map((l) => l.i));
  for (const h of hits) if (labelledList(h.line)) skillSet.add(h.line.i);
  const heads = new Set(jobs.flatMap((j) => j.heads.map((l) => l.i)));
  const byLine = new Map<number, LocatedHit[]>();
  // push, not spread: a CV flattened onto one line has thousands of hits on it
  for (const h of hits) {
    const onLine = byLine.get(h.line.i);
    if (onLine) onLine.push(h);
    else byLine.set(h.line.i, [h]);
  }
  const credentials = new Set<number>();
  for (const [i, lineHits] of byLine) {
    const line = lineHits[0]?.line;
    if (line && !skillSet.has(i) && credentialLine(line, lineHits)) credentials.add(i);
  }
  return { skillLines: skillSet, heads, credentials };
}
