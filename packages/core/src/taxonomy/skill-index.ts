import { perTaxonomy } from "./per-taxonomy";
import { isStopPhrase } from "./stopwords";
import { phraseTokens } from "./text";
import { type PhraseDictionary, PhraseTrie } from "./trie";
import type { SkillEntry, Taxonomy } from "./types";

export interface TenantAlias {
  alias: string;
  skillId: string;
}

export interface SkillPayload {
  skill: SkillEntry;
  /** Lower wins when two skills share a phrase: tenant, curated, labels, then aliases. */
  rank: number;
  /** A common-word form ("Go", "R") that only counts with context. */
  gated: boolean;
  /** A source acronym ("APPS", "TOC"): matches only when written in capitals. */
  upper: boolean;
  /** An O*NET product name ("Front Desk", "Route"): its capitalised words must be capitalised. */
  caps?: boolean[];
}

/** Which words of an O*NET product name start with a capital ("Front Desk" → [true, true]). */
function productCaps(skill: SkillEntry, phrase: string): boolean[] | undefined {
  if (skill.source !== "onet") return undefined;
  const caps = phrase
    .trim()
    .split(/\s+/)
    .map((w) => /^\p{Lu}/u.test(w));
  return caps.some(Boolean) ? caps : undefined;
}

const ACRONYM = /^[A-Z][A-Z0-9]{1,5}$/;

const SOURCE_RANK: Record<SkillEntry["source"], number> = { curated: 0, esco: 1, onet: 2 };

const better = (a: SkillPayload, b: SkillPayload) =>
  a.rank < b.rank || (a.rank === b.rank && a.skill.id < b.skill.id);

function gatedForms(skill: SkillEntry): Set<string> {
  if (!skill.ambiguous) return new Set();
  if (skill.ambiguousAliases?.length) return new Set(skill.ambiguousAliases);
  return new Set(
    [skill.label, ...skill.aliases]
      .map((a) => phraseTokens(a))
      .filter((t) => t.length === 1)
      .map((t) => t.join(" ")),
  );
}

/** The phrase dictionary of every skill label and alias: built once per taxonomy, then shared. */
export const skillTrie: (taxonomy: Taxonomy) => PhraseDictionary<SkillPayload> = perTaxonomy(
  (taxonomy) => taxonomy.prebuilt?.skillPhrases() ?? buildSkillTrie(taxonomy),
);

/** A tenant's own aliases: a small dictionary consulted before the shared one. */
export function tenantTrie(
  taxonomy: Taxonomy,
  tenantAliases: readonly TenantAlias[],
): PhraseTrie<SkillPayload> {
  const trie = new PhraseTrie<SkillPayload>();
  for (const { alias, skillId } of tenantAliases) {
    const skill = taxonomy.skillById(skillId);
    const tokens = phraseTokens(alias);
    if (skill !== undefined && tokens.length > 0) {
      trie.add(tokens, { skill, rank: -1, gated: false, upper: false }, better);
    }
  }
  return trie;
}

function buildSkillTrie(taxonomy: Taxonomy): PhraseTrie<SkillPayload> {
  const trie = new PhraseTrie<SkillPayload>();
  for (const skill of taxonomy.skills) {
    const gated = gatedForms(skill);
    const curated = skill.source === "curated";
    const base = SOURCE_RANK[skill.source] * 2;
    const add = (phrase: string, rank: number) => {
      const tokens = phraseTokens(phrase);
      if (tokens.length === 0) return;
      const key = tokens.join(" ");
      // Only the curated layer may own stop words and one- or two-letter forms, and only gated.
      if (!curated && (isStopPhrase(tokens) || (tokens.length === 1 && key.length <= 2))) return;
      const upper = !curated && tokens.length === 1 && ACRONYM.test(phrase.trim());
      const caps = productCaps(skill, phrase);
      const payload: SkillPayload = {
        skill,
        rank: curated ? rank : base + rank,
        gated: gated.has(key),
        upper,
      };
      if (caps !== undefined && caps.length === tokens.length) payload.caps = caps;
      trie.add(tokens, payload, better);
    };
    add(skill.label, 0);
    for (const alias of skill.aliases) add(alias, 1);
  }
  return trie;
}
