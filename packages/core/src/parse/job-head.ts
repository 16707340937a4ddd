import type { Location } from "../card/shared";
import { findEmails, findLinks, findPhones } from "./contact";
import { alternation, jobHeadLexicon, oneOf } from "./lexicon";
import type { ParseNormalizer } from "./normalizer";
import type { Picked } from "./person";
import { readLocation } from "./places";
import { companyScore, titleScore } from "./roles";
import { bulletItem, type Line, splitLabel, words } from "./text";

/**
 * The head of a job ad: its title, the hiring company and the place of work. The words of its
 * labels, sentences and headings are codex data (codex/lexicon/job-head.json).
 */

const titleLabel = oneOf(jobHeadLexicon.title_labels);
const companyLabel = oneOf(jobHeadLexicon.company_labels);
const locationLabel = oneOf(jobHeadLexicon.location_labels);
const hiringWords = jobHeadLexicon.hiring;
/** "a ", "our next ": each article with its space, as the English form writes them. */
const articlesAfterIs = hiringWords.articles_after_is.map((article) => String.raw`${article}\s+`).join("|");
/** "Quellin is looking for a Data Engineer to …": company, then title. */
const hiringInEnglish = String.raw`^(.{2,60}?)\s+(?:${alternation(hiringWords.is_verbs)})\s+(?:${alternation(hiringWords.verbs_after_is)})\s+(?:${articlesAfterIs})?(.+?)(?:\s+(?:${alternation(hiringWords.clause_words_after_is)})\s.*|[.!]|$)`;
/** "Quellin søger en Data Engineer til …", "Quellin sucht einen …". */
const hiringInOthers = String.raw`^(.{2,60}?)\s+(?:${alternation(hiringWords.verbs)})\s+(?:(?:${alternation(hiringWords.articles)})\s+)?(.+?)(?:\s+(?:${alternation(hiringWords.clause_words)})\s.*|[.!]|$)`;
const hiring = new RegExp(`${hiringInEnglish}|${hiringInOthers}`, "iu");
/** "We are hiring …": the writer's own "we", no company's name. */
const ourselves = oneOf(jobHeadLexicon.ourselves);
const decorations = new RegExp(
  String.raw`\s*[([](?:${alternation(jobHeadLexicon.gender_marks)})[)\]]\s*`,
  "giu",
);
const prefixes = new RegExp(String.raw`^(?:${alternation(jobHeadLexicon.title_prefixes)})\s*[:–—-]\s*`, "iu");
const aboutHeading = new RegExp(
  String.raw`^(?:${alternation(jobHeadLexicon.about_words)})\s+(.{2,40}?)\s*:?$`,
  "iu",
);
const notCompany = oneOf(jobHeadLexicon.not_companies);

const { employer_links: employerLinks, head_separators: headWords } = jobHeadLexicon;
/** "Title at Company": what a first line that reads as a title may hold besides the title. */
const atEmployer = new RegExp(String.raw`\s+(?:${alternation(employerLinks)})\s+`, "iu");
/** Any separator a heading picked as the title may use between title, company and place. */
const headSeparators = new RegExp(
  String.raw`\s+(?:${alternation([...employerLinks, ...headWords])}|\||–|—|-)\s+`,
  "iu",
);
/** "based in Aarhus", "in der Hamburger Innenstadt": a place of work after its preposition. */
const placeIn = new RegExp(
  String.raw`(?:^|\s)(?:${alternation(jobHeadLexicon.place_prepositions)})\s+(\p{Lu}[\p{L}-]+(?:,?\s+\p{Lu}[\p{L}-]+)?)`,
  "gu",
);
/** "based in aarhus", "aarhus office": the words around a place standing alone in a segment. */
const placeLeadIn = new RegExp(String.raw`^(?:${alternation(jobHeadLexicon.place_lead_ins)})\s+`, "i");
const placeTail = new RegExp(String.raw`\s+(?:${alternation(jobHeadLexicon.place_tails)})$`, "i");

