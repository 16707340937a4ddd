import { readFileSync } from "node:fs";
import { join } from "node:path";
import { InputError, InternalError } from "../error";
import { runtimeDataPath } from "../runtime/files";
import type { SkillEntry, SkillsFile, Taxonomy, TitleEntry, TitlesFile } from "./types";

/**
 * Where skills.json and titles.json are: `codex/taxonomy` in the function's package (the
 * "taxonomy" data of stacks/functions.ts, under LAMBDA_TASK_ROOT), or the repository's
 * codex/taxonomy/ next to this source. Asked at each load, not at import.
 */
export function defaultTaxonomyDir(env?: Record<string, string | undefined>): string {
  return runtimeDataPath("codex/taxonomy", new URL("../../../../codex/taxonomy/", import.meta.url), env);
}

const cache = new Map<string, Taxonomy>();

/** Reads skills.json and titles.json once per directory (synchronously; they are static data). */
export function loadTaxonomy(dir: string = defaultTaxonomyDir()): Taxonomy {
  const cached = cache.get(dir);
  if (cached !== undefined) return cached;
  const skillsFile = readJson(join(dir, "skills.json")) as SkillsFile;
  if (!Array.isArray(skillsFile.skills)) {
    throw new InputError("taxonomy.invalid_file", `The taxonomy in ${dir} has no skills array`);
  }
  // Titles are parsed on first use: most callers only need skills, and load time matters.
  const taxonomy = createTaxonomy(skillsFile.version, skillsFile.skills, () => {
    const titlesFile = readJson(join(dir, "titles.json")) as TitlesFile;
    if (!Array.isArray(titlesFile.titles)) {
      throw new InputError("taxonomy.invalid_file", `The taxonomy in ${dir} has no titles array`);
    }
    return titlesFile.titles;
  });
  cache.set(dir, taxonomy);
  return taxonomy;
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

function readJson(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (cause) {
    throw new InternalError("taxonomy.missing_file", `Cannot read the taxonomy file ${path}`, { cause });
  }
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new InputError("taxonomy.invalid_file", `The taxonomy file ${path} is not valid JSON`, { cause });
  }
}
