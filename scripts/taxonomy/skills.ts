import { isStopPhrase } from "../../packages/core/src/taxonomy/stopwords";
import { normalizePhrase, phraseTokens, slugify } from "../../packages/core/src/taxonomy/text";
import type { SkillEntry } from "../../packages/core/src/taxonomy/types";
import type { CuratedEntry, SourceSkill } from "./types";

const MAX_ALIAS_TOKENS = 8;

/** Aliases worth matching: not too long, not only stop words, one spelling per normalized form. */
export function cleanAliases(
  label: string,
  aliases: Iterable<string>,
  taken?: (key: string) => boolean,
): string[] {
  const seen = new Set([normalizePhrase(label)]);
  const out: string[] = [];
  for (const alias of aliases) {
    const tokens = phraseTokens(alias);
    const key = tokens.join(" ");
    if (tokens.length === 0 || tokens.length > MAX_ALIAS_TOKENS || seen.has(key)) continue;
    if (isStopPhrase(tokens) || taken?.(key)) continue;
    seen.add(key);
    out.push(alias.trim());
  }
  return out.sort(byText);
}

/** Locale-independent, total order: deterministic on every machine. */
export function byText(a: string, b: string): number {
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  return la < lb ? -1 : la > lb ? 1 : a < b ? -1 : a > b ? 1 : 0;
}

/**
 * ESCO alt labels that are one lower-case word are generic nouns ("engineering" under
 * "packaging engineering", "lead" under "lead others"): dropped. Names ("Ansible", "SQL") stay.
 */
export function notGenericWord(alias: string): boolean {
  return /\s/.test(alias.trim()) || alias !== alias.toLowerCase();
}

/**
 * ESCO competences are verb phrases ("manipulate stainless steel", "prospect new customers");
 * an alt label that is the phrase without its verb ("stainless steel", "new customers") names
 * the object worked on, not the competence, and would match any mention of the object.
 */
export function notBareObject(source: SourceSkill): (alias: string) => boolean {
  if (source.source !== "esco" || source.category !== "competence") return () => true;
  const object = normalizePhrase(source.display).split(" ").slice(1).join(" ");
  return (alias) => object === "" || normalizePhrase(alias) !== object;
}

const sourceKey = (s: SourceSkill) => `${s.source}:${s.label}`;

/**
 * Curated entries are canonical: an ESCO/O*NET record whose label (or display label) is a
 * curated label/alias, or that a curated entry names in `match`, is folded into it.
 */
export function mergeSkills(curated: CuratedEntry[], sources: SourceSkill[]): SkillEntry[] {
  const owner = new Map<string, string>();
  const explicit = new Map<string, string>();
  const excluded = new Set<string>();
  for (const e of curated) {
    for (const a of [e.label, ...(e.aliases ?? [])]) {
      const key = normalizePhrase(a);
      if (!owner.has(key)) owner.set(key, e.id);
    }
    for (const m of e.match ?? []) explicit.set(m, e.id);
    for (const m of e.notMatch ?? []) excluded.add(m);
  }
  const merged = new Map<string, SourceSkill[]>();
  const rest: SourceSkill[] = [];
  for (const s of sources) {
    const target =
      explicit.get(sourceKey(s)) ??
      owner.get(normalizePhrase(s.label)) ??
      owner.get(normalizePhrase(s.display));
    if (target === undefined || excluded.has(sourceKey(s))) rest.push(s);
    else merged.set(target, [...(merged.get(target) ?? []), s]);
  }
  const curatedKeys = (key: string) => owner.has(key);
  const out: SkillEntry[] = curated.map((e) => curatedRecord(e, merged.get(e.id) ?? [], owner));
  const idsByLabel = new Map<string, string>();
  const records: { skill: SkillEntry; parents: string[] }[] = [];
  const used = new Set(out.map((s) => s.id));
  for (const s of rest.sort((a, b) => byText(sourceKey(a), sourceKey(b)))) {
    let id = `${s.source}_${slugify(s.label)}`;
    for (let n = 2; used.has(id); n++) id = `${s.source}_${slugify(s.label)}_${n}`;
    used.add(id);
    const skill: SkillEntry = {
      id,
      label: s.display,
      aliases: cleanAliases(
        s.display,
        [s.label, ...s.aliases].filter(notGenericWord).filter(notBareObject(s)),
        curatedKeys,
      ),
      category: s.category,
      source: s.source,
      sourceLabel: s.label,
    };
    if (s.sourceId) skill.sourceId = s.sourceId;
    if (s.source === "esco") idsByLabel.set(s.label, id);
    records.push({ skill, parents: s.parentLabels ?? [] });
  }
  for (const { skill, parents } of records) {
    const ids = parents
      .map((p) => idsByLabel.get(p))
      .filter((p): p is string => p !== undefined && p !== skill.id);
    if (ids.length > 0) skill.parents = [...new Set(ids)].sort();
    out.push(skill);
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function curatedRecord(e: CuratedEntry, sources: SourceSkill[], owner: Map<string, string>): SkillEntry {
  const labelKey = normalizePhrase(e.label);
  const exact = (s: SourceSkill) => (normalizePhrase(s.display) === labelKey ? 0 : 1);
  const esco = sources
    .filter((s) => s.source === "esco")
    .sort((a, b) => exact(a) - exact(b) || byText(a.label, b.label));
  // Source aliases another curated entry owns stay with that entry (ESCO lists "Mocha" under JavaScript).
  const foreign = (key: string) => (owner.get(key) ?? e.id) !== e.id;
  const sourceAliases = sources.flatMap((s) => [s.label, s.display, ...s.aliases]);
  const skill: SkillEntry = {
    id: e.id,
    label: e.label,
    aliases: [],
    category: e.category,
    source: "curated",
    sourceLabel: esco[0]?.label ?? e.label,
  };
  const own = cleanOwn(e);
  const ownKeys = new Set(own.map(normalizePhrase));
  const taken = (key: string) => foreign(key) || ownKeys.has(key);
  skill.aliases = [...own, ...cleanAliases(e.label, sourceAliases, taken)].sort(byText);
  const firstWithId = [...esco, ...sources].find((s) => s.sourceId !== undefined);
  if (firstWithId?.sourceId) skill.sourceId = firstWithId.sourceId;
  if (sources.length > 0) skill.sourceIds = [...new Set(sources.map(sourceKey))].sort();
  if (e.parents?.length) skill.parents = [...e.parents].sort();
  if (e.related?.length) skill.related = [...e.related].sort();
  if (e.ambiguous) {
    skill.ambiguous = true;
    if (e.ambiguousAliases?.length) skill.ambiguousAliases = e.ambiguousAliases.map(normalizePhrase).sort();
    if (e.context?.length) skill.context = e.context.map(normalizePhrase).sort();
  }
  return skill;
}

// Curated aliases are deliberate: keep them even when they are common words (gated by `ambiguous`).
function cleanOwn(e: CuratedEntry): string[] {
  const seen = new Set([normalizePhrase(e.label), ""]);
  return (e.aliases ?? []).filter((a) => {
    const key = normalizePhrase(a);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