export function cleanTitle(text: string): string {
  return text
    .replace(/^#+\s*/, "")
    .replace(decorations, " ")
    .replace(prefixes, "")
    .replace(/\s+/g, " ")
    .trim();
}

export interface JobHead {
  title: Picked<string> | null;
  company: Picked<string> | null;
  location: Picked<Location> | null;
}

function labelled(lines: Line[], label: RegExp): Picked<string> | null {
  for (const line of lines) {
    const l = splitLabel(line.text);
    if (l && label.test(l.label))
      return { value: l.value, line, quote: l.value, at: line.text.indexOf(l.value) };
  }
  return null;
}

const isContact = (line: Line) =>
  findEmails([line]).length > 0 || findPhones([line]).length > 0 || findLinks([line]).length > 0;

export function readJobHead(lines: Line[], header: Line[], normalizer: ParseNormalizer): JobHead {
  let title = labelled(lines.slice(0, 40), titleLabel);
  let company = labelled(lines.slice(0, 60), companyLabel);
  let location: Picked<Location> | null = null;
  const loc = labelled(lines.slice(0, 80), locationLabel);
  if (loc) location = { ...loc, value: readLocation(loc.value) ?? { raw: loc.value } };

  const top = header
    .filter((l) => l.text !== "" && !bulletItem(l.text) && !splitLabel(l.text) && !isContact(l))
    .slice(0, 8);
  // A first line that reads as a job title is the title, as written (a later "we are hiring a
  // senior engineer" sentence only repeats it, in lower case).
  /**
   * A title line's parts: "Art Director at Marrowbone & Finch — London" is the title, then the
   * company and the place (each kept only where none was found yet).
   */
  const readTitleLine = (line: Line, separators: RegExp) => {
    const parts = cleanTitle(line.text).split(separators);
    const head = parts[0] ?? "";
    title = { value: head.slice(0, 200), line, quote: head, at: Math.max(0, line.text.indexOf(head)) };
    for (const part of parts.slice(1)) {
      const place = readLocation(part, true);
      if (place && !location) location = { value: place, line, quote: part, at: line.text.indexOf(part) };
      else if (!place && !company && words(part).length <= 5) {
        company = { value: part, line, quote: part, at: line.text.indexOf(part) };
      }
    }
  };
  /** The line (before any "at Company") reads as a job title, and is no "we are hiring" sentence. */
  const readsAsTitle = (line: Line) =>
    !hiring.test(line.text) && titleScore(cleanTitle(line.text).split(atEmployer)[0] ?? "", normalizer) > 0;
  const first = top[0];
  if (!title && first && first.text.length <= 80 && readsAsTitle(first)) {
    readTitleLine(first, atEmployer);
  }
  // "Regionshospital Vestfjord" over a heading "Sygeplejerske til akutmodtagelsen": an ad that names
  // its employer first sets the title as the first heading, before any "we are hiring" sentence.
  const second = top[1];
  if (
    !title &&
    first &&
    second &&
    !first.heading &&
    (second.heading || /^#\s/.test(second.text)) &&
    readsAsTitle(second)
  ) {
    readTitleLine(second, atEmployer);
    const employer = first.text.trim();
    if (!company && words(employer).length <= 6 && !readLocation(employer, true))
      company = { value: employer, line: first, quote: employer, at: first.text.indexOf(employer) };
  }
  for (const line of top) {
    const m = hiring.exec(line.text);
    if (!m) continue;
    const who = (m[1] ?? m[3] ?? "").trim();
    const what = cleanTitle(m[2] ?? m[4] ?? "");
    if (!title && what && words(what).length <= 8)
      title = { value: what, line, quote: what, at: line.text.indexOf(what) };
    if (!company && who && words(who).length <= 5 && !ourselves.test(who)) {
      company = { value: who, line, quote: who, at: line.text.indexOf(who) };
    }
  }
  if (!title) {
    const candidates = top.filter((l) => l.text.length <= 120 && !aboutHeading.test(l.text));
    const ranked = [...candidates].sort((a, b) => {
      const score = (l: Line) =>
        (l.heading || /^#\s/.test(l.text) ? 2 : 0) +
        (titleScore(cleanTitle(l.text), normalizer) > 0 ? 3 : 0) -
        l.i * 0.1;
      return score(b) - score(a);
    });
    const line = ranked[0];
    if (line) readTitleLine(line, headSeparators);
  }
  for (const line of top) {
    if (line === title?.line || (company && location)) continue;
    const parts = line.text.split(/\s*[,|•·–—]\s*/);
    // "Company — City (Hybrid)" under the title: the part before the place is the employer.
    const [lead, ...rest] = parts;
    if (
      !company &&
      lead &&
      line.i === (title?.line.i ?? -2) + 1 &&
      words(lead).length <= 5 &&
      !readLocation(lead, true)
    ) {
      if (rest.some((part) => readLocation(part.replace(/\s*\(.*\)$/, ""), true))) {
        company = { value: lead, line, quote: lead, at: line.text.indexOf(lead) };
      }
    }
    for (const part of parts) {
      const place = readLocation(part, true);
      if (place && !location) location = { value: place, line, quote: part, at: line.text.indexOf(part) };
      else if (!place && !company && companyScore(part) >= 2 && words(part).length <= 6) {
        company = { value: part, line, quote: part, at: line.text.indexOf(part) };
      }
    }
  }
  if (!company) {
    for (const line of lines) {
      const m = aboutHeading.exec(line.text.replace(/^#+\s*/, ""));
      const who = m?.[1]?.trim();
      if (who && !notCompany.test(who) && words(who).length <= 5 && line.text.length <= 50) {
        company = { value: who, line, quote: who, at: line.text.indexOf(who) };
        break;
      }
    }
  }
  for (const line of location ? [] : lines.slice(0, 30)) {
    const hit = [...line.text.matchAll(placeIn)].find((m) => m[1] && readLocation(m[1], true)?.city);
    if (hit?.[1]) {
      location = {
        value: readLocation(hit[1], true) as Location,
        line,
        quote: hit[1],
        at: line.text.indexOf(hit[1]),
      };
      break;
    }
  }
  if (!location) {
    for (const line of [...top, ...lines.slice(0, 60)]) {
      for (const segment of line.text.split(/\s*[|•·–—]\s*|\s+-\s+/)) {
        const cleaned = segment.replace(placeLeadIn, "").replace(placeTail, "");
        const place = cleaned.length <= 40 ? readLocation(cleaned, true) : null;
        if (place?.city || place?.country) {
          location = { value: place, line, quote: cleaned, at: line.text.indexOf(cleaned) };
          break;
        }
      }
      if (location) break;
    }
  }
  return { title, company, location };
}
