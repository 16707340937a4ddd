import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { brotliDecompressSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { taxonomyOutDir } from "../../../scripts/taxonomy/build";
import { compactTaxonomySections } from "../../../scripts/taxonomy/compact";
import {
  compactTaxonomyFile,
  createNormalizer,
  loadSourceTaxonomy,
  loadTaxonomy,
  unpackSections,
} from "../src";
import { type SkillPayload, skillTrie } from "../src/taxonomy/skill-index";
import { type TitlePayload, titleTrie } from "../src/taxonomy/title-match";
import type { PhraseDictionary } from "../src/taxonomy/trie";

/*
 * The functions, the CLI and the local runtime load the compact taxonomy (taxonomy.json.br);
 * skills.json and titles.json stay the truth. These tests prove the committed compact file is
 * the one its sources give, and that it answers exactly as the sources do.
 */
const repo = resolve(import.meta.dirname, "../../..");
const source = loadSourceTaxonomy(taxonomyOutDir);
const compact = loadTaxonomy(taxonomyOutDir);

/** Texts to normalize: the committed fixture CVs and jobs, and the real CVs of ../shared/data. */
function texts(): string[] {
  const out: string[] = [];
  for (const dir of ["bench/corpus/cvs", "bench/corpus/jobs"]) {
    for (const file of readdirSync(join(repo, dir)).filter((f) => f.endsWith(".txt"))) {
      out.push(readFileSync(join(repo, dir, file), "utf8"));
    }
  }
  const real = resolve(repo, "../shared/data/dev-corpora/dotin-resumes/test.jsonl");
  if (existsSync(real)) {
    for (const line of readFileSync(real, "utf8").split("\n").filter(Boolean)) {
      out.push((JSON.parse(line) as { text: string }).text);
    }
  } else console.warn("taxonomy-compact: ../shared/data absent, only the committed fixtures were compared");
  return out;
}

/** A dictionary as sorted lines: phrase key, the entry it names, and the rest of its payload. */
function phrases(trie: PhraseDictionary<SkillPayload> | PhraseDictionary<TitlePayload>): string[] {
  const lines: string[] = [];
  for (const [key, payload] of trie.entries()) {
    const { entry, ...rest } =
      "skill" in payload
        ? { ...payload, entry: payload.skill.id, skill: 0 }
        : { ...payload, entry: payload.title.id, title: 0 };
    lines.push(JSON.stringify([key, entry, rest]));
  }
  return lines.sort();
}

describe("the compact taxonomy", () => {
  it("is the one its source files give (run pnpm taxonomy:compact after changing them)", () => {
    const file = readFileSync(join(taxonomyOutDir, compactTaxonomyFile));
    const committed = unpackSections(file).map((section) => brotliDecompressSync(section));
    const fresh = compactTaxonomySections(taxonomyOutDir);
    const stale = "taxonomy.json.br is stale: run pnpm taxonomy:compact";
    expect(
      committed.map((s) => s.length),
      stale,
    ).toEqual(fresh.map((s) => s.length));
    expect(
      committed.every((s, i) => fresh[i] !== undefined && s.equals(fresh[i])),
      stale,
    ).toBe(true);
  }, 60_000);

  it("holds every skill and title with the fields the code reads", () => {
    expect(compact.version).toBe(source.version);
    expect(compact.skills.length).toBe(source.skills.length);
    for (const title of source.titles) {
      const { socCode: _soc, sourceId: _id, ...read } = title;
      expect(compact.titleById(title.id)).toEqual(read);
    }
    for (const skill of source.skills) {
      const { sourceId: _id, sourceIds: _ids, ...read } = skill;
      expect(compact.skillById(skill.id)).toEqual(read);
    }
  });

  it("carries the very phrase dictionaries the source builds", () => {
    expect(phrases(skillTrie(compact))).toEqual(phrases(skillTrie(source)));
    expect(phrases(titleTrie(compact))).toEqual(phrases(titleTrie(source)));
  }, 60_000);

  it("finds the same skills and titles in real CVs and jobs as the source files", () => {
    const fromSource = createNormalizer(source);
    const fromCompact = createNormalizer(compact);
    const all = texts();
    expect(all.length).toBeGreaterThan(50);
    for (const text of all) {
      expect(fromCompact.findSkills(text)).toEqual(fromSource.findSkills(text));
      expect(fromCompact.findTitles(text)).toEqual(fromSource.findTitles(text));
    }
    for (const phrase of ["JS", "k8s", "postgres", "researching the markets", "Go", "front desk"]) {
      expect(fromCompact.canonicalSkill(phrase)?.id).toBe(fromSource.canonicalSkill(phrase)?.id);
      expect(fromCompact.suggestSkills(phrase)).toEqual(fromSource.suggestSkills(phrase));
    }
  }, 120_000);
});
