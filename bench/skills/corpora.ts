/**
 * The public skill-span corpora in ../shared/data/dev-corpora (or $FUTODAMA_SHARED_DATA):
 * SkillSpan (NAACL 2022; skill and knowledge spans; train/dev/test) and Green et al. (LREC 2022;
 * Skill spans; one test set). Read at run time: the sentences never enter the repository.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";

export interface Sentence {
  tokens: string[];
  /** Token index ranges, inclusive. */
  gold: Array<[number, number]>;
  /** SkillSpan: the job posting the sentence comes from (`idx`). */
  posting?: number;
}

export type SkillSpanSplit = "train" | "dev" | "test";

const shared = resolve(process.env.FUTODAMA_SHARED_DATA ?? join(import.meta.dirname, "../../../shared/data"));
export const corporaDir = join(shared, "dev-corpora");

export function spansFromBio(tags: string[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let start = -1;
  tags.forEach((tag, i) => {
    if (tag.startsWith("B")) {
      if (start >= 0) spans.push([start, i - 1]);
      start = i;
    } else if (!tag.startsWith("I") && start >= 0) {
      spans.push([start, i - 1]);
      start = -1;
    }
  });
  if (start >= 0) spans.push([start, tags.length - 1]);
  return spans;
}

export function skillspan(which: "skill" | "knowledge" | "both", split: SkillSpanSplit = "test"): Sentence[] {
  const lines = readFileSync(join(corporaDir, `skillspan/${split}.json`), "utf8")
    .split("\n")
    .filter(Boolean);
  return lines.map((line) => {
    const row = JSON.parse(line) as {
      idx: number;
      tokens: string[];
      tags_skill: string[];
      tags_knowledge: string[];
    };
    const gold = [
      ...(which !== "knowledge" ? spansFromBio(row.tags_skill) : []),
      ...(which !== "skill" ? spansFromBio(row.tags_knowledge) : []),
    ];
    return { tokens: row.tokens, gold, posting: row.idx };
  });
}

export function green(): Sentence[] {
  const blocks = readFileSync(join(corporaDir, "green-skill-extraction/testset.conll"), "utf8").split(
    /\n\s*\n/,
  );
  return blocks
    .map((block) =>
      block
        .split("\n")
        .map((l) => l.trim().split(/\s+/))
        .filter((p) => p.length >= 2),
    )
    .filter((rows) => rows.length > 0)
    .map((rows) => ({
      tokens: rows.map((r) => r[0] ?? ""),
      // Only the Skill spans; Occupation, Domain, Qualification and Experience are other things.
      gold: spansFromBio(rows.map((r) => (r[1]?.endsWith("Skill") ? r[1] : "O"))),
    }));
}

/** A sentence as text with each token's offset (tokens joined by one space). */
export function sentenceText(tokens: readonly string[]): { text: string; starts: number[] } {
  const starts: number[] = [];
  let text = "";
  for (const token of tokens) {
    starts.push(text.length);
    text += `${token} `;
  }
  return { text, starts };
}
