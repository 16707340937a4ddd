import type { Evidence, MissingField } from "../card/shared";
import type { ExtractedDocument } from "../document";
import {
  LinkSchema,
  PersonalInfoSchema,
  type ResumeCardV1,
  ResumeCardV1Schema,
} from "../resume/resume-card-v1";
import { readingOne } from "./answers";
import { findEmails, findLinks, findPhones } from "./contact";
import { boardEmployerLine, isEntryPart } from "./dated-blocks";
import { findDates, mergedYears } from "./dates";
import { parseEducation } from "./education";
import { parseExperience } from "./experience";
import { isFlattened, segmentFlattened } from "./flattened";
import { isFirstName } from "./gazetteer";
import { headerDegreeLines } from "./header-degrees";
import { isRefereeHeading, type ResumeSectionKind, resumeHeadings } from "./headings";
import { headlineJob } from "./headline-job";
import { withNamedValues } from "./job-values";
import { labelledJobs } from "./labelled-jobs";
import { findLanguages, findLevel } from "./languages";
import { alternation, documentWordsLexicon } from "./lexicon";
import { type ParseNormalizer, resolveNormalizer } from "./normalizer";
import {
  findHeadline,
  findHomeLocation,
  findName,
  namesTheDocument,
  overHeadlineAndPlace,
  type Picked,
} from "./person";
import { listedFirms, namedFirms, proseEmployers } from "./prose-employers";
import { proseJobs } from "./prose-jobs";
import { withProseEmployers, withProseJobs, withTableRows } from "./prose-merge";
import { parseCertifications, parseLanguages, parseProjects, summaryText } from "./resume-extras";
import { headingIndex, linesOf, type Section, splitSections } from "./sections";
import { collectSkills, locateSkills } from "./skills";
import { tableJobs } from "./table-jobs";
import { evidenceIn, type Line, splitLabel, toLines, withCompatibilityFormsFolded, words } from "./text";
import { parserMeta } from "./version";

export interface ParseOptions {
  normalizer?: ParseNormalizer;
  /** The date "present" means (defaults to now). */
  now?: Date;
}

const index = headingIndex(resumeHeadings);
const skillSources = new Set<string>([
  "experience",
  "summary",
  "projects",
  "skills",
  "header",
  "certifications",
  "other",
]);

const { page_words, page_of } = documentWordsLexicon;
const pageNumberLine = new RegExp(
  String.raw`^[-–(\s]*(?:${alternation(page_words)})\s*\d{1,3}(?:\s*(?:${alternation(page_of)})\s*\d{1,3})?[\s)–-]*$`,
  "iu",
);

/** "Page 2 of 3", "Seite 2 von 3": a page's number printed where the page broke, no part of what the CV says. */
export function isPageNumber(text: string): boolean {
  return pageNumberLine.test(text.trim());
}

/** The CV's lines (flattened text segmented first, page numbers dropped) and its sections, as the parser reads them. */
export function resumeSections(extracted: ExtractedDocument) {
  return sectionsOf(withCompatibilityFormsFolded(extracted));
}

/** resumeSections of a document whose compatibility forms are folded already. */
function sectionsOf(doc: ExtractedDocument) {
  const read = isFlattened(doc) ? segmentFlattened(doc) : doc;
  const lines = toLines({ ...read, lines: read.lines.filter((l) => !isPageNumber(l.text)) });
  const sections = splitSections<ResumeSectionKind>(lines, index, undefined, isEntryPart);
  return { lines, sections: withLanguageRows(withSkillRows(withDocumentTitle(sections, lines))) };
}

/**
 * LinkedIn's export read as text sets its sidebar (contact, top skills, languages, certifications)
 * before the main column, which opens with the name, the headline and the place: a name found
 * inside a section ends it, its line and those after are the person's, not certificates or skills.
 * Only a name the data knows a given name of, or one over its headline and its place, with its
 * headline on the next line: a section's own line read as a name ("Web Servers" atop a skills
 * list) ends nothing.
 */
function sidebarEnd(
  name: Picked<string> | null,
  headline: Picked<string> | null,
  lines: Line[],
  normalizer: ParseNormalizer,
): Line | null {
  if (!name || !headline || headline.line.i !== name.line.i + 1) return null;
  return isFirstName(words(name.value)[0] ?? "") || overHeadlineAndPlace(name.line, lines, normalizer)
    ? name.line
    : null;
}

/** The lines of a kind's sections, those from the sidebar's end on left out of the section holding it. */
function linesBefore(sections: ParsedSection[], kind: ResumeSectionKind, end: Line | null): Line[] {
  return sections
    .filter((s) => s.kind === kind)
    .flatMap((s) => (end && s.lines.includes(end) ? s.lines.filter((l) => l.i < end.i) : s.lines));
}

