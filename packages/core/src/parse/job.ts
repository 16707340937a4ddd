import type { Evidence, MissingField } from "../card/shared";
import { bundledRules } from "../codex/rules";
import type { ExtractedDocument } from "../document";
import { type CreativeJobV1, CreativeJobV1Schema } from "../job/creative-job-v1";
import { type JobCardV1, JobCardV1Schema, seniorityLevels } from "../job/job-card-v1";
import { readingOne } from "./answers";
import { findEmails, findLinks, findPhones } from "./contact";
import { creativeDetails, isCreativeTitle } from "./creative";
import { normalizedTitle } from "./experience";
import { type JobSectionKind, jobHeadings } from "./headings";
import { collectRequirements } from "./job-collect";
import { segmentFlatJob } from "./job-flat";
import { readJobHead } from "./job-head";
import { findContract, findEmploymentType, findSalary } from "./job-terms";
import { findLanguages, findLevel } from "./languages";
import { resolveNormalizer } from "./normalizer";
import type { ParseOptions } from "./resume";
import { headingIndex, isStyled, linesOf, splitSections } from "./sections";
import {
  evidenceIn,
  type Line,
  phraseRegExp,
  splitLabel,
  toLines,
  withCompatibilityFormsFolded,
} from "./text";
import { parserMeta } from "./version";

const index = headingIndex(jobHeadings);
const aboutCompany = /^(?:about|om|über|à propos de|sobre|عن)\s+\S.{0,38}$/iu;
const workModes = bundledRules["work-mode"].modes.map((m) => ({
  mode: m.mode,
  pattern: phraseRegExp(m.synonyms),
}));
const seniorities = [...bundledRules.seniority.levels]
  .sort((a, b) => b.rank - a.rank)
  .map((l) => ({ level: l.level, pattern: phraseRegExp(l.cues) }));
const contactLabel =
  /^(contact|contact person|kontakt|kontaktperson|ansprechpartner(?:in)?|contacto|للتواصل)$/iu;

/** Reads a job ad: what the role is, where, on what terms, and what a candidate must and may bring. */
export function parseJob(doc: ExtractedDocument, options: ParseOptions = {}): JobCardV1 | CreativeJobV1 {
  return readingOne(() => readJob(doc, options));
}

