import {
  copyFileSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  truncateSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { taxonomyOutDir } from "../../../scripts/taxonomy/build";
import { compactTaxonomyFile, createNormalizer, loadTaxonomy } from "../src";

/*
 * A short-lived command (`futodama parse`) would decompress the taxonomy's 13 MB on every run;
 * with FUTODAMA_TAXONOMY_CACHE it decompresses once and later runs read the sections from disk.
 * What a person notices: the same answers from the cache, and no stale copy after a rebuild.
 */
const made: string[] = [];
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
};
/** The committed compact file in a directory of its own (loadTaxonomy keeps one per directory). */
function taxonomyCopy(mtime: Date): string {
  const dir = tempDir("futodama-taxonomy-");
  copyFileSync(join(taxonomyOutDir, compactTaxonomyFile), join(dir, compactTaxonomyFile));
  utimesSync(join(dir, compactTaxonomyFile), mtime, mtime);
  return dir;
}
const cv = "Senior React developer with TypeScript, PostgreSQL and AWS Lambda; Scrum master.";
/** Skills found (the phrase sections, the skill records) and a title's occupation (the titles). */
const skillsOf = (dir: string) => {
  const normalizer = createNormalizer(loadTaxonomy(dir));
  return [
    ...normalizer.findSkills(cv).map((s) => s.id),
    ...normalizer.findTitles("Senior Software Engineer").map((t) => JSON.stringify(t)),
  ];
};

afterEach(() => {
  delete process.env.FUTODAMA_TAXONOMY_CACHE;
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("the taxonomy's decompressed sections kept between runs", () => {
  it("answers from the kept sections exactly as from the compressed file", () => {
    const expected = skillsOf(taxonomyCopy(new Date("2026-01-01T00:00:00Z")));
    expect(expected.length).toBeGreaterThan(2);
    const cache = tempDir("futodama-taxonomy-cache-");
    process.env.FUTODAMA_TAXONOMY_CACHE = cache;
    const mtime = new Date("2026-02-01T00:00:00Z");
    expect(skillsOf(taxonomyCopy(mtime))).toEqual(expected);
    const kept = readdirSync(cache);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.every((name) => name.endsWith(".bin"))).toBe(true);
    // A second run (another directory, same file and mtime) reads them and answers the same.
    expect(skillsOf(taxonomyCopy(mtime))).toEqual(expected);
    expect(readdirSync(cache).sort()).toEqual(kept.sort());
  });

  it("decompresses again, and answers the same, when a kept record section was cut short", () => {
    const expected = skillsOf(taxonomyCopy(new Date("2026-04-01T00:00:00Z")));
    const cache = tempDir("futodama-taxonomy-cache-");
    process.env.FUTODAMA_TAXONOMY_CACHE = cache;
    const mtime = new Date("2026-04-02T00:00:00Z");
    skillsOf(taxonomyCopy(mtime));
    const skills = readdirSync(cache).find((name) => name.endsWith("-skills.bin"));
    expect(skills).toBeDefined();
    const path = join(cache, String(skills));
    const whole = statSync(path).size;
    truncateSync(path, Math.floor(whole / 2));
    expect(skillsOf(taxonomyCopy(mtime))).toEqual(expected);
    expect(statSync(path).size).toBe(whole);
  });

  it("never reads a copy of a taxonomy that was rebuilt since, and removes it", () => {
    const cache = tempDir("futodama-taxonomy-cache-");
    process.env.FUTODAMA_TAXONOMY_CACHE = cache;
    skillsOf(taxonomyCopy(new Date("2026-03-01T00:00:00Z")));
    const old = readdirSync(cache);
    // Garbage in the old copies: a run of the rebuilt file must not read them.
    for (const name of old) writeFileSync(join(cache, name), "not a taxonomy");
    const rebuilt = taxonomyCopy(new Date("2026-03-02T00:00:00Z"));
    expect(skillsOf(rebuilt).length).toBeGreaterThan(2);
    const now = readdirSync(cache);
    expect(now.some((name) => old.includes(name))).toBe(false);
    expect(now.every((name) => statSync(join(cache, name)).size > 14)).toBe(true);
  });
});
