import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseCsv } from "./csv";
import type { SourceSkill } from "./types";

const QUALIFIER = /\s*\(([^()]*)\)\s*$/;
const MAX_ALIAS_CHARS = 80;

/** "Java (computer programming)" → "Java"; labels without a qualifier come back unchanged. */
export function stripQualifier(label: string): string {
  return label.replace(QUALIFIER, "").trim() || label;
}

function splitPipes(value: string): string[] {
  return value
    .split(" | ")
    .map((s) => s.trim())
    .filter(Boolean);
}

/** ESCO skills_en.csv, enriched with the URIs and broader concepts of the ICT/language collections. */
export function readEscoSkills(sourcesDir: string): SourceSkill[] {
  const dir = join(sourcesDir, "esco");
  const skills = parseCsv(readFileSync(join(dir, "skills_en.csv"), "utf8"));
  const collections = new Map<string, { uri: string; broader: string[]; kind: "ict" | "language" }>();
  for (const [file, kind] of [
    ["ictSkillsCollection_en.csv", "ict"],
    ["languageSkillsCollection_en.csv", "language"],
  ] as const) {
    for (const row of parseCsv(readFileSync(join(dir, file), "utf8"))) {
      const label = row.preferredLabel?.trim();
      if (!label) continue;
      collections.set(label, {
        uri: row.conceptUri ?? "",
        broader: splitPipes(row.broaderConceptPT ?? ""),
        kind,
      });
    }
  }
  const out: SourceSkill[] = [];
  for (const row of skills) {
    const label = row.preferredLabel?.trim();
    if (!label) continue;
    const display = stripQualifier(label);
    const extra = collections.get(label);
    const aliases = (row.altLabels ?? "")
      .split("\n")
      .map((s) => s.trim())
      .filter((s) => s.length >= 3 && s.length <= MAX_ALIAS_CHARS);
    if (display !== label) aliases.push(display);
    const qualifier = QUALIFIER.exec(label)?.[1] ?? "";
    const category =
      qualifier === "computer programming"
        ? "programming_language"
        : (extra?.kind ?? (row.skillType === "knowledge" ? "knowledge" : "competence"));
    const skill: SourceSkill = { source: "esco", label, display, aliases, category };
    if (extra?.uri) skill.sourceId = extra.uri;
    if (extra && extra.broader.length > 0) skill.parentLabels = extra.broader;
    out.push(skill);
  }
  return out;
}

export interface SourceOccupation {
  uri: string;
  iscoGroup: string;
  label: string;
  aliases: string[];
}

export function readEscoOccupations(sourcesDir: string): SourceOccupation[] {
  const rows = parseCsv(readFileSync(join(sourcesDir, "esco", "occupations_en.csv"), "utf8"));
  return rows
    .filter((row) => (row.preferredLabel ?? "").trim() !== "")
    .map((row) => ({
      uri: row.conceptUri ?? "",
      iscoGroup: row.iscoGroup ?? "",
      label: (row.preferredLabel ?? "").trim(),
      aliases: (row.altLabels ?? "")
        .split("\n")
        .map((s) => s.trim())
        .filter((s) => s.length >= 2 && s.length <= MAX_ALIAS_CHARS),
    }));
}