function readJob(extracted: ExtractedDocument, options: ParseOptions): JobCardV1 | CreativeJobV1 {
  const doc = withCompatibilityFormsFolded(extracted);
  const normalizer = resolveNormalizer(options.normalizer);
  const lines = toLines(segmentFlatJob(doc));
  const sections = splitSections<JobSectionKind>(lines, index, (line) =>
    aboutCompany.test(line.text.replace(/^#+\s*/, "")) && isStyled(line, null) ? "about" : null,
  );
  const evidence: Evidence[] = [];
  const note = (field: string, line: Line, quote: string, at?: number) =>
    evidence.push(evidenceIn(field, line, quote, at));
  const header = linesOf(sections, "header");
  const head = readJobHead(lines, header.length > 0 ? header : lines.slice(0, 10), normalizer);
  if (head.title) note("basics.title", head.title.line, head.title.quote, head.title.at);
  if (head.company) note("basics.company", head.company.line, head.company.quote, head.company.at);
  if (head.location) note("basics.location", head.location.line, head.location.quote, head.location.at);
  const title = head.title?.value ?? null;
  const titleHit = title ? normalizer.findTitles(title)[0] : undefined;
  const normalized = title ? normalizedTitle(title, normalizer) : undefined;
  const seniority =
    (title ? seniorities.find((s) => s.pattern.test(title))?.level : undefined) ??
    seniorityLevels.find((l) => l === titleHit?.seniority) ??
    null;

  let workMode: { mode: (typeof workModes)[number]["mode"]; line: Line; quote: string } | null = null;
  for (const { mode, pattern } of workModes) {
    for (const line of lines) {
      const m = pattern.exec(line.text);
      if (m) {
        workMode = { mode, line, quote: m[0] };
        break;
      }
    }
    if (workMode) break;
  }
  if (workMode) note("basics.work_mode", workMode.line, workMode.quote);
  const employment = findEmploymentType(lines);
  if (employment) note("basics.employment_type", employment.line, employment.quote);

  const { must, nice, hits, responsibilities } = collectRequirements(sections, head.title?.line, normalizer);
  for (const [list, path] of [
    [must, "must_have"],
    [nice, "nice_to_have"],
  ] as const) {
    list.forEach((r, k) => {
      if (r.evidence) evidence.push({ field: `requirements.${path}[${k}]`, ...r.evidence });
    });
  }
  const yearsAsked = must
    .map((r) => r.years_min ?? 0)
    .concat(must.length === 0 ? nice.map((r) => r.years_min ?? 0) : []);
  const yearsRequired = Math.max(0, ...yearsAsked);

  const languageRequirements = new Map<
    string,
    { language: string; level: ReturnType<typeof findLevel>; required: boolean }
  >();
  for (const [list, required] of [
    [must, true],
    [nice, false],
  ] as const) {
    for (const r of list.filter((x) => x.kind === "language")) {
      for (const l of findLanguages(r.text)) {
        if (!languageRequirements.has(l.code))
          languageRequirements.set(l.code, { language: l.code, level: findLevel(r.text), required });
      }
    }
  }
  const competencies = new Map<string, Set<string>>();
  for (const hit of hits) {
    const area = competencies.get(hit.category) ?? new Set<string>();
    area.add(hit.label);
    competencies.set(hit.category, area);
  }

  const applyLines = [...linesOf(sections, "apply"), ...lines];
  const email = findEmails(applyLines)[0];
  const phone = findPhones(applyLines)[0];
  const url = findLinks(linesOf(sections, "apply"))[0];
  const contactName = applyLines.map((l) => splitLabel(l.text)).find((l) => l && contactLabel.test(l.label));
  const spokenName =
    /(?:[Cc]ontact|[Kk]ontakt|[Aa]nsprechpartner(?:in)?|[Cc]ontacta a|[Cc]ontactez)\s+(\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+){1,2})/u;
  const personName =
    contactName?.value.split(/\s*[,(|–—]\s*|\s+-\s+/)[0]?.trim() ??
    applyLines.map((l) => spokenName.exec(l.text)?.[1]).find((n) => n !== undefined);
  const summaryLines = [
    ...linesOf(sections, "role"),
    ...header.filter((l) => l !== head.title?.line && !splitLabel(l.text)),
  ];
  const firstParagraph: Line[] = [];
  for (const l of summaryLines) {
    if (l.text === "" && firstParagraph.length > 0) break;
    if (l.text.length > 60) firstParagraph.push(l);
  }
  const summary =
    firstParagraph
      .map((l) => l.text)
      .join(" ")
      .slice(0, 2000) || null;
  const basics = {
    title: title ? title.slice(0, 200) : null,
    normalized_title: normalized ?? null,
    seniority,
    company: head.company?.value ?? null,
    location: head.location?.value ?? null,
    work_mode: workMode?.mode ?? "unknown",
    employment_type: employment?.value ?? null,
    contract: findContract(doc.text, lines),
    salary: findSalary(lines),
  };

  const missing: MissingField[] = [];
  const miss = (field: string, severity: MissingField["severity"], reason: string) =>
    missing.push({ field, severity, reason });
  if (!title) miss("basics.title", "critical", "No job title was found");
  if (!basics.company) miss("basics.company", "important", "No hiring company was named");
  if (!basics.location)
    miss(
      "basics.location",
      workMode?.mode === "remote" ? "optional" : "important",
      "No place of work was named",
    );
  // Without requirements step 1 can only compare title, place and seniority: say so loudly.
  if (must.length === 0 && nice.length === 0)
    miss(
      "requirements.must_have",
      "critical",
      "No requirements could be extracted: match scores cover only the title, seniority and place (coverage below 1)",
    );
  else if (must.length === 0)
    miss("requirements.must_have", "important", "No must-have requirements were found");
  if (!workMode) miss("basics.work_mode", "optional", "Onsite, hybrid or remote was not stated");
  if (!employment) miss("basics.employment_type", "optional", "The employment type was not stated");
  if (!email && !url) miss("contact", "optional", "No contact email or application link was found");

  const card = {
    basics,
    overview: { summary, responsibilities },
    requirements: { must_have: must, nice_to_have: nice },
    competencies: [...competencies].map(([area, items]) => ({ area, items: [...items] })),
    contact:
      email || phone || url || personName
        ? {
            name: personName ?? null,
            email: email?.value ?? null,
            phone: phone?.value ?? null,
            url: url?.value ?? null,
          }
        : null,
    language_requirements: [...languageRequirements.values()],
    years_required: yearsRequired > 0 ? yearsRequired : null,
    language: doc.language,
    missing_fields: missing,
    evidence,
    meta: { ...parserMeta },
  };
  if (isCreativeTitle(title)) {
    return CreativeJobV1Schema.parse({
      schema: "creative-job-v1",
      ...card,
      creative: creativeDetails(doc.text, basics.company),
    });
  }
  return JobCardV1Schema.parse({ schema: "job-card-v1", ...card });
}