/**
 * Europass's "Personal skills": "Mother tongue(s)   Croatian" and the grid's rows ("English   C1
 * C1 B2 B2 C1") are languages spoken with their level, not skills. A row of a skills section that
 * names a language and a level, in eight words or fewer, is read as a languages section's.
 */
function withLanguageRows(sections: Section<ResumeSectionKind>[]): Section<ResumeSectionKind>[] {
  return sections.flatMap((section) => {
    if (section.kind !== "skills") return [section];
    const spoken = (l: Line) =>
      l !== section.heading &&
      words(l.text).length <= 8 &&
      findLanguages(l.text).length > 0 &&
      findLevel(l.text) !== null;
    const rows = section.lines.filter(spoken);
    if (rows.length === 0) return [section];
    return [
      { ...section, lines: section.lines.filter((l) => !rows.includes(l)) },
      { kind: "languages" as const, heading: null, lines: rows },
    ];
  });
}

/**
 * "RESUME" as the document's first line is its title, not a summary's heading (Danish and Spanish
 * write "Resumé", "Resumen" over a summary, under the name): what follows it is the header.
 */
function withDocumentTitle(
  sections: Section<ResumeSectionKind>[],
  lines: Line[],
): Section<ResumeSectionKind>[] {
  const [header, first, ...rest] = sections;
  const opening = lines.find((l) => l.text !== "");
  if (!header || !first?.heading || first.heading !== opening || first.kind !== "summary") return sections;
  if (!/^r[eé]sum[eé]$/iu.test(first.heading.text.trim())) return sections;
  return [{ ...header, lines: [...header.lines, ...first.lines] }, ...rest];
}

/**
 * "Languages : Java, Python" under "Technical Skills" is a row of the skills, not a section of
 * spoken languages: a labelled languages line that names no language stays in the skills section,
 * with what follows it.
 */
function withSkillRows(sections: Section<ResumeSectionKind>[]): Section<ResumeSectionKind>[] {
  const kept: Section<ResumeSectionKind>[] = [];
  for (const section of sections) {
    const previous = kept.at(-1);
    const value = section.heading ? splitLabel(section.heading.text)?.value : undefined;
    if (
      section.kind === "languages" &&
      previous?.kind === "skills" &&
      value &&
      findLanguages(value).length === 0
    )
      previous.lines.push(...section.lines);
    else kept.push(section);
  }
  return kept;
}

/**
 * The first lines of a CV with no header to speak of, up to its first dated job or schooling:
 * who the CV belongs to is never read from its entries ("Zentra Foods – Tulsa, OK" under "Work
 * History" is no name, the first duty under it no headline).
 */
function beforeFirstEntry(lines: Line[], kindOf: Map<number, string>, now: Date): Line[] {
  const first = lines.findIndex(
    (l) => ["experience", "education"].includes(kindOf.get(l.i) ?? "") && findDates(l.text, now).length > 0,
  );
  return first < 0 ? lines : lines.slice(0, first);
}

/** Sections that list what the person knows or holds. */
const listKinds = new Set(["skills", "languages", "certifications"]);

/** Sections whose sentences name other people's jobs (references), certificates, or no jobs at all. */
const proseSkipped = new Set(["ignored", "contact", "languages", "certifications"]);
const strayKinds = new Set(["skills", "summary", "other"]);
type ParsedSection = ReturnType<typeof resumeSections>["sections"][number];
const endsInColon = (line: Line | null) => line !== null && /[:：]\s*$/.test(line.text);

/**
 * A job board's entry: its employer line ("Quellin Ltd - Pune, Maharashtra -"), then its dates on a
 * line of their own.
 */
function holdsBoardEntry(s: ParsedSection, now: Date): boolean {
  const filled = s.lines.filter((l) => l.text !== "");
  return filled.some(
    (l, k) =>
      boardEmployerLine(l.text) &&
      filled.slice(k + 1, k + 3).some((d) => {
        const range = findDates(d.text, now).find((r) => !r.single);
        return range !== undefined && range.length >= d.text.trim().length - 1;
      }),
  );
}

/**
 * The experience sections' lines, and those of any skills, summary or unknown section that holds
 * two or more dated ranges: there a missed heading ("ACCOMPLISHMENTS" over the jobs) hid the jobs.
 * One range is enough under a heading written with a colon ("Tools:", "Project Summary:") that
 * follows an experience heading written without one: a lower rank, an entry's sub-heading, and a
 * job dated below it means the experience went on there. One is enough too when it dates a job
 * board's entry ("Skill Set" written inside a job, the next job under it).
 */
