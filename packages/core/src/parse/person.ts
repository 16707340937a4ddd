import type { Location } from "../card/shared";
import { findEmails, findLinks, findPhones } from "./contact";
import { findDates } from "./dates";
import { startsWithDegree } from "./education";
import { isFirstName } from "./gazetteer";
import { resumeHeadings } from "./headings";
import { alternation, documentWordsLexicon, headingsLexicon, oneOf, personLexicon } from "./lexicon";
import type { ParseNormalizer, TitleHit } from "./normalizer";
import { isAddressWord, isListedCity, readLocation } from "./places";
import { companyScore, hasRoleWord, rolePattern, titleScore } from "./roles";
import { classifyHeading, headingIndex } from "./sections";
import {
  bulletItem,
  closesSentence,
  escapeRegExp,
  type Line,
  phraseRegExp,
  splitLabel,
  words,
  writtenAsSentence,
} from "./text";

/**
 * Who the CV belongs to: name, headline and home location from the top of the document. The words
 * of its labels and of the lines that name no person are codex data (codex/lexicon/person.json).
 */

export interface Picked<T> {
  value: T;
  line: Line;
  quote: string;
  at: number;
}

const particles = new Set(personLexicon.name_particles);
const notNames = oneOf(personLexicon.not_names);
/** "Curriculum Vitae", "CV", "Lebenslauf": a line that names the document (or a heading at its top), no one and nothing they know. */
export const namesTheDocument = (text: string): boolean => notNames.test(text.trim());
const nameLabel = oneOf(personLexicon.name_labels);
const namePlaceholder = oneOf(personLexicon.name_placeholders);
/** "First name(s) / Surname(s) Jonas Lindqvist": a form's name label (codex data), its colon optional. */
const formLabel = new RegExp(
  `^\\s*${phraseRegExp(headingsLexicon.personal_labels.name).source}\\s*:?\\s+(?=\\S)`,
  "iu",
);
const locationLabel = oneOf(personLexicon.location_labels);
/** "based in Aarhus", "bor i Odense": the words before a home location in a contact line. */
const livesIn = new RegExp(String.raw`^(?:${alternation(personLexicon.lives_in)})\s+`, "iu");
const segmentSplit = /\s*(?:\||•|·|◦|▪|\t| {3,}|\s[–—-]\s)\s*/u;
/** "Quellin.T": an initial after the name, joined to it by its full stop (a way Indian CVs write names). */
const gluedInitial = /(?<=\p{L}{2})\.(\p{Lu})\.?$/u;
/** What may open a name line and is no part of the name: a Markdown heading's marks, quotation marks. */
const lineLead = /^(?:#+\s*|["“”„«»]+\s*)/u;
/** "~ ~ ~ MIRA HOLT ~ ~ ~", "*** Mira Holt ***": a name set between ornaments of repeated marks. */
const ornaments = /^\s*(?:[~*=_✦★☆◆◇•·—–-]\s*){2,}(.*?)(?:\s*[~*=_✦★☆◆◇•·—–-]){2,}\s*$/u;
const withoutOrnaments = (text: string): string => ornaments.exec(text)?.[1] ?? text;
/** "Mr. Tarvo Quellin", "Resume of Mira Holt": a form of address or the document's words before the name (codex/lexicon/person.json name_leads). */
const nameLead = new RegExp(String.raw`^(?:${alternation(personLexicon.name_leads)})\s+(?=\p{Lu})`, "iu");
/** The name without its lead; two capitals with no full stop ("MS Quellin") are initials, kept. */
function withoutNameLead(text: string): string {
  const lead = nameLead.exec(text)?.[0];
  return lead && !/^\p{Lu}{2}\s+$/u.test(lead) ? text.slice(lead.length) : text;
}
/**
 * After the capitalised words, the rest of an address line: a region and a postcode, or a room's
 * number ("Clayton Heath, QX 40217", "Warren Vale QX 4021", "Alma Hall Room 220").
 */
const addressTail = /^[\s,]*(?:[\p{L}.]+[\s,]+){0,2}\d{3,6}(?:-\d{4})?\s*$/u;

/** Words of the document itself ("Sales Editor Resume Template", "Page 2"). */
export const documentWords = new RegExp(
  String.raw`(?<![\p{L}])(?:${alternation(personLexicon.document_words)})(?![\p{L}])`,
  "iu",
);
// "Sample" and "Example" are not among them: they name the document only beside one of those
// ("Sample Resume"), and alone they may be a surname (the fixtures' "Cy Example").
const headings = headingIndex(resumeHeadings);
/**
 * Words that lead into a name or go on from the words before ("Ministry of Education", "and made
 * the plans"): a line that opens on one continues the line before; in text that lost its gaps no
 * heading follows one (codex/lexicon/document-words.json).
 */
export const functionWords = new Set(documentWordsLexicon.function_words);

/** A line that reads as a section heading ("Career Highlights", "Personal Details"). */
function isHeadingText(text: string): boolean {
  const line: Line = {
    i: 0,
    text,
    page: 1,
    line: 1,
    start: 0,
    heading: true,
    bold: false,
    fontSize: null,
    column: 0,
  };
  return classifyHeading(line, headings, null) !== null;
}

/**
 * The title aliases are the last word alone, after other words ("Tarvo Miller", "Ida Borer"): the
 * surname's place. A title written as one ("Senior Miller", "Pastry Cook") starts with the line.
 */
function inSurnamePlace(text: string, parts: string[], titles: readonly TitleHit[]): boolean {
  const from = text.length - (parts.at(-1) ?? "").length;
  return (
    parts.length >= 2 && parts.length <= 3 && titles.every((t) => t.start === from && t.end === text.length)
  );
}

function looksLikeName(text: string, normalizer: ParseNormalizer, opening = false): boolean {
  if (text.length < 4 || text.length > 60 || /[\d@/:;!?()[\]{}<>=+_#|]/.test(text) || notNames.test(text))
    return false;
  if (documentWords.test(text) || isHeadingText(text)) return false;
  const parts = words(text.replace(gluedInitial, " $1"));
  if (parts.some((w) => isAddressWord(w.replace(/\.$/, "").toLowerCase()))) return false;
  // "Own Your Future", "Head of Sales": a function word is no part of a name.
  if (parts.some((w) => functionWords.has(w.toLowerCase()) && !particles.has(w.toLowerCase()))) return false;
  // "BSc Marine Biology": a degree written as one (two capitals or more: "Mba" is a name) and its
  // subject. Initials that spell a degree lead a name ("MS Dhoni", "BA Ravi Kumar") only before a
  // given name or a surname alone.
  const lead = parts[0] ?? "";
  const degreeLead = startsWithDegree(lead) && (lead.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
  if (parts.length >= 3 && degreeLead && !isFirstName(parts[1] ?? "")) return false;
  // A known given name first ("Hal Doyle") outweighs a skill or title alias among the words,
  // and a surname that is a role noun ("Ruth Cook", "Ella Dean").
  const given = parts.length >= 2 && isFirstName(parts[0] ?? "");
  const roleWords = given && parts.length <= 3 ? parts.slice(0, -1).join(" ") : text;
  if (rolePattern.test(roleWords) || companyScore(text, false) >= 2 || readLocation(text) !== null)
    return false;
  if (!given) {
    // Opening the CV, a line whose only title is its last word is a name the given-name data lacks.
    const titles = normalizer.findTitles(text);
    const surname = opening && inSurnamePlace(text, parts, titles);
    if ((titles.length > 0 && !surname) || normalizer.findSkills(text).length > 0) return false;
  }
  if (/^[\p{Script=Arabic}\s]+$/u.test(text)) return parts.length >= 2 && parts.length <= 5;
  const capitalised = parts.filter((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w));
  const others = parts.filter((w) => !/^\p{Lu}/u.test(w));
  return (
    capitalised.length >= 2 &&
    capitalised.length <= 4 &&
    others.every((w) => particles.has(w.toLowerCase())) &&
    others.length <= 2 &&
    // "Aarhus Denmark" is a place; "Austin Holt" and "Sofia Holt" persons, though Austin and
    // Sofia are cities too: a known given name before a word that is no place.
    !(parts.length === 2 && parts.some((w) => isListedCity(w)) && !(given && !isListedCity(parts[1] ?? "")))
  );
}

/** The candidate's name: a "Name:" label or a form's name label, else the first name-like line near the top. */
export function findName(
  top: Line[],
  normalizer: ParseNormalizer,
  fallback: Line[] = [],
): Picked<string> | null {
  for (const line of top.slice(0, 40)) {
    const labelled = splitLabel(line.text);
    if (labelled && nameLabel.test(labelled.label)) {
      const value = withoutNameLead(labelled.value);
      return { value, line, quote: value, at: line.text.lastIndexOf(value) };
    }
  }
  const formed = [...top, ...fallback].slice(0, 40).find((l) => formLabel.test(l.text));
  const value = formed?.text.replace(formLabel, "").trim();
  if (formed && value) return { value, line: formed, quote: value, at: formed.text.indexOf(value) };
  const firstTop = top.filter((l) => l.text !== "").slice(0, 12);
  const candidates = [...firstTop, ...fallback.filter((l) => l.text !== "" && !firstTop.includes(l))];
  const biggest = Math.max(0, ...firstTop.slice(0, 6).map((l) => l.fontSize ?? 0));
  const ranked = [...candidates].sort((a, b) => {
    const boost = (l: Line) => (l.heading || (biggest > 0 && l.fontSize === biggest) ? 1 : 0);
    const inTop = (l: Line) => (firstTop.includes(l) ? 1 : 0);
    return inTop(b) - inTop(a) || boost(b) - boost(a) || a.i - b.i;
  });
  for (const line of ranked) {
    const text = withoutNameLead(withoutOrnaments(line.text).replace(lineLead, ""));
    // "Dana Reyes, MBA, PMP": the name is read without the degrees after it.
    // "PERSONAL INFORMATION        Inês Moura": Europass sets the name in the heading's row.
    const [lead, next] = text.split(segmentSplit).map((part) => part.trim());
    const first = withoutPostNominals((lead && next && isHeadingText(lead) ? next : lead) ?? "");
    if (isPlaceholder(first)) return formValue(line, candidates, normalizer);
    // The first three lines of the top open the CV (a "Sample Resume" line may come first).
    const place = firstTop.indexOf(line);
    const opening = place >= 0 && place < 3;
    const name = looksLikeName(first, normalizer, opening)
      ? first
      : ((opening ? surnameFirst(first, normalizer) : null) ?? leadingName(first, normalizer));
    // Below the header a capitalised line is mostly a heading or a skill ("KEY STRENGTHS",
    // "Business Acumen"): there a name must open with a known given name, or stand over a
    // headline and a place, as LinkedIn prints the person after its sidebar.
    if (
      name &&
      (place >= 0 || isFirstName(words(name)[0] ?? "") || overHeadlineAndPlace(line, candidates, normalizer))
    )
      return { value: name, line, quote: name, at: line.text.indexOf(name) };
  }
  return null;
}

/**
 * "Tarvelyn Quorrah" / "Head of English | Examiner" / "Cardiff, Wales": a line over a headline and
 * a place, as LinkedIn prints the person after its sidebar (the lines in reading order).
 */
export function overHeadlineAndPlace(line: Line, lines: Line[], normalizer: ParseNormalizer): boolean {
  const at = lines.indexOf(line);
  const [headline, place] = [lines[at + 1], lines[at + 2]];
  return (
    headline !== undefined &&
    place !== undefined &&
    headline.i === line.i + 1 &&
    place.i === line.i + 2 &&
    titleScore(headline.text, normalizer) > 0 &&
    readLocation(place.text) !== null
  );
}

/**
 * "Holt, Mira", "QUELLIN, Tarvo J.": the surname, a comma, then the given names, as a register or
 * a form lists people; read as written when the given names open with a known given name and the
 * name they make in the usual order reads as a name.
 */
function surnameFirst(text: string, normalizer: ParseNormalizer): string | null {
  const m =
    /^(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?),\s+(\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*)?)$/u.exec(
      text,
    );
  if (!m?.[1] || !m[2] || !isFirstName(words(m[2])[0] ?? "")) return null;
  return looksLikeName(`${m[2]} ${m[1]}`, normalizer) ? text : null;
}

/**
 * "Dana Reyes, MBA, PMP" → "Dana Reyes": the degrees and credentials after the name's commas are
 * read as degrees (header-degrees.ts), not as part of the name.
 */
function withoutPostNominals(name: string): string {
  const [first = name, ...rest] = name.split(",");
  return rest.length > 0 && rest.every(isNameLetters) && words(first).length >= 2 ? first.trim() : name;
}

/**
 * A name's letters after one of its commas: a degree ("MBA", "Ph.D.", "MS (CS)") or a credential's
 * capitals ("PMP", "CPA"), two words at most ("Zentra Academy, Master in logistics" is a school and
 * its degree), no capitalised word ("Bachelor", "Associate") and no place in capitals ("UK", "NY").
 * The one reading of them: the name is read without them, no headline is made of them, text that
 * lost its gaps keeps them on the name's line (gapless.ts), and those that are degrees are read as
 * degrees held (header-degrees.ts).
 */
export function isNameLetters(part: string): boolean {
  const text = part.trim();
  if (words(text).length > 2 || /^\p{Lu}\p{Ll}{2,}/u.test(text)) return false;
  const capitals =
    /^(?:\p{Lu}\.?){2,5}(?:\s*\([\p{L}.]+\))?$/u.test(text) && readLocation(text, true) === null;
  return capitals || startsWithDegree(text);
}

/** "Your Name", "NAME", "N A M E": a template's slot for the name, or a name label standing alone. */
function isPlaceholder(text: string): boolean {
  const joined = /^(?:\p{L} )+\p{L}$/u.test(text) ? text.replace(/ /g, "") : text;
  return namePlaceholder.test(joined) || nameLabel.test(joined);
}

/**
 * Under a name slot, the name when the slot is a form's label over its value: a line that opens
 * with a known given name. Otherwise the slot was left unfilled and the CV names no one; the lines
 * below it are its contact details and headings ("Phone Number", "Key Strengths"), never a name.
 */
function formValue(slot: Line, lines: Line[], normalizer: ParseNormalizer): Picked<string> | null {
  const next = lines.filter((l) => l.i > slot.i).sort((a, b) => a.i - b.i)[0];
  const text = next?.text.trim() ?? "";
  if (!next || !isFirstName(words(text)[0] ?? "") || !looksLikeName(text, normalizer)) return null;
  return { value: text, line: next, quote: text, at: next.text.indexOf(text) };
}

/**
 * A name that opens a line and runs into something else ("Mira Jane Holt ESB Integration
 * Developer", "Mira Holt 87 Tarvo Street"): two to four capitalised words from a
 * known given name on.
 */
function leadingName(text: string, normalizer: ParseNormalizer): string | null {
  const m = /^(\p{Lu}[\p{L}'’.-]*)((?:\s+\p{Lu}[\p{L}'’.-]*){1,3})/u.exec(text);
  if (!m?.[1] || !isFirstName(m[1]) || addressTail.test(text.slice(m[0].length))) return null;
  const run = m[0].split(/\s+/);
  for (let n = run.length; n >= 2; n -= 1) {
    const candidate = run.slice(0, n).join(" ");
    if (rolePattern.test(candidate)) continue;
    if (looksLikeName(candidate, normalizer)) return candidate;
  }
  return null;
}

function isContactish(text: string): boolean {
  return (
    findEmails([{ text } as Line]).length > 0 ||
    findPhones([{ text } as Line]).length > 0 ||
    findLinks([{ text } as Line]).length > 0
  );
}

/** A postcode the way Europe, India and Brazil write one ("28015", "00-001", "3512 AB", "01310-100", "411038"). */
const postcode = String.raw`(?:\d{2}-\d{3}|\d{5}-\d{3}|\d{4}\s?\p{Lu}{2}|\d{4,6})`;
/** "…, 28015 Madrid", "00-001 Warszawa", "8004 Zürich": a postcode, then the town, closing the text. */
const postcodeTown = new RegExp(
  String.raw`(?:^|[,\s])${postcode}\s+(\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,2})$`,
  "u",
);
/** "…, Pune - 411038", "Pune 411038": a town, then India's six-digit PIN closing the text. */
const townThenPin = /^(.*\p{L}\.?)\s*[-–,]?\s*\d{3}\s?\d{3}\.?$/u;
/**
 * "Tarvexweg 3", "Tarvexstraat 21": a street written as one word with its street word
 * (codex/lexicon/person.json street_endings), then the number.
 */
const streetCompound = new RegExp(
  String.raw`^\p{Lu}\p{L}+(?:${personLexicon.street_endings.map(escapeRegExp).join("|")})\s+\d`,
  "u",
);

/**
 * A postal address: "42 Tarvo Street, Leeds", "90, North 12 Street", "12, rue Quellin" (a house
 * number, then a street word or no job), "Leeds, WA 98101" (a region's code and a postcode closing
 * it), "P.O. Box 12", "Calle de Tarvex 23" and "ul. Zorvy 5/12" (a street word first),
 * "Tarvexweg 3", "…, 28015 Madrid" (a postcode and a known town closing it). Under the name it is
 * where the person lives, not what they do.
 */
function isPostalAddress(text: string, normalizer: ParseNormalizer): boolean {
  if (/^p\.?\s?o\.?\s+box\b/iu.test(text) || /,\s*\p{Lu}{2,3}\s+\d{4,5}(?:-\d{4})?\s*$/u.test(text))
    return true;
  if (streetCompound.test(text) || isAddressWord((words(text)[0] ?? "").toLowerCase().replace(/\.$/u, "")))
    return /\d/u.test(text);
  if (townOfAddress(text)) return true;
  if (!/^\d{1,6}[a-z]?\b,?\s+\p{L}/iu.test(text)) return false;
  return words(text.toLowerCase()).some(isAddressWord) || titleScore(text, normalizer) === 0;
}

/**
 * The town of a postal address ("Calle de Tarvex 23, 3º B, 28015 Madrid" → Madrid) and its place,
 * where the gazetteer knows it.
 */
function townOfAddress(text: string): { town: string; place: Location } | null {
  const town = postcodeTown.exec(text)?.[1];
  const place = town ? readLocation(town) : null;
  if (town && place?.city) return { town, place };
  // "14, Tarvo Nagar, Kothrud, Pune - 411038": the town (and its state) before a six-digit PIN.
  const head = townThenPin.exec(text)?.[1];
  const parts = head?.split(/\s*,\s*/u) ?? [];
  for (const n of [2, 1]) {
    const quote = parts.length >= n ? parts.slice(-n).join(", ") : null;
    const known = quote ? readLocation(quote, true) : null;
    if (quote && known?.city) return { town: quote, place: known };
  }
  return null;
}

const maritalStatus = new Set(personLexicon.particulars.marital_status);
const ageWords = new Set(personLexicon.particulars.age_words);
/** "29 years", "31 anos", "Age 34": a person's age. */
const isAge = (part: string): boolean => {
  const m = /^(?:age:?\s*)?(\d{2})(?:\s+(\p{L}[\p{L} ]*))?$/iu.exec(part);
  return m !== null && (m[2] === undefined ? /^age/iu.test(part) : ageWords.has(m[2].toLowerCase()));
};

/**
 * "Indian, Married, 29 years", "Brasileiro, casado, 31 anos": a line of personal particulars
 * (codex/lexicon/person.json particulars), short parts of which one is a marital status or an age.
 */
function isParticulars(text: string): boolean {
  const parts = text
    .split(/\s*[,|•·;/]\s*/u)
    .map((p) => p.replace(/[.]$/u, "").trim())
    .filter((p) => p !== "");
  return (
    parts.length >= 2 &&
    parts.every((p) => words(p).length <= 3) &&
    parts.some((p) => maritalStatus.has(p.toLowerCase()) || isAge(p))
  );
}

/** The line under the name that says what the person does ("Senior Backend Engineer | Aarhus"). */
export function findHeadline(
  top: Line[],
  name: Picked<string> | null,
  normalizer: ParseNormalizer,
): Picked<string> | null {
  if (name) {
    const rest = name.line.text.slice(name.at + name.quote.length).replace(/^[\s|,•·–—-]+/u, "");
    // "Dana Reyes, MBA, PMP": the letters after the name are degrees, not what the person does.
    if (
      rest &&
      titleScore(rest, normalizer) > 0 &&
      !isContactish(rest) &&
      !rest.split(",").every(isNameLetters)
    ) {
      return { value: rest, line: name.line, quote: rest, at: name.line.text.indexOf(rest) };
    }
  }
  const from = name ? top.indexOf(name.line) + 1 : 0;
  for (const line of top.slice(from, from + 6)) {
    const text = line.text.replace(/^#+\s*/, "");
    if (text === "" || text.length > 120 || bulletItem(text) || splitLabel(text)) continue;
    if (isContactish(text) || findDates(text).length > 0 || isPostalAddress(text, normalizer)) continue;
    if (isParticulars(text)) continue;
    // A heading, a degree ("PhD student" is a job), a sentence or its tail ("and made…") says no
    // one's job in a few words.
    const degree = startsWithDegree(text) && !hasRoleWord(text);
    const parts = words(text);
    if (parts.length > 12 || functionWords.has(parts[0] ?? "") || degree) continue;
    if (isHeadingText(text.replace(/[.:]$/u, ""))) continue;
    // An objective ("Teaching post in a primary school near the coast.") or a sentence's tail.
    if (writtenAsSentence(text) || closesSentence(text)) continue;
    const segments = text.split(segmentSplit);
    if (segments.every((s) => readLocation(s) !== null)) continue;
    if (titleScore(text, normalizer) > 0 || (name && line.i === name.line.i + 1 && text.length <= 80)) {
      return { value: text, line, quote: text, at: 0 };
    }
  }
  return null;
}

/** Where the person lives: a "Location:" label, else a place in the contact lines. */
export function findHomeLocation(top: Line[]): Picked<Location> | null {
  for (const line of top) {
    const labelled = splitLabel(line.text);
    if (labelled && locationLabel.test(labelled.label)) {
      // "Adres: Tarvexstraat 21, 3512 AB Utrecht": the town of the address, where it is known.
      const place = readLocation(labelled.value);
      const town = place ? null : townOfAddress(labelled.value);
      const quote = town?.town ?? labelled.value;
      const value = place ?? town?.place ?? { raw: quote };
      return { value, line, quote, at: line.text.lastIndexOf(quote) };
    }
  }
  for (const line of top) {
    for (const segment of line.text.replace(/^#+\s*/, "").split(segmentSplit)) {
      // "📍 Edinburgh, Scotland": a pictogram before the place is no part of it.
      const cleaned = segment
        .replace(livesIn, "")
        .replace(/^(?:[\p{Extended_Pictographic}\p{So}\s]|\uFE0F)+/u, "")
        .trim();
      const place = readLocation(cleaned);
      // "Calle de Tarvex 23, 3º B, 28015 Madrid": the town of the address.
      const town = place ? null : townOfAddress(cleaned);
      if (town) return { value: town.place, line, quote: town.town, at: line.text.lastIndexOf(town.town) };
      if (place?.city || place?.country)
        return { value: place, line, quote: cleaned, at: line.text.indexOf(cleaned) };
    }
  }
  return null;
}
