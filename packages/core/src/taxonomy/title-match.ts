import { perTaxonomy } from "./per-taxonomy";
import { cueEndingAt, seniorityInTitle } from "./seniority";
import { isStopPhrase } from "./stopwords";
import { phraseTokens, type Token, tokenize } from "./text";
import { type PhraseDictionary, PhraseTrie } from "./trie";
import type { Taxonomy, TitleEntry } from "./types";

export interface TitleMatch {
  id: string;
  label: string;
  seniority: string | null;
  /** Offsets into the original text, seniority prefix included ("Senior Software Engineer"). */
  start: number;
  end: number;
  text: string;
}

export interface TitlePayload {
  title: TitleEntry;
  rank: number;
}

const RANKS = ["intern", "junior", "mid", "senior", "lead", "principal", "head", "director", "executive"];
const rankOf = (level: string | undefined) => (level === undefined ? -1 : RANKS.indexOf(level));

/** The phrase dictionary of every title label and alias: built once per taxonomy, then shared. */
export const titleTrie: (taxonomy: Taxonomy) => PhraseDictionary<TitlePayload> = perTaxonomy(
  (taxonomy) => taxonomy.prebuilt?.titlePhrases() ?? buildTitleTrie(taxonomy),
);

function buildTitleTrie(taxonomy: Taxonomy): PhraseTrie<TitlePayload> {
  const trie = new PhraseTrie<TitlePayload>();
  const better = (a: TitlePayload, b: TitlePayload) =>
    a.rank < b.rank || (a.rank === b.rank && a.title.id < b.title.id);
  for (const title of taxonomy.titles) {
    const base = title.source === "onet" ? 0 : 3;
    const labelTokens = new Set(phraseTokens(title.label));
    for (const [i, phrase] of [title.label, ...title.aliases].entries()) {
      const tokens = phraseTokens(phrase);
      if (tokens.length === 0 || isStopPhrase(tokens)) continue;
      // A shared alias ("Developer") goes to the title whose own label names it (Software Developer).
      const rank = i === 0 ? 0 : labelTokens.has(tokens.at(-1) ?? "") ? 1 : 2;
      trie.add(tokens, { title, rank: base + rank }, better);
    }
  }
  return trie;
}

export function createTitleMatcher(taxonomy: Taxonomy): (text: string) => TitleMatch[] {
  const trie = titleTrie(taxonomy);
  return (text) => {
    const tokens = tokenize(text);
    const norms = tokens.map((t) => t.norm);
    const out: TitleMatch[] = [];
    for (let i = 0; i < tokens.length; ) {
      const found = trie.prefixes(tokens, i).at(-1);
      if (found === undefined || abbreviationNotWritten(found, tokens, i, text)) {
        i++;
        continue;
      }
      const [last, { title }] = found;
      let first = i;
      let level = title.seniority ?? seniorityInTitle(norms.slice(i, last + 1));
      const prefix = cueEndingAt(norms, i);
      const prefixFirst = i - (prefix?.tokens.length ?? 0);
      if (prefix !== undefined && tokens[prefixFirst]?.line === tokens[i]?.line) {
        first = prefixFirst;
        if (rankOf(prefix.level) > rankOf(level)) level = prefix.level;
      }
      const start = tokens[first]?.start ?? 0;
      const end = tokens[last]?.end ?? start;
      out.push({
        id: title.id,
        label: title.label,
        seniority: level ?? null,
        start,
        end,
        text: text.slice(start, end),
      });
      i = last + 1;
    }
    return out;
  };
}

/**
 * A title's abbreviation matched a word not written in capitals: "CO" (Correctional Officer),
 * "APP", "PM", "CAT" are titles as the sources write them, "co", "app", "pm" and "Cat" are words.
 * Only a one-word match is asked about; every spelling of it the title holds must be capitals.
 */
function abbreviationNotWritten(
  [last, { title }]: [number, TitlePayload],
  tokens: readonly Token[],
  first: number,
  text: string,
): boolean {
  const token = tokens[first];
  if (last !== first || token === undefined) return false;
  const written = text.slice(token.start, token.end);
  return /\p{Ll}/u.test(written) && abbreviated(title, token.norm);
}

const abbreviations = new WeakMap<TitleEntry, Map<string, boolean>>();

/** Every spelling of the one-word key among the title's label and aliases is written in capitals. */
function abbreviated(title: TitleEntry, key: string): boolean {
  let known = abbreviations.get(title);
  if (!known) {
    known = new Map();
    abbreviations.set(title, known);
  }
  let answer = known.get(key);
  if (answer === undefined) {
    const spellings = [title.label, ...title.aliases].filter((a) => phraseTokens(a).join(" ") === key);
    answer = spellings.length > 0 && spellings.every((a) => /\p{Lu}/u.test(a) && !/\p{Ll}/u.test(a));
    known.set(key, answer);
  }
  return answer;
}
