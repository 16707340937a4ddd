import type { Location } from "../card/shared";
import { findEmails, findLinks, findPhones } from "./contact";
import type { ParseNormalizer } from "./normalizer";
import type { Picked } from "./person";
import { readLocation } from "./places";
import { companyScore, titleScore } from "./roles";
import { bulletItem, type Line, splitLabel, words } from "./text";

/** The head of a job ad: its title, the hiring company and the place of work. */

const titleLabel =
  /^(job title|title|position|role|job|vacancy|stilling|stillingsbetegnelse|jobtitel|stellenbezeichnung|stelle|poste|intitulé du poste|puesto|cargo|المسمى الوظيفي|الوظيفة)$/iu;
const companyLabel =
  /^(company|employer|organi[sz]ation|hiring company|virksomhed|arbejdsgiver|firma|unternehmen|arbeitgeber|entreprise|société|empresa|الشركة|جهة العمل)$/iu;
const locationLabel =
  /^(location|job location|place of work|work location|workplace|office|based in|arbejdssted|lokation|sted|standort|arbeitsort|einsatzort|dienstort|lieu|lieu de travail|localisation|ubicación|lugar de trabajo|الموقع|مكان العمل)$/iu;
const hiring =
  /^(.{2,60}?)\s+(?:is|are)\s+(?:hiring|looking for|seeking|searching for)\s+(?:an?\s+|our\s+(?:next|new)\s+)?(.+?)(?:\s+(?:to|who|in|for|at)\s.*|[.!]|$)|^(.{2,60}?)\s+(?:søger|sucht|recrute|busca|contrata)\s+(?:(?:en|et|eine?n?|une?|una?)\s+)?(.+?)(?:\s+(?:til|der|pour|para|in|i)\s.*|[.!]|$)/iu;
const decorations =
  /\s*[([](?:m\/w\/d|m\/f\/d|f\/m\/d|w\/m\/d|f\/m\/x|m\/f\/x|h\/f|f\/h|all genders|gn|m\/f|k\/m|m\/k)[)\]]\s*/giu;
const prefixes =
  /^(?:we(?:'re| are) hiring|now hiring|hiring|job|vacancy|stillingsopslag|ledig stilling|stellenangebot|offre d'emploi|oferta de empleo|وظيفة شاغرة)\s*[:–—-]\s*/iu;
const aboutHeading = /^(?:about|om|über|à propos de|sobre|عن)\s+(.{2,40}?)\s*:?$/iu;
const notCompany =
  /^(us|the role|the job|the position|the team|you|yourself|os|dig|stillingen|jobbet|uns|dich|die stelle|nous|vous|le poste|nosotros|ti|el puesto|الشركة|الوظيفة|this role|the opportunity)$/iu;

/** "Title at Company": what a first line that reads as a title may hold besides the title. */
const atEmployer = /\s+(?:at|@|hos|bei|chez)\s+/iu;
/** Any separator a heading picked as the title may use between title, company and place. */
const headSeparators = /\s+(?:at|@|hos|bei|chez|en|\||–|—|-)\s+/iu;

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
    if (!company && who && words(who).length <= 5 && !/^(we|vi|wir|nous|nosotros)$/i.test(who)) {
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
  const placeIn =
    /(?:^|\s)(?:in|based in|located in|office in|i|in der|à|en)\s+(\p{Lu}[\p{L}-]+(?:,?\s+\p{Lu}[\p{L}-]+)?)/gu;
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
        const cleaned = segment
          .replace(/^(?:based in|located in|in our|office in|in)\s+/i, "")
          .replace(/\s+office$/i, "");
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
