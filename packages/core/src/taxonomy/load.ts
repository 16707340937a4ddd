import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { InputError, InternalError } from "../error";
import type { SkillEntry, SkillsFile, Taxonomy, TitleEntry, TitlesFile } from "./types";

/** The repository's codex/taxonomy/ (packages/core/src/taxonomy → ../../../../codex/taxonomy). */
export const defaultTaxonomyDir = fileURLToPath(new URL("../../../../codex/taxonomy/", import.meta.url));

const cache = new Map<string, Taxonomy>();

/** Reads skills.json and titles.json once per directory (synchronously; they are static data). */
export function loadTaxonomy(dir: string = defaultTaxonomyDir): Taxonomy {
  const cached = cache.get(dir);
  if (cached !== undefined) return cached;
  const skillsFile = readJson(join(dir, "skills.json")) as SkillsFile;
  const titlesFile = readJson(join(dir, "titles.json")) as TitlesFile;
  if (!Array.isArray(skillsFile.skills) || !Array.isArray(titlesFile.titles)) {
    throw new InputError("taxonomy.invalid_file", `The taxonomy in ${dir} has no skills or titles array`);
  }
  const taxonomy = createTaxonomy(skillsFile.version, skillsFile.skills, titlesFile.titles);
  cache.set(dir, taxonomy);
  return taxonomy;
}

/** A taxonomy from records in memory (tests, tenant-specific extensions). */
export function createTaxonomy(version: string, skills: SkillEntry[], titles: TitleEntry[]): Taxonomy {
  const skillIndex = new Map(skills.map((s) => [s.id, s]));
  const titleIndex = new Map(titles.map((t) => [t.id, t]));
  return {
    version,
    skills,
    titles,
    skillById: (id) => skillIndex.get(id),
    titleById: (id) => titleIndex.get(id),
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