function workLines(sections: ParsedSection[], now: Date): Line[] {
  const ranges = (s: ParsedSection) =>
    s.lines.filter((l) => l.text.length <= 80 && findDates(l.text, now).some((d) => !d.single)).length;
  const out: Line[] = [];
  let underExperience = false;
  // An experience heading over no dated range: a page of two columns read across set its jobs under
  // a later heading of the other column ("PERSONAL DETAILS"), where one range will do.
  let jobsElsewhere = false;
  for (const s of sections) {
    const subHeading: boolean =
      underExperience && strayKinds.has(s.kind) && endsInColon(s.heading) && s.lines[0] !== s.heading;
    const dated = ranges(s);
    const stray = strayKinds.has(s.kind) || s.kind === "contact";
    const taken =
      s.kind === "experience" ||
      // Only a section with one range asks for its sub-heading or a board's entry.
      (strayKinds.has(s.kind) && (dated >= 2 || (dated === 1 && (subHeading || holdsBoardEntry(s, now))))) ||
      (jobsElsewhere && stray && dated >= 1);
    if (taken) out.push(...s.lines);
    if (s.kind === "experience") jobsElsewhere = dated === 0;
    else if (taken) jobsElsewhere = false;
    underExperience = (s.kind === "experience" && !endsInColon(s.heading)) || subHeading;
  }
  return out;
}

/** Reads a CV the way a recruiter skims it: who, how to reach them, what they did, when, and with what. */
export function parseResume(doc: ExtractedDocument, options: ParseOptions = {}): ResumeCardV1 {
  return readingOne(() => readResume(doc, options));
}

