import type { Evidence } from "../card/shared";
import type { ResumeCardV1 } from "../resume/resume-card-v1";
import { datedBlocks } from "./dated-blocks";
import { findDates } from "./dates";
import { bodyItems } from "./experience";
import { findLanguages, findLevel } from "./languages";
import { bulletItem, evidenceIn, type Line, splitLabel, words } from "./text";

/** The smaller CV sections: spoken languages, certifications, projects, summary. */

type SpokenLanguage = ResumeCardV1["languages"][number];
type Certification = ResumeCardV1["certifications"][number];
type Project = NonNullable<ResumeCardV1["projects"]>[number];

const languageLabel = /^(languages?|sprog|sprachen?|langues?|idiomas?|اللغات|اللغة)$/iu;

/** "Danish (native), English – C1" → one entry per language, level from the words after it. */
export function parseLanguages(
  sectionLines: Line[],
  allLines: Line[],
): { languages: SpokenLanguage[]; evidence: Evidence[] } {
  const labelled = allLines.filter((l) => {
    const label = splitLabel(l.text);
    return label !== null && languageLabel.test(label.label);
  });
  const languages: SpokenLanguage[] = [];
  const evidence: Evidence[] = [];
  const seen = new Set<string>();
  const source = [...sectionLines, ...labelled.filter((l) => !sectionLines.includes(l))];
  source.forEach((line, k) => {
    const mentions = findLanguages(line.text);
    mentions.forEach((mention, j) => {
      if (seen.has(mention.code)) return;
      seen.add(mention.code);
      const next = mentions[j + 1]?.index ?? line.text.length;
      let levelText = line.text.slice(mention.index + mention.name.length, next);
      // A level on its own line under the language ("English\nC1 – fluent").
      const below = source[k + 1];
      if (!findLevel(levelText) && mentions.length === 1 && below && findLanguages(below.text).length === 0) {
        levelText = below.text;
      }
      if (!findLevel(levelText)) levelText = line.text.slice(0, mention.index);
      evidence.push(evidenceIn(`languages[${languages.length}]`, line, mention.name, mention.index));
      languages.push({ language: mention.code, name: mention.name, level: findLevel(levelText) });
    });
  });
  return { languages, evidence };
}

const issuerSplit = /\s*(?:[|,–—-]|\s(?:by|from|issued by|fra|von|par|de|por)\s)\s*/iu;

export function parseCertifications(
  lines: Line[],
  now: Date,
): { certifications: Certification[]; evidence: Evidence[] } {
  const certifications: Certification[] = [];
  const evidence: Evidence[] = [];
  for (const line of lines) {
    const text = bulletItem(line.text) ?? line.text;
    if (text === "" || text.length > 160) continue;
    const date = findDates(text, now, true).at(-1);
    const rest = date ? `${text.slice(0, date.index)} ${text.slice(date.index + date.length)}` : text;
    // "BLS, ACLS, PALS – American Heart Association": certificates listed before their issuer.
    const listed = /^([^–—|]+?,[^–—|]+?)\s+[–—-]\s+([^,]+)$/u.exec(rest.trim());
    const names = listed?.[1]?.split(",").map((n) => n.trim()) ?? [];
    if (listed?.[2] && names.length >= 2 && names.every((n) => /\p{L}{2}/u.test(n) && words(n).length <= 4)) {
      for (const name of names) {
        evidence.push(evidenceIn(`certifications[${certifications.length}]`, line, name));
        certifications.push({
          name,
          issuer: listed[2].trim(),
          date: date ? (date.end ?? date.start) : null,
          id: null,
        });
      }
      continue;
    }
    const id = /(?:credential id|license|id|no\.?)[:\s#]+([A-Z0-9-]{5,})/i.exec(rest)?.[1] ?? null;
    const [name, issuer] = rest
      .replace(/(?:credential id|license|id|no\.?)[:\s#]+[A-Z0-9-]{5,}/i, "")
      .split(issuerSplit)
      .map((p) => p.replace(/^[\s()]+|[\s(),.]+$/g, ""))
      .filter((p) => p !== "");
    if (!name || !/\p{L}{2}/u.test(name)) continue;
    evidence.push(evidenceIn(`certifications[${certifications.length}]`, line, name));
    certifications.push({ name, issuer: issuer ?? null, date: date ? (date.end ?? date.start) : null, id });
  }
  return { certifications, evidence };
}

/** Projects: dated blocks when the section has dates, else a name line followed by its bullets. */
export function parseProjects(lines: Line[], now: Date): Project[] {
  const blocks = datedBlocks(lines, now);
  if (blocks.length > 0) {
    return blocks.flatMap((b) => {
      const name = b.head.map((l) => (l === b.anchor ? b.inline : l.text)).find((t) => t !== "");
      if (!name) return [];
      const description = bodyItems(b.body).join(" ").slice(0, 1000) || null;
      return [{ name, description, start: b.date.start, end: b.date.end }];
    });
  }
  const projects: Project[] = [];
  for (const line of lines) {
    if (line.text === "") continue;
    const bullet = bulletItem(line.text);
    const last = projects.at(-1);
    if (bullet && last && !/^\s*[-•*]/.test(last.name)) {
      last.description = last.description ? `${last.description} ${bullet}` : bullet;
    } else if (!bullet && line.text.length <= 100) {
      const [name, ...rest] = line.text.split(/\s+[–—-]\s+|:\s+/);
      if (name) projects.push({ name, description: rest.join(" — ") || null });
    } else if (last) {
      last.description = last.description
        ? `${last.description} ${bullet ?? line.text}`
        : (bullet ?? line.text);
    }
  }
  return projects.slice(0, 30);
}

/** The summary paragraph: the section's prose lines joined, up to 2,000 characters. */
export function summaryText(lines: Line[]): { text: string; first: Line } | null {
  const prose = lines.filter((l) => l.text !== "");
  const first = prose[0];
  if (!first) return null;
  // A line that wrapped after a hyphen ("event-" / "driven") is one word: joined without a space.
  const text = prose
    .map((l) => bulletItem(l.text) ?? l.text)
    .reduce(
      (out, line) =>
        out === "" ? line : /\p{L}-$/u.test(out) && /^\p{Ll}/u.test(line) ? out + line : `${out} ${line}`,
      "",
    )
    .replace(/\s+/g, " ")
    .slice(0, 2000);
  return { text, first };
}
