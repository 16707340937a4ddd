import type { Int32List } from "./bytes";
import { PackedPhrases } from "./packed";
import { phrasesBytes } from "./phrases";
import { type LazyRecords, recordLines } from "./records";
import { type SkillPayload, skillTrie } from "./skill-index";
import { type TitlePayload, titleTrie } from "./title-match";
import type { PhraseDictionary } from "./trie";
import type { SkillEntry, Taxonomy, TitleEntry } from "./types";

/*
 * The taxonomy as the functions, the CLI and the local runtime load it: five brotli-compressed
 * sections in one file (codex/taxonomy/taxonomy.json.br, see container.ts), built from
 * skills.json and titles.json, which stay the truth. It drops the provenance fields nothing at
 * run time reads, stores skills and titles one a line (parsed when first touched, records.ts),
 * and carries the phrase dictionaries already built and sorted (searched in place, packed.ts),
 * so a cold start neither parses 12 MB of JSON nor builds ~200k map entries.
 */

/** Bumped whenever the layout below changes; a loader refuses any other. */
export const compactTaxonomyFormat = 3;

/** A skill without its provenance ids; `sourceLabel` only where it differs from the label. */
export type CompactSkill = Omit<SkillEntry, "sourceId" | "sourceIds" | "sourceLabel"> & {
  sourceLabel?: string;
};
/** A title without its provenance codes; `sourceLabel` only where it differs from the label. */
export type CompactTitle = Pick<
  TitleEntry,
  "id" | "label" | "aliases" | "seniority" | "source" | "iscoGroup"
> & {
  sourceLabel?: string;
};

/**
 * A phrase dictionary, `stride` numbers per phrase in `payloads`, phrases in key order (read in
 * place by PackedPhrases, nothing rebuilt at load). Skills: entry index, name index, rank, flags
 * (1 gated, 2 upper), capitals mask index into `caps` (-1: none). Titles: entry index, name
 * index, rank. The phrase's key is its entry's name (0 the label, then the aliases) lower-cased
 * — true of 94% of them, checked when built — or, for a name index of -1 - k, keys[k] of `keys`
 * (joined by "\n", which no key holds: keys are tokens joined by a space). Stored as the JSON of
 * `keys` and `caps`, then the payloads as little-endian 32-bit integers (phrases.ts), so a cold
 * start parses no 1M-number JSON array.
 */
export interface CompactPhrases {
  keys: string;
  payloads: Int32Array;
  caps?: boolean[][];
}

/** A phrase dictionary as a loader reads it: the payloads perhaps read in place (bytes.ts). */
export interface StoredPhrases {
  keys: string;
  payloads: Int32List;
  /** Capitals mask `index` (a skill payload's), parsed when first asked for. */
  capsAt(index: number): boolean[] | undefined;
}

/**
 * The sections. Each is stored and read on its own, so a function reads only what it uses: the
 * step-1 scorer the skills, the normalizer all five. Skills and titles are record sections (one
 * JSON object a line), the phrases binary (phrases.ts), the head one JSON value.
 */
export interface CompactTaxonomy {
  head: { format: number; version: string };
  skills: CompactSkill[];
  skillPhrases: CompactPhrases;
  titles: CompactTitle[];
  titlePhrases: CompactPhrases;
}

/** The sections in file order. */
export const compactSections = ["head", "skills", "skillPhrases", "titles", "titlePhrases"] as const;

type RecordSection = "skills" | "titles";

/** Reads a section on first use (the loader keeps what it read). */
export interface CompactSectionReader {
  head(): CompactTaxonomy["head"];
  phrases(section: "skillPhrases" | "titlePhrases"): StoredPhrases;
  records<K extends RecordSection, T extends SkillEntry | TitleEntry>(
    section: K,
    complete: (raw: CompactTaxonomy[K][number]) => T,
  ): LazyRecords<T>;
}

/** Each section's bytes as the file stores them (before compression), in file order. */
export function compactSectionBytes(compact: CompactTaxonomy): Buffer[] {
  return compactSections.map((section) => {
    if (section === "head") return Buffer.from(JSON.stringify(compact.head));
    if (section === "skills" || section === "titles") return Buffer.from(recordLines(compact[section]));
    return phrasesBytes(compact[section]);
  });
}

const GATED = 1;
const UPPER = 2;
const SKILL_STRIDE = 5;
const TITLE_STRIDE = 3;

interface Named {
  id: string;
  label: string;
  aliases: string[];
}