function readResume(extracted: ExtractedDocument, options: ParseOptions): ResumeCardV1 {
  const doc = withCompatibilityFormsFolded(extracted);
  const now = options.now ?? new Date();
  const normalizer = resolveNormalizer(options.normalizer);
  const { lines, sections } = sectionsOf(doc);
  const kindOf = new Map<number, string>();
  for (const s of sections)
    for (const l of [...(s.heading ? [s.heading] : []), ...s.lines]) kindOf.set(l.i, s.kind);

  const header = linesOf(sections, "header");
  const contact = linesOf(sections, "contact");
  const aboutThePerson = (l: Line) => !["experience", "education", "ignored"].includes(kindOf.get(l.i) ?? "");
  const top =
    header.filter((l) => l.text !== "").length >= 2
      ? [...header, ...contact]
      : // A list's items ("Top Skills": "Guest Relations") are no one's name or headline.
        [
          ...beforeFirstEntry(lines.slice(0, 15), kindOf, now).filter(
            (l) => !listKinds.has(kindOf.get(l.i) ?? ""),
          ),
          ...contact,
        ];
  const evidence: Evidence[] = [];
  const note = (field: string, line: Line, quote: string, at?: number) =>
    evidence.push(evidenceIn(field, line, quote, at));

  const nameFallback = lines.slice(0, 40).filter(aboutThePerson);
  const name = findName(top, normalizer, nameFallback);
  if (name) note("personal_info.name", name.line, name.quote, name.at);
  const headline = findHeadline(name && !top.includes(name.line) ? lines : top, name, normalizer);
  if (headline) note("personal_info.headline", headline.line, headline.quote, headline.at);
  const location = findHomeLocation(top);
  if (location) note("personal_info.location", location.line, location.quote, location.at);

  const outsideReferences = lines.filter((l) => kindOf.get(l.i) !== "ignored");
  const email = [...findEmails(top), ...findEmails(outsideReferences)].find(
    (e) => PersonalInfoSchema.shape.email.safeParse(e.value).success,
  );
  if (email) note("personal_info.email", email.line, email.quote, email.at);
  const phone = findPhones(top)[0] ?? findPhones(outsideReferences)[0];
  if (phone) note("personal_info.phone", phone.line, phone.quote, phone.at);
  const topIds = new Set(top.map((l) => l.i));
  // A profile link is the person's wherever it stands (an Indeed export prints it last, after a
  // declaration) but among their referees; a plain website only at the top.
  const refereeLines = new Set(
    sections
      .filter((s) => s.kind === "ignored" && s.heading && isRefereeHeading(s.heading.text))
      .flatMap((s) => s.lines.map((l) => l.i)),
  );
  const links = findLinks(lines.filter((l) => !refereeLines.has(l.i)))
    .filter((l) => topIds.has(l.line.i) || l.kind !== "website")
    .map((l) => ({ kind: l.kind, url: l.value }))
    .filter((l) => LinkSchema.safeParse(l).success);

  const summarySection = summaryText(linesOf(sections, "summary"));
  const headerProse = header.find((l) => l.text.length > 140 && l !== name?.line);
  const summary = summarySection ?? (headerProse ? { text: headerProse.text, first: headerProse } : null);
  if (summary) note("summary", summary.first, summary.first.text);

  // The name line printed again at the top of each page ("Mira Holt" over page 2) is no employer.
  const experienceLines = workLines(sections, now).filter(
    (l) => !name || l.i === name.line.i || l.text !== name.line.text,
  );
  const proseLines = lines.filter((l) => !proseSkipped.has(kindOf.get(l.i) ?? "header"));
  // Labelled fields outside the experience section ("Current Employer:" in the header) state jobs too.
  const labelled = labelledJobs(
    proseLines.filter((l) => kindOf.get(l.i) !== "experience"),
    normalizer,
  );
  const experience = withNamedValues(
    withProseEmployers(
      withProseJobs(
        withTableRows(
          parseExperience(experienceLines, normalizer, now),
          tableJobs(proseLines, normalizer),
          normalizer,
        ),
        [...proseJobs(proseLines, normalizer, now), ...labelled.jobs, ...headlineJob(headline, normalizer)],
        normalizer,
      ),
      [
        // A dated name first: the same name in an undated sentence adds nothing then.
        ...listedFirms(proseLines, normalizer, now),
        ...proseEmployers(proseLines, normalizer),
        ...labelled.employers,
        ...namedFirms(proseLines, normalizer),
      ],
      normalizer,
    ),
  );
  evidence.push(...experience.evidence);
  // Degrees stated above the first heading come first, a blank line apart from the section's.
  const headerDegrees = headerDegreeLines(header, name?.line);
  const educationLines = linesOf(sections, "education");
  const education = parseEducation(
    headerDegrees.length > 0
      ? [...headerDegrees, { ...(headerDegrees.at(-1) as Line), text: "" }, ...educationLines]
      : educationLines,
    now,
  );
  evidence.push(...education.evidence);
  const languages = parseLanguages(linesOf(sections, "languages"), lines);
  evidence.push(...languages.evidence);
  const personStart = sidebarEnd(name, headline, lines, normalizer);
  const certifications = parseCertifications(linesBefore(sections, "certifications", personStart), now);
  evidence.push(...certifications.evidence);
  const projectLines = linesOf(sections, "projects");
  const projects = projectLines.length > 0 ? parseProjects(projectLines, now) : null;

  const ranges = experience.jobs.map((j) => j.entry);
  const skillLines = linesBefore(sections, "skills", personStart);
  const { skills, jobSkills } = collectSkills({
    hits: locateSkills(doc.text, lines, normalizer),
    skillLines,
    // "CV" over the name is the document's title, not a skill ("computer vision").
    allowed: (line) =>
      skillSources.has(kindOf.get(line.i) ?? "header") && line !== name?.line && !namesTheDocument(line.text),
    jobs: experience.jobs.map((j) => ({
      range: { ...j.entry, start: j.entry.start ?? null, end: j.entry.end ?? null },
      lines: j.lines,
      heads: j.heads,
    })),
    now,
  });
  const workExperience = experience.jobs.map((j, k) => ({ ...j.entry, skills: jobSkills[k] ?? [] }));
  skills.forEach((s, k) => {
    if (s.evidence) evidence.push({ field: `skills[${k}]`, ...s.evidence });
  });

  const missing: MissingField[] = [];
  const miss = (field: string, severity: MissingField["severity"], reason: string) =>
    missing.push({ field, severity, reason });
  if (!name) miss("personal_info.name", "critical", "No name was found at the top of the document");
  if (!email) miss("personal_info.email", "important", "No email address was found");
  if (!phone) miss("personal_info.phone", "optional", "No phone number was found");
  if (!location) miss("personal_info.location", "optional", "No home location was found");
  if (workExperience.length === 0) {
    const reason =
      experienceLines.length === 0 ? "No experience section was found" : "No dated work entries were found";
    miss("work_experience", "important", reason);
  }
  if (education.entries.length === 0) miss("education", "optional", "No education entries were found");
  if (skills.length === 0) miss("skills", "important", "No skills were found");
  if (languages.languages.length === 0) miss("languages", "optional", "No spoken languages were listed");

  return ResumeCardV1Schema.parse({
    schema: "resume-card-v1",
    personal_info: {
      name: name?.value ?? null,
      email: email?.value ?? null,
      phone: phone?.value ?? null,
      location: location?.value ?? null,
      links,
      headline: headline?.value ?? null,
    },
    summary: summary?.text ?? null,
    work_experience: workExperience,
    education: education.entries,
    skills,
    languages: languages.languages,
    certifications: certifications.certifications,
    projects,
    total_years_experience:
      ranges.length > 0
        ? mergedYears(
            ranges.map((r) => ({ start: r.start ?? null, end: r.end ?? null, current: r.current })),
            now,
          )
        : null,
    language: doc.language,
    missing_fields: missing,
    evidence,
    meta: { ...parserMeta },
  });
}
