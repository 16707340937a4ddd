import { readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliDecompressSync } from "node:zlib";
import { InputError, InternalError } from "../error";
import { runtimeDataPath } from "../runtime/files";
import { memoryBytes } from "./bytes";
import {
  type CompactSectionReader,
  type CompactTaxonomy,
  compactSections,
  compactTaxonomyFormat,
  taxonomyFromCompact,
} from "./compact";
import { unpackSections } from "./container";
import { phrasesFromBytes } from "./phrases";
import { LazyRecords, lineStarts } from "./records";
import { type CachedSection, decompressedSectionCache } from "./section-cache";
import type { SkillEntry, SkillsFile, Taxonomy, TitleEntry, TitlesFile } from "./types";

/** The compact taxonomy's file name in the taxonomy directory (built by scripts/build-taxonomy.ts). */
export const compactTaxonomyFile = "taxonomy.json.br";

/**
 * Where the taxonomy is: `codex/taxonomy` in the function's package (the "taxonomy" data of
 * stacks/functions.ts, under LAMBDA_TASK_ROOT), or the repository's codex/taxonomy/ next to
 * this source. Asked at each load, not at import.
 */
export function defaultTaxonomyDir(env?: Record<string, string | undefined>): string {
  return runtimeDataPath("codex/taxonomy", new URL("../../../../codex/taxonomy/", import.meta.url), env);
}

const cache = new Map<string, Taxonomy>();

const recordSections: ReadonlySet<string> = new Set(["skills", "titles"]);

/**
 * THE taxonomy loader of the functions, the CLI and the local runtime: the compact form
 * (compact.ts), once per directory. Each section is decompressed when first used (the file, 1.8
 * MB, read then), and its records parsed as they are touched; with the section cache
 * (section-cache.ts) a section is read in place from its kept copy, and the compact file not at all.
 */
export function loadTaxonomy(dir: string = defaultTaxonomyDir()): Taxonomy {
  const cached = cache.get(dir);
  if (cached !== undefined) return cached;
  const path = join(dir, compactTaxonomyFile);
  const invalid = (cause?: unknown) =>
    new InputError(
      "taxonomy.invalid_file",
      `${path} is not a compact taxonomy of format ${compactTaxonomyFormat}: run pnpm taxonomy:compact`,
      { cause },
    );
  let sections: Buffer[] | undefined;
  const compressed = (name: (typeof compactSections)[number]): Buffer => {
    if (sections === undefined) {
      const file = readFile(path);
      try {
        sections = unpackSections(file);
      } catch (cause) {
        throw invalid(cause);
      }
      if (sections.length !== compactSections.length) throw invalid();
    }
    const section = sections[compactSections.indexOf(name)];
    if (section === undefined) throw invalid();
    return section;
  };
  const sectionCache = decompressedSectionCache(path);
  const section = (name: (typeof compactSections)[number]): CachedSection => {
    const records = recordSections.has(name);
    const kept = sectionCache?.read(name, records);
    if (kept !== undefined) return kept;
    const packed = compressed(name);
    let bytes: Buffer;
    try {
      // Output chunks sized to the section (~8× its compressed size) instead of zlib's 16 KB:
      // one or two chunks to join rather than ~800, half the time for the 13 MB of sections.
      bytes = brotliDecompressSync(packed, {
        chunkSize: Math.min(32 << 20, Math.max(64 << 10, packed.length * 8)),
      });
    } catch (cause) {
      throw invalid(cause);
    }
    const starts = records ? lineStarts(bytes) : undefined;
    sectionCache?.write(name, bytes, starts);
    return starts === undefined ? { bytes: memoryBytes(bytes) } : { bytes: memoryBytes(bytes), starts };
  };
  let head: CompactTaxonomy["head"] | undefined;
  const read: CompactSectionReader = {
    head: () => {
      head ??= parseJson(path, section("head").bytes.whole().toString("utf8")) as CompactTaxonomy["head"];
      return head;
    },
    phrases: (name) => {
      try {
        return phrasesFromBytes(section(name).bytes);
      } catch (cause) {
        throw invalid(cause);
      }
    },
    records: (name, complete) => {
      const { bytes, starts } = section(name);
      return new LazyRecords(bytes, starts ?? lineStarts(bytes.whole()), complete);
    },
  };
  if (read.head().format !== compactTaxonomyFormat) throw invalid();
  const taxonomy = taxonomyFromCompact(read);
  cache.set(dir, taxonomy);
  return taxonomy;
}

/** The source files, skills.json and titles.json: the truth the compact form is built from. */
export function loadSourceTaxonomy(dir: string = defaultTaxonomyDir()): Taxonomy {
  const skillsFile = readJson(join(dir, "skills.json")) as SkillsFile;
  if (!Array.isArray(skillsFile.skills)) {
    throw new InputError("taxonomy.invalid_file", `The taxonomy in ${dir} has no skills array`);
  }
  const titlesFile = readJson(join(dir, "titles.json")) as TitlesFile;
  if (!Array.isArray(titlesFile.titles)) {
    throw new InputError("taxonomy.invalid_file", `The taxonomy in ${dir} has no titles array`);
  }
  return createTaxonomy(skillsFile.version, skillsFile.skills, titlesFile.titles);
}

/** A taxonomy from records in memory (tests, tenant-specific extensions). */
export function createTaxonomy(
  version: string,
  skills: SkillEntry[],
  titles: TitleEntry[] | (() => TitleEntry[]),
): Taxonomy {
  const skillIndex = new Map(skills.map((s) => [s.id, s]));
  let loaded: { titles: TitleEntry[]; index: Map<string, TitleEntry> } | undefined;
  const lazy = () => {
    if (loaded === undefined) {
      const list = typeof titles === "function" ? titles() : titles;
      loaded = { titles: list, index: new Map(list.map((t) => [t.id, t])) };
    }
    return loaded;
  };
  return {
    version,
    skills,
    get titles() {
      return lazy().titles;
    },
    skillById: (id) => skillIndex.get(id),
    titleById: (id) => lazy().index.get(id),
  };
}

function readFile(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (cause) {
    throw new InternalError("taxonomy.missing_file", `Cannot read the taxonomy file ${path}`, { cause });
  }
}

function parseJson(path: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new InputError("taxonomy.invalid_file", `The taxonomy file ${path} is not valid JSON`, { cause });
  }
}

function readJson(path: string): unknown {
  return parseJson(path, readFile(path).toString("utf8"));
}
