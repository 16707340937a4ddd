import { retrievalTerms } from "../../packages/core/src/taxonomy/retrieval-terms";
import { seniorityInTitle, stripSeniorityPrefix } from "../../packages/core/src/taxonomy/seniority";
import { normalizePhrase, phraseTokens, slugify } from "../../packages/core/src/taxonomy/text";
import type { TitleEntry } from "../../packages/core/src/taxonomy/types";
import type { SourceOccupation } from "./esco";
import type { SourceOccupationOnet } from "./onet";
import { byText, cleanAliases } from "./skills";

/** "Software Developers" → "Software Developer" (O*NET names occupations in the plural). */
export function singularTitle(title: string): string {
  const base = title.replace(/,\s*All Other$/i, "");
  return base.replace(/(\w+)$/, (word) => {
    if (/ies$/i.test(word) && word.length > 4) return `${word.slice(0, -3)}y`;
    if (/(?:sses|xes|ches|shes)$/i.test(word)) return word.slice(0, -2);
    if (/[^su]s$/i.test(word)) return word.slice(0, -1);
    return word;
  });
}

/** "CEO (Chief Executive Officer)" → both spellings; seniority prefixes are stripped. */
export function titleVariants(title: string): string[] {
  const out = [title];
  const paren = /^(.*\S)\s*\(([^()]+)\)\s*(.*)$/.exec(title);
  if (paren) {
    const [, before = "", inside = "", after = ""] = paren;
    out.push(`${before} ${after}`.trim(), `${inside} ${after}`.trim());
  }
  return out.flatMap((variant) => {
    const tokens = phraseTokens(variant);
    const { rest } = stripSeniorityPrefix(tokens);
    return rest.length < tokens.length ? [variant, rest.join(" ")] : [variant];
  });
}

/**
 * O*NET lists one title under several occupations ("Accountant" under three), and a title names one
 * occupation on a card: the one that owns it. That is the occupation whose label it is; else one
 * whose label holds its head word as written ("Software Engineer" → Software Developers); else one
 * whose label holds it stemmed ("Accountant" → Accountants and Auditors, not Treasurers and
 * Controllers); else the lowest code. Returns each title's owner, by its normalised key.
 */
function titleOwners(
  entries: readonly TitleEntry[],
  aliasesOf: ReadonlyMap<TitleEntry, readonly string[]>,
): Map<string, TitleEntry> {
  const claims = new Map<string, TitleEntry[]>();
  for (const entry of entries)
    for (const alias of [entry.label, ...(aliasesOf.get(entry) ?? [])]) {
      const key = normalizePhrase(alias);
      const claimants = claims.get(key) ?? [];
      if (!claimants.includes(entry)) claimants.push(entry);
      claims.set(key, claimants);
    }
  const owners = new Map<string, TitleEntry>();
  for (const [key, claimants] of claims) {
    const head = key.split(" ").at(-1) ?? "";
    const headTerm = retrievalTerms(head)[0];
    const rank = (entry: TitleEntry): number =>
      normalizePhrase(entry.label) === key
        ? 0
        : phraseTokens(entry.label).includes(head)
          ? 1
          : headTerm !== undefined && retrievalTerms(entry.label).includes(headTerm)
            ? 2
            : 3;
    const [owner] = claimants
      .map((entry) => ({ entry, rank: rank(entry) }))
      .sort((a, b) => a.rank - b.rank || byText(a.entry.id, b.entry.id));
    if (owner) owners.set(key, owner.entry);
  }
  return owners;
}

export function buildTitles(onet: SourceOccupationOnet[], esco: SourceOccupation[]): TitleEntry[] {
  const titles: TitleEntry[] = [];
  const byKey = new Map<string, TitleEntry>();
  const aliasesOf = new Map<TitleEntry, string[]>();
  for (const occ of [...onet].sort((a, b) => byText(a.soc, b.soc))) {
    const label = singularTitle(occ.title);
    const entry: TitleEntry = {
      id: `onet_${occ.soc.replace(/[^0-9]/g, "_")}`,
      label,
      aliases: [],
      source: "onet",
      sourceLabel: occ.title,
      socCode: occ.soc,
    };
    const aliases = [occ.title, label, ...occ.aliases].flatMap(titleVariants);
    aliasesOf.set(entry, aliases);
    titles.push(entry);
  }
  // Each title to the O*NET occupation that owns it best (a label beats an alternate title).
  for (const [key, owner] of titleOwners(titles, aliasesOf)) byKey.set(key, owner);
  const used = new Set(titles.map((t) => t.id));
  // An O*NET entry takes its ISCO group from the ESCO occupation that names it by its label
  // ("software developer" → 2512) before one that only matches an alternate title ("application
  // engineer", 2141): step 1 compares titles through these groups.
  const groupByLabel = new Set<TitleEntry>();
  for (const occ of [...esco].sort((a, b) => byText(a.label, b.label))) {
    const key = normalizePhrase(occ.label);
    const stripped = stripSeniorityPrefix(phraseTokens(occ.label)).rest.join(" ");
    const target = byKey.get(key) ?? byKey.get(stripped);
    const aliases = [occ.label, ...occ.aliases].flatMap(titleVariants);
    if (target !== undefined) {
      aliasesOf.get(target)?.push(...aliases);
      const byLabel = normalizePhrase(target.label) === (byKey.has(key) ? key : stripped);
      if (target.iscoGroup === undefined || (byLabel && !groupByLabel.has(target))) {
        target.iscoGroup = occ.iscoGroup;
        target.sourceId = occ.uri;
        if (byLabel) groupByLabel.add(target);
      }
      continue;
    }
    let id = `esco_${slugify(occ.label)}`;
    if (used.has(id)) id = `${id}_${occ.uri.slice(-8)}`;
    used.add(id);
    const entry: TitleEntry = { id, label: occ.label, aliases: [], source: "esco", sourceLabel: occ.label };
    if (occ.iscoGroup) entry.iscoGroup = occ.iscoGroup;
    if (occ.uri) entry.sourceId = occ.uri;
    aliasesOf.set(entry, aliases);
    titles.push(entry);
  }
  // ESCO's titles merged into O*NET's occupations may name several of them too: each keeps its owner.
  const onetTitles = titles.filter((t) => t.source === "onet");
  const owners = titleOwners(onetTitles, aliasesOf);
  for (const entry of titles) {
    const taken = (key: string) => entry.source === "onet" && (owners.get(key) ?? entry) !== entry;
    entry.aliases = cleanAliases(entry.label, aliasesOf.get(entry) ?? [], taken);
    const level = seniorityInTitle(phraseTokens(entry.label));
    if (level !== undefined) entry.seniority = level;
  }
  return titles.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