/** Writes a dictionary's phrases in key order: which entry, which of its names is the key, then `rest`. */
function writePhrases<P>(
  trie: PhraseDictionary<P>,
  entries: readonly Named[],
  entryOf: (payload: P) => Named,
  rest: (payload: P) => number[],
): CompactPhrases {
  const index = new Map(entries.map((e, i) => [e.id, i]));
  const keys: string[] = [];
  const payloads: number[] = [];
  const sorted = [...trie.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [key, payload] of sorted) {
    const entry = entryOf(payload);
    const at = index.get(entry.id);
    if (at === undefined)
      throw new Error(`The phrase dictionary names ${entry.id}, which the taxonomy lacks`);
    const name = [entry.label, ...entry.aliases].findIndex((n) => n.toLowerCase() === key);
    payloads.push(at, name < 0 ? -1 - (keys.push(key) - 1) : name, ...rest(payload));
  }
  return { keys: keys.join("\n"), payloads: Int32Array.from(payloads) };
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
    head: { format: compactTaxonomyFormat, version: taxonomy.version },
    skills: taxonomy.skills.map(({ sourceId: _id, sourceIds: _ids, sourceLabel, ...rest }) =>
      sourceLabel === rest.label ? rest : { ...rest, sourceLabel },
    ),
    skillPhrases: { ...skillPhrases, caps },
    titles: taxonomy.titles.map(({ id, label, aliases, seniority, source, sourceLabel, iscoGroup }) => ({
      id,
      label,
      aliases,
      ...(seniority === undefined ? {} : { seniority }),
      source,
      ...(sourceLabel === label ? {} : { sourceLabel }),
      // The occupation structure step 1 compares titles through (ISCO-08 unit group).
      ...(iscoGroup === undefined ? {} : { iscoGroup }),
    })),
    titlePhrases: writePhrases(
      titleTrie(taxonomy),
      taxonomy.titles,
      (p) => p.title,
      (p) => [p.rank],
    ),
  };
}

/** The taxonomy the compact sections describe: each part read when first used. */
export function taxonomyFromCompact(read: CompactSectionReader): Taxonomy {
  const head = read.head();
  const skills = read.records("skills", (skill): SkillEntry => {
    skill.sourceLabel ??= skill.label;
    return skill as SkillEntry;
  });
  let titles: LazyRecords<TitleEntry> | undefined;
  const loadTitles = () => {
    titles ??= read.records("titles", (title): TitleEntry => {
      title.sourceLabel ??= title.label;
      return title as TitleEntry;
    });
    return titles;
  };
  return {
    version: head.version,
    get skills() {
      return skills.all();
    },
    get titles() {
      return loadTitles().all();
    },
    skillById: (id) => skills.get(id),
    titleById: (id) => loadTitles().get(id),
    prebuilt: {
      skillPhrases: () => {
        const phrases = read.phrases("skillPhrases");
        return readPhrases(phrases, skills, SKILL_STRIDE, (skill, n, i) => {
          const flags = n.at(i + 1) ?? 0;
          const caps = n.at(i + 2) ?? -1;
          const payload: SkillPayload = {
            skill,
            rank: n.at(i) ?? 0,
            gated: (flags & GATED) !== 0,
            upper: (flags & UPPER) !== 0,
          };
          if (caps >= 0) payload.caps = phrases.capsAt(caps) ?? at([], caps);
          return payload;
        });
      },
      titlePhrases: () =>
        readPhrases(
          read.phrases("titlePhrases"),
          loadTitles(),
          TITLE_STRIDE,
          (title, n, i): TitlePayload => ({ title, rank: n.at(i) ?? 0 }),
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
 * The dictionary over its phrases as stored: each key and payload made when a lookup first
 * touches it. `payload` gets the entry and the numbers after the name index (from
 * `numbers[offset]` on).
 */
function readPhrases<E extends Named, P>(
  phrases: StoredPhrases,
  entries: { at(i: number): E },
  stride: number,
  payload: (entry: E, numbers: Int32List, offset: number) => P,
): PhraseDictionary<P> {
  const numbers = phrases.payloads;
  // Split when a key of its own is first needed (6% of phrases; a lookup may need none).
  let keys: string[] | undefined;
  const ownKey = (k: number) => {
    keys ??= phrases.keys === "" ? [] : phrases.keys.split("\n");
    return at(keys, k);
  };
  return new PackedPhrases<P>(
    numbers.length / stride,
    (i) => {
      const name = numbers.at(i * stride + 1) ?? -1;
      if (name < 0) return ownKey(-1 - name);
      const entry = entries.at(numbers.at(i * stride) ?? -1);
      return (name === 0 ? entry.label : at(entry.aliases, name - 1)).toLowerCase();
    },
    (i) => payload(entries.at(numbers.at(i * stride) ?? -1), numbers, i * stride + 2),
  );
}
