import { type SkillPayload, skillTrie } from "./skill-index";
import { type TitlePayload, titleTrie } from "./title-match";
import { PhraseTrie } from "./trie";
import type { SkillEntry, Taxonomy, TitleEntry } from "./types";

/*
 * The taxonomy as the functions, the CLI and the local runtime load it: four brotli-compressed
 * JSON sections in one file (codex/taxonomy/taxonomy.json.br, see container.ts), built from
 * skills.json and titles.json, which stay the truth. It drops the provenance fields nothing at
 * run time reads, and carries the phrase dictionaries already built, so a cold start neither
 * parses 10 MB of JSON nor tokenizes ~200k phrases again.
 */

/** Bumped whenever the layout below changes; a loader refuses any other. */
export const compactTaxonomyFormat = 2;

/** A skill without its provenance ids; `sourceLabel` only where it differs from the label. */
export type CompactSkill = Omit<SkillEntry, "sourceId" | "sourceIds" | "sourceLabel"> & {
  sourceLabel?: string;
};
/** A title without its provenance codes; `sourceLabel` only where it differs from the label. */
export type CompactTitle = Pick<TitleEntry, "id" | "label" | "aliases" | "seniority" | "source"> & {
  sourceLabel?: string;
};

/**
 * A phrase dictionary, `stride` numbers per phrase in `payloads`. Skills: entry index, name
 * index, rank, flags (1 gated, 2 upper), capitals mask index into `caps` (-1: none). Titles:
 * entry index, name index, rank. The phrase's key is its entry's name (0 the label, then the
 * aliases) lower-cased — true of 94% of them, checked when built — or, for a name index of -1,
 * the next of `keys` (joined by "\n", which no key holds: keys are tokens joined by a space).
 */
export interface CompactPhrases {
  keys: string;
  payloads: number[];
  caps?: boolean[][];
}

/**
 * The sections, in file order. Each is stored and parsed on its own, so a function reads only
 * what it uses: the step-1 scorer the skills, the normalizer all four.
 */
export interface CompactTaxonomy {
  head: { format: number; version: string; skills: CompactSkill[] };
  skillPhrases: CompactPhrases;
  titles: CompactTitle[];
  titlePhrases: CompactPhrases;
}

export const compactSections = ["head", "skillPhrases", "titles", "titlePhrases"] as const;

/** Reads one section (on first use; the loader keeps what it read). */
export type CompactSectionReader = <K extends keyof CompactTaxonomy>(section: K) => CompactTaxonomy[K];

const GATED = 1;
const UPPER = 2;
const SKILL_STRIDE = 5;
const TITLE_STRIDE = 3;

interface Named {
  id: string;
  label: string;
  aliases: string[];
}

/** Writes a dictionary's phrases: which entry, which of its names is the key, then `rest`. */
function writePhrases<P>(
  trie: PhraseTrie<P>,
  entries: readonly Named[],
  entryOf: (payload: P) => Named,
  rest: (payload: P) => number[],
): CompactPhrases {
  const index = new Map(entries.map((e, i) => [e.id, i]));
  const keys: string[] = [];
  const payloads: number[] = [];
  for (const [key, payload] of trie.entries()) {
    const entry = entryOf(payload);
    const at = index.get(entry.id);
    if (at === undefined)
      throw new Error(`The phrase dictionary names ${entry.id}, which the taxonomy lacks`);
    const name = [entry.label, ...entry.aliases].findIndex((n) => n.toLowerCase() === key);
    if (name < 0) keys.push(key);
    payloads.push(at, name, ...rest(payload));
  }
  return { keys: keys.join("\n"), payloads };
}

