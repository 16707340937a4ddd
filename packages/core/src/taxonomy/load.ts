import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliDecompressSync } from "node:zlib";
import { InputError, InternalError } from "../error";
import { runtimeDataPath } from "../runtime/files";
import {
  type CompactSectionReader,
  type CompactTaxonomy,
  compactSections,
  compactTaxonomyFormat,
  taxonomyFromCompact,
} from "./compact";
import { unpackSections } from "./container";
import { phrasesFromBytes } from "./phrases";
import { LazyRecords } from "./records";
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

/**
 * THE taxonomy loader of the functions, the CLI and the local runtime: the compact form
 * (compact.ts), once per directory. The file is read whole (1.8 MB); each section is
 * decompressed when first used, and its records parsed as they are touched.
 */
export function loadTaxonomy(dir: string = defaultTaxonomyDir()): Taxonomy {
  const cached = cache.get(dir);
  if (cached !== undefined) return cached;
  const path = join(dir, compactTaxonomyFile);
  const file = readFile(path);
  const invalid = (cause?: unknown) =>
    new InputError(
      "taxonomy.invalid_file",
      `${path} is not a compact taxonomy of format ${compactTaxonomyFormat}: run pnpm taxonomy:compact`,
      { cause },
    );
  let sections: Buffer[];
  try {
    sections = unpackSections(file);
  } catch (cause) {
    throw invalid(cause);
  }
  const sectionCache = decompressedSectionCache(path);
  const text = (name: (typeof compactSections)[number]): Buffer => {
    const section = sections[compactSections.indexOf(name)];
    if (section === undefined) throw invalid();
    const kept = sectionCache?.read(name);
    if (kept !== undefined) return kept;
    try {
      // Output chunks sized to the section (~8× its compressed size) instead of zlib's 16 KB:
      // one or two chunks to join rather than ~800, half the time for the 13 MB of sections.
      const bytes = brotliDecompressSync(section, {
        chunkSize: Math.min(32 << 20, Math.max(64 << 10, section.length * 8)),
      });
      sectionCache?.write(name, bytes);
      return bytes;
    } catch (cause) {
      throw invalid(cause);
    }
  };
  let head: CompactTaxonomy["head"] | undefined;
  const read: CompactSectionReader = {
    head: () => {
      head ??= parseJson(path, text("head").toString("utf8")) as CompactTaxonomy["head"];
      return head;
    },
    phrases: (name) => {
      try {
        return phrasesFromBytes(text(name));
      } catch (cause) {
        throw invalid(cause);
      }
    },
    records: (name, complete) => new LazyRecords(text(name), complete),
  };
  if (sections.length !== compactSections.length || read.head().format !== compactTaxonomyFormat) {
    throw invalid();
  }
  const taxonomy = taxonomyFromCompact(read);
  cache.set(dir, taxonomy);
  return taxonomy;
}

/**
 * Decompressed sections kept on disk between runs, where `FUTODAMA_TAXONOMY_CACHE` names a
 * directory (the CLI and the local runtime set it; a Lambda does not: it decompresses once
 * per cold start). A short-lived command decompresses ~13 MB of brotli on every run otherwise
 * (~0.1–0.3 s of a `futodama parse`). Files are named by the compact file's size and mtime, so
 * a rebuilt taxonomy is never read from an old copy; a file is written whole, then renamed.
 */
function decompressedSectionCache(compactPath: string) {
  const dir = process.env.FUTODAMA_TAXONOMY_CACHE;
  if (!dir) return undefined;
  let stamp: string;
  try {
    const { size, mtimeMs } = statSync(compactPath);
    stamp = `${size}-${Math.trunc(mtimeMs)}`;
  } catch {
    return undefined;
  }
  const fileOf = (name: string) => join(dir, `taxonomy-${stamp}-${name}.bin`);
  return {
    read(name: string): Buffer | undefined {
      try {
        return readFileSync(fileOf(name));
      } catch {
        return undefined;
      }
    },
    write(name: string, bytes: Buffer): void {
      try {
        mkdirSync(dir, { recursive: true });
        // Copies of a taxonomy rebuilt since (13 MB each) and writes a crash left half done go.
        for (const old of readdirSync(dir)) {
          const stale = !old.startsWith(`taxonomy-${stamp}-`) || old.endsWith(".partial");
          if (old.startsWith("taxonomy-") && stale) {
            rmSync(join(dir, old), { force: true });
          }
        }
        const partial = `${fileOf(name)}.${process.pid}.partial`;
        writeFileSync(partial, bytes);
        renameSync(partial, fileOf(name));
      } catch {
        // A cache that cannot be written (read-only checkout) only costs the next run the time.
      }
    },
  };
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
