import { type Candidate, resolveAmbiguity } from "./context";
import { loadTaxonomy } from "./load";
import { skillRetriever } from "./retrieval";
import { type SkillPayload, skillTrie, type TenantAlias, tenantTrie } from "./skill-index";
import { addressSpans, insideSpans } from "./spans";
import { type SkillSuggestion, suggestFrom } from "./suggest";
import { phraseTokens, type Token, tokenize } from "./text";
import { createTitleMatcher, type TitleMatch, titleTrie } from "./title-match";
import type { PhraseDictionary } from "./trie";
import type { SkillEntry, Taxonomy } from "./types";

export interface SkillMatch {
  id: string;
  label: string;
  category: string;
  source: string;
  sourceLabel: string;
  /** Offsets into the original text: text.slice(start, end) is the surface form. */
  start: number;
  end: number;
  text: string;
}

export interface Normalizer {
  /** Non-overlapping, longest match wins, sorted by start. */
  findSkills(text: string): SkillMatch[];
  findTitles(text: string): TitleMatch[];
  /** Exact normalized alias lookup: "JS" → javascript. */
  canonicalSkill(name: string): SkillEntry | undefined;
  /** Parents + related ids (partial credit). */
  relatedSkills(id: string): string[];
  /**
   * Ranked skills for one phrase (a skills-list item, a requirement): its whole-token matches,
   * or, when it has none, ESCO / curated skills found by meaning, with scores (suggest.ts).
   */
  suggestSkills(phrase: string, limit?: number): SkillSuggestion[];
  /**
   * The ISCO-08 unit group (4 digits) of a normalized title ("software developer" → "2512"),
   * or null when the title is not in the taxonomy or has no occupation group.
   */
  occupationOf(normalizedTitle: string): string | null;
}

export interface NormalizerOptions {
  tenantAliases?: TenantAlias[];
}

/** Whether a phrase may end/start at a hyphen ("c-level" is no C; "React-based" is React). */
function boundaryOk(
  text: string,
  tokens: readonly Token[],
  first: number,
  last: number,
  payload: SkillPayload,
): boolean {
  if (payload.upper) {
    const surface = text.slice(tokens[first]?.start ?? 0, tokens[last]?.end ?? 0);
    if (surface !== surface.toUpperCase()) return false;
  }
  if (payload.caps) {
    for (let k = 0; k <= last - first; k++) {
      const t = tokens[first + k];
      if (payload.caps[k] && t !== undefined && !/^\p{Lu}/u.test(text.slice(t.start, t.start + 1)))
        return false;
    }
  }
  const hyphenated = (tokens[first]?.hyphenBefore ?? false) || (tokens[last + 1]?.hyphenBefore ?? false);
  if (!hyphenated) return true;
  const length = (tokens[last]?.end ?? 0) - (tokens[first]?.start ?? 0);
  return !payload.gated && length > 2;
}

type Dictionaries = readonly PhraseDictionary<SkillPayload>[];

/** Phrases starting at `from`, from every dictionary; an earlier dictionary wins a tie. */
function prefixes(tries: Dictionaries, tokens: readonly Token[], from: number): [number, SkillPayload][] {
  if (tries.length === 1) return tries[0]?.prefixes(tokens, from) ?? [];
  const byLast = new Map<number, SkillPayload>();
  for (const trie of [...tries].reverse())
    for (const [last, p] of trie.prefixes(tokens, from)) byLast.set(last, p);
  return [...byLast].sort((a, b) => a[0] - b[0]);
}

function lookup(tries: Dictionaries, tokens: string[]): SkillPayload | undefined {
  for (const trie of tries) {
    const found = trie.get(tokens);
    if (found !== undefined) return found;
  }
  return undefined;
}

function scan(text: string, tries: Dictionaries, tokens: readonly Token[]): Candidate[] {
  const out: Candidate[] = [];
  const addresses = addressSpans(text);
  for (let i = 0; i < tokens.length; ) {
    if (tokens[i]?.norm === "/") {
      i++;
      continue;
    }
    let best: Candidate | undefined;
    for (const [last, payload] of prefixes(tries, tokens, i)) {
      if (tokens[last]?.norm !== "/" && boundaryOk(text, tokens, i, last, payload))
        best = { first: i, last, payload };
    }
    if (best === undefined) i++;
    else {
      if (!insideSpans(addresses, tokens, best.first, best.last)) out.push(best);
      i = best.last + 1;
    }
  }
  return out;
}

export function createNormalizer(
  taxonomy: Taxonomy = loadTaxonomy(),
  options: NormalizerOptions = {},
): Normalizer {
  const tenant = options.tenantAliases ?? [];
  const tries: Dictionaries =
    tenant.length > 0 ? [tenantTrie(taxonomy, tenant), skillTrie(taxonomy)] : [skillTrie(taxonomy)];
  let titles: ReturnType<typeof createTitleMatcher> | undefined;
  const findSkills = (text: string): SkillMatch[] => {
    const tokens = tokenize(text);
    return resolveAmbiguity(text, tokens, scan(text, tries, tokens)).map(({ first, last, payload }) => {
      const start = tokens[first]?.start ?? 0;
      const end = tokens[last]?.end ?? start;
      const { skill } = payload;
      return {
        id: skill.id,
        label: skill.label,
        category: skill.category,
        source: skill.source,
        sourceLabel: skill.sourceLabel,
        start,
        end,
        text: text.slice(start, end),
      };
    });
  };
  return {
    findSkills,
    findTitles(text) {
      titles ??= createTitleMatcher(taxonomy);
      return titles(text);
    },
    canonicalSkill(name) {
      return lookup(tries, phraseTokens(name))?.skill;
    },
    relatedSkills(id) {
      const skill = taxonomy.skillById(id);
      return skill === undefined ? [] : [...new Set([...(skill.parents ?? []), ...(skill.related ?? [])])];
    },
    suggestSkills(phrase, limit = 5) {
      return suggestFrom(phrase, findSkills(phrase), () => skillRetriever(taxonomy), limit);
    },
    occupationOf(normalizedTitle) {
      const tokens = phraseTokens(normalizedTitle);
      return tokens.length === 0 ? null : (titleTrie(taxonomy).get(tokens)?.title.iscoGroup ?? null);
    },
  };
}

let shared: Normalizer | undefined;

/** The normalizer over the committed taxonomy, built once per process. */
export function defaultNormalizer(): Normalizer {
  shared ??= createNormalizer(loadTaxonomy());
  return shared;
}