/** The compact form of a taxonomy (scripts/compact-taxonomy.ts writes it). */
export function compactTaxonomy(taxonomy: Taxonomy): CompactTaxonomy {
  const caps: boolean[][] = [];
  const skillPhrases = writePhrases(
    skillTrie(taxonomy),
    taxonomy.skills,
    (p) => p.skill,
    (p) => [p.rank, (p.gated ? GATED : 0) | (p.upper ? UPPER : 0), p.caps ? caps.push(p.caps) - 1 : -1],
  );
  return {
    head: {
      format: compactTaxonomyFormat,
      version: taxonomy.version,
      skills: taxonomy.skills.map(({ sourceId: _id, sourceIds: _ids, sourceLabel, ...rest }) =>
        sourceLabel === rest.label ? rest : { ...rest, sourceLabel },
      ),
    },
    skillPhrases: { ...skillPhrases, caps },
    titles: taxonomy.titles.map(({ id, label, aliases, seniority, source, sourceLabel }) => ({
      id,
      label,
      aliases,
      ...(seniority === undefined ? {} : { seniority }),
      source,
      ...(sourceLabel === label ? {} : { sourceLabel }),
    })),
    titlePhrases: writePhrases(
      titleTrie(taxonomy),
      taxonomy.titles,
      (p) => p.title,
      (p) => [p.rank],
    ),
  };
}

/** The taxonomy the compact sections describe: skills now, titles and dictionaries when first used. */
export function taxonomyFromCompact(read: CompactSectionReader): Taxonomy {
  const head = read("head");
  // Completed in place (no copy of ~23k records): the parsed section is this taxonomy's own.
  for (const skill of head.skills) skill.sourceLabel ??= skill.label;
  const skills = head.skills as SkillEntry[];
  const skillById = new Map(skills.map((s) => [s.id, s]));
  let titles: { list: TitleEntry[]; byId: Map<string, TitleEntry> } | undefined;
  const loadTitles = () => {
    if (titles === undefined) {
      const compactTitles = read("titles");
      for (const title of compactTitles) title.sourceLabel ??= title.label;
      const list = compactTitles as TitleEntry[];
      titles = { list, byId: new Map(list.map((t) => [t.id, t])) };
    }
    return titles;
  };
  return {
    version: head.version,
    skills,
    get titles() {
      return loadTitles().list;
    },
    skillById: (id) => skillById.get(id),
    titleById: (id) => loadTitles().byId.get(id),
    prebuilt: {
      skillPhrases: () => {
        const phrases = read("skillPhrases");
        return readPhrases(phrases, skills, SKILL_STRIDE, (skill, n, i) => {
          const flags = n[i + 1] ?? 0;
          const caps = n[i + 2] ?? -1;
          const payload: SkillPayload = {
            skill,
            rank: n[i] ?? 0,
            gated: (flags & GATED) !== 0,
            upper: (flags & UPPER) !== 0,
          };
          if (caps >= 0) payload.caps = at(phrases.caps ?? [], caps);
          return payload;
        });
      },
      titlePhrases: () =>
        readPhrases(
          read("titlePhrases"),
          loadTitles().list,
          TITLE_STRIDE,
          (title, n, i): TitlePayload => ({ title, rank: n[i] ?? 0 }),
        ),
    },
  };
}

function at<T>(list: readonly T[], i: number | undefined): T {
  const item = i === undefined ? undefined : list[i];
  if (item === undefined) throw new Error("The compact taxonomy is corrupt: an index out of range");
  return item;
}

/**
 * The dictionary back from its phrases: one Map.set per phrase, nothing tokenized. `payload`
 * gets the entry and the numbers after the name index (from `numbers[offset]` on).
 */
function readPhrases<E extends Named, P>(
  phrases: CompactPhrases,
  entries: readonly E[],
  stride: number,
  payload: (entry: E, numbers: number[], offset: number) => P,
): PhraseTrie<P> {
  const trie = new PhraseTrie<P>();
  const numbers = phrases.payloads;
  const keys = phrases.keys === "" ? [] : phrases.keys.split("\n");
  let explicit = 0;
  for (let i = 0; i < numbers.length; i += stride) {
    const entry = at(entries, numbers[i]);
    const name = numbers[i + 1] ?? -1;
    const key =
      name < 0
        ? at(keys, explicit++)
        : (name === 0 ? entry.label : at(entry.aliases, name - 1)).toLowerCase();
    trie.set(key, payload(entry, numbers, i + 2));
  }
  return trie;
}
