import { z } from "zod";
import { minimalParserMeta } from "../card/minimal-meta";
import type { Evidence, MissingField } from "../card/shared";
import {
  bulletItem,
  evidenceOf,
  firstLabelled,
  firstParagraph,
  headingKey,
  isHeadingLike,
  linesUntil,
  splitLines,
  type TextLine,
} from "../card/text";
import { parseExperience } from "./experience";
import { type Link, type LinkKind, type ResumeCardV1, ResumeCardV1Schema } from "./resume-card-v1";

type Section = "summary" | "experience" | "other";

const sectionByHeading: [RegExp, Section][] = [
  [/^((professional )?summary|profile|about( me)?|profil|om mig|über mich|résumé|à propos)$/, "summary"],
  [
    /^((work |professional )?experience|employment( history)?|work history|career( history)?|erhvervserfaring|berufserfahrung|expérience( professionnelle)?|الخبرة( المهنية)?)$/u,
    "experience",
  ],
  [
    /^(education|skills|(technical|core) skills|languages|certifications?|projects|interests|references|uddannelse|kompetencer|sprog|ausbildung|kenntnisse|sprachen|formation|compétences|langues)$/,
    "other",
  ],
];

function sectionOf(text: string): Section | null {
  const key = headingKey(text);
  return sectionByHeading.find(([pattern]) => pattern.test(key))?.[1] ?? null;
}

const particles = new Set([
  "van",
  "von",
  "der",
  "den",
  "de",
  "da",
  "di",
  "du",
  "la",
  "le",
  "al",
  "el",
  "bin",
  "ibn",
]);

/** 2–4 capitalised words (plus particles such as "van der"), no digits, no "@". */
function looksLikeName(text: string): boolean {
  if (/[\d@]/.test(text)) return false;
  const words = text.split(/\s+/);
  const capitalised = words.filter((word) => /^\p{Lu}[\p{L}'’.-]*$/u.test(word));
  const rest = words.filter((word) => !/^\p{Lu}/u.test(word));
  return (
    capitalised.length >= 2 &&
    capitalised.length <= 4 &&
    rest.length <= 2 &&
    rest.every((word) => particles.has(word))
  );
}

const emailPattern =
  /(?<![\w.+-])[\w.%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\w-]|\.[\w-])/g;
const phonePattern = /(?<![\w+])(?:\+|00)?\d[\d\s().-]{5,}\d(?![\w])/g;
const phoneLabel = /\b(phone|tel|telephone|mobile|mob|cell|tlf|telefon|téléphone|handy)\b/i;
const urlPattern =
  /(?<!\S)(?:https?:\/\/\S+|www\.\S+|(?:[\w-]+\.)?(?:linkedin\.com|github\.com|gitlab\.com|behance\.net|dribbble\.com|artstation\.com)\/\S*)/gi;

function findEmail(lines: TextLine[]): { value: string; line: TextLine } | null {
  for (const line of lines) {
    for (const [value] of line.text.matchAll(emailPattern)) {
      if (z.email().safeParse(value).success) return { value, line };
    }
  }
  return null;
}

function findPhone(lines: TextLine[]): { value: string; line: TextLine } | null {
  for (const line of lines) {
    for (const [raw] of line.text.matchAll(phonePattern)) {
      const value = raw.trim();
      const digits = value.replace(/\D/g, "").length;
      const trusted = /^(\+|00)/.test(value) || phoneLabel.test(line.text);
      if (trusted && digits >= 7 && digits <= 15) return { value, line };
    }
  }
  return null;
}

function linkKind(url: string): LinkKind {
  if (/linkedin\.com/i.test(url)) return "linkedin";
  if (/github\.com|gitlab\.com/i.test(url)) return "github";
  if (/behance\.net|dribbble\.com|artstation\.com/i.test(url)) return "portfolio";
  return "website";
}

function findLinks(lines: TextLine[]): Link[] {
  const links = new Map<string, Link>();
  for (const line of lines) {
    for (const [raw] of line.text.matchAll(urlPattern)) {
      const trimmed = raw.replace(/[.,;:!?)\]>]+$/, "");
      const url = /^https?:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
      if (z.url().safeParse(url).success && !links.has(url)) links.set(url, { kind: linkKind(url), url });
    }
  }
  return [...links.values()];
}

/** Builds a resume-card-v1 from plain text with deterministic rules; validated before returning. */
export function buildMinimalResumeCard(text: string): ResumeCardV1 {
  const lines = splitLines(text);
  const evidence: Evidence[] = [];
  const firstLine = lines.find((line) => line.text !== "") as TextLine;
  const labelled = firstLabelled(lines, /^(name|full name|navn)$/i);
  const firstText = firstLine.text.replace(/^#+\s*/, "");
  const name = labelled?.value ?? (looksLikeName(firstText) ? firstText : null);
  if (name) evidence.push(evidenceOf("personal_info.name", labelled?.line ?? firstLine, name));

  const email = findEmail(lines);
  if (email) evidence.push(evidenceOf("personal_info.email", email.line, email.value));
  const phone = findPhone(lines);
  if (phone) evidence.push(evidenceOf("personal_info.phone", phone.line, phone.value));
  const location = firstLabelled(lines, /^(location|address|city|based in|bopæl|adresse|wohnort)$/i);
  if (location) evidence.push(evidenceOf("personal_info.location", location.line, location.value));

  const firstSection = lines.findIndex((line) => sectionOf(line.text) !== null);
  const header = lines.slice(firstLine.line, firstSection === -1 ? lines.length : firstSection);
  const headline = name
    ? header.find(
        (line) =>
          line.text !== "" &&
          line.text.length <= 100 &&
          !/[@:/]|\d{3}/.test(line.text) &&
          !bulletItem(line.text) &&
          !isHeadingLike(line.text),
      )
    : undefined;
  if (headline) evidence.push(evidenceOf("personal_info.headline", headline));

  const section = (wanted: Section): TextLine[] => {
    const at = lines.findIndex((line) => sectionOf(line.text) === wanted);
    return at === -1 ? [] : linesUntil(lines, at + 1, (line) => sectionOf(line.text) !== null);
  };
  const summary = firstParagraph(section("summary"), () => false);
  if (summary) evidence.push(evidenceOf("summary", summary.first));
  const experienceLines = section("experience");
  const experience = parseExperience(experienceLines, "work_experience");
  evidence.push(...experience.evidence);

  const missing: MissingField[] = [];
  if (!name)
    missing.push({ field: "personal_info.name", severity: "critical", reason: "No name line was found" });
  if (!email) {
    missing.push({
      field: "personal_info.email",
      severity: "important",
      reason: "No email address was found",
    });
  }
  if (!phone) {
    missing.push({ field: "personal_info.phone", severity: "optional", reason: "No phone number was found" });
  }
  if (experience.entries.length === 0) {
    const reason =
      experienceLines.length === 0
        ? "No experience section was found"
        : "The experience section has no entries with a date range the parser can read";
    missing.push({ field: "work_experience", severity: "important", reason });
  }

  return ResumeCardV1Schema.parse({
    schema: "resume-card-v1",
    personal_info: {
      name,
      email: email?.value ?? null,
      phone: phone?.value ?? null,
      location: location ? { raw: location.value } : null,
      links: findLinks(lines),
      headline: headline?.text ?? null,
    },
    summary: summary?.text ?? null,
    work_experience: experience.entries,
    missing_fields: missing,
    evidence,
    meta: { ...minimalParserMeta },
  });
}
