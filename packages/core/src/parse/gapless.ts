import { emailPattern, urlPattern } from "./contact";
import { monthNames, open, point } from "./date-words";
import { findDates } from "./dates";
import { institutionPattern, startsWithDegree } from "./education";
import { isFirstName } from "./gazetteer";
import { entryPartHeadings, isResumeHeading, resumeHeadings } from "./headings";
import { documentWordsLexicon, headingsLexicon, rolesLexicon } from "./lexicon";
import { documentWords, functionWords, isNameLetters } from "./person";
import { isAddressWord, readLocation } from "./places";
import { companyScore, hasRoleWord, isLegalSuffix } from "./roles";
import { headingIndex, spacedHeading } from "./sections";
import { fold, phraseAlternatives, words } from "./text";

/**
 * Flattened text that lost its gaps too: a web form, a spreadsheet cell or a data pipeline that
 * collapses every run of spaces leaves the whole CV as one line of single spaces, with nothing
 * left where the lines broke. Before such a text is cut into segments (flattened.ts), the places
 * where a line most likely ended are found by what the text says:
 * - a sentence's full stop before a capital ("…for 40 stores. Support Analyst"), and a duty in the
 *   past tense starting after a name ("…Zentra Foods Designed the weekly…");
 * - a date range, set apart on both sides ("… Contoso Ltd Jan 2016 - May 2019 Answered …");
 * - a section heading from the lexicon, in capitals or in title case ("… SQL WORK EXPERIENCE …"),
 *   and a label with its colon ("Client:");
 * - an e-mail address, a link, a phone number and the person's name near the top, set apart on
 *   both sides.
 * The space at each such place becomes a tab (a gap the segmenter cuts at), so every offset
 * stays that of the original text.
 */

/** Fewer runs of spaces (or tabs) than this per 1,000 characters: the gaps were collapsed. */
const gapsPerThousand = 4;

export function isGapless(text: string): boolean {
  const gaps = text.match(/ {2,}|\t/g)?.length ?? 0;
  return (gaps / Math.max(1, text.length)) * 1000 < gapsPerThousand;
}

const headingPhrases = phraseAlternatives([...Object.values(resumeHeadings).flat(), ...entryPartHeadings]);
const labels = [
  ...phraseAlternatives(Object.values(headingsLexicon.entry_labels).flat()),
  ...headingPhrases,
  // Already alternatives of a regular expression (codex/lexicon/document-words.json).
  ...documentWordsLexicon.phone_labels,
  "e-?mail",
  "address",
];
/** A label and its colon ("Client:", "Environment:", "Company Name:"). */
const labelPattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${labels.join("|")})(?=\\s*:)`, "giu");

/** A word that names the document ("Resume Education BSc …"): a heading may follow it. */
const documentWord = new RegExp(`^(?:${documentWordsLexicon.resume_phrases.join("|")})$`, "iu");

/** The parts of an entry ("Responsibilities", "Key Achievements"), in lower case. */
const entryParts = new Set(entryPartHeadings.map((p) => p.toLowerCase()));

/** Which section each heading of the lexicon opens ("education" → education). */
const headingKind = new Map(
  Object.entries(resumeHeadings).flatMap(([kind, phrases]) =>
    phrases.map((p) => [p.toLowerCase(), kind] as const),
  ),
);

/** A word that is a heading by itself ("EDUCATION"). */
function isHeadingWord(word: string): boolean {
  return isResumeHeading(word.replace(/[:.]$/u, ""));
}

const headingPattern = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${headingPhrases.join("|")})(?![\\p{L}\\p{N}])`,
  "giu",
);

/** What joins two headings into one: "&", "and", "+" between spaces. */
const joiner = String.raw`\s+(?:&|and|\+)\s+`;
/** "EDUCATION & TRAINING", "Education and Certifications": a second heading joined on. */
const joinedHeading = new RegExp(
  `^(?:${joiner}|\\s*/\\s*)(${headingPhrases.join("|")})(?![\\p{L}\\p{N}])`,
  "iu",
);
/** "… and Licences Held:": up to three capitalised words joined on before a colon. */
const joinedBeforeColon = new RegExp(String.raw`^${joiner}(\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*){0,2})(?=:)`, "u");

/**
 * Where a heading ends with the heading joined on to it, written the same way (both in capitals,
 * or both capitalised): one section's heading, which the line reader reads by its first part, as
 * it does a line "EDUCATION & TRAINING". Cut apart, the second would open a section of its own and
 * take the first one's entries.
 */
function joinedEnd(text: string, heading: string, end: number): number {
  const after = text.slice(end, end + 60);
  const m = joinedHeading.exec(after) ?? joinedBeforeColon.exec(after);
  const second = m?.[1];
  if (!m || !second) return end;
  const capitals = (w: string) => !/\p{Ll}/u.test(w);
  const sameWay = capitals(heading) ? capitals(second) : writtenAsHeading(`${heading} ${second}`);
  return sameWay && /^\p{Lu}/u.test(second) ? end + m[0].length : end;
}

/**
 * ", Leeds", ", Santa Rosa": where the place a match of `placeAfterComma` holds ends, its first
 * word or its two, as far as the gazetteer knows them; the shorter first.
 */
const placeAfterComma = /, (\p{Lu}[\p{L}.]*)(?: (\p{Lu}[\p{L}.]*))? /gu;
const placeAfterCommaBeforeCapital = new RegExp(`${placeAfterComma.source}(?=\\p{Lu})`, "gu");
function placeEnds(m: RegExpExecArray): number[] {
  const first = m[1] as string;
  const afterFirst = m.index + 2 + first.length;
  const tries = [{ place: first, end: afterFirst }];
  if (m[2]) tries.push({ place: `${first} ${m[2]}`, end: afterFirst + 1 + m[2].length });
  return tries.filter(({ place }) => readLocation(place, true) !== null).map(({ end }) => end);
}

/**
 * "…University, Leeds BSc in Logistics", "…, Dayton, OH Master of Arts": a school's place after
 * its comma, then a degree. The place (one or two capitalised words the gazetteer knows) ends the
 * line; the degree starts the next, where it would otherwise read as "Leeds BSc".
 */
function placesBeforeDegrees(text: string): number[] {
  const at: number[] = [];
  for (const m of text.matchAll(placeAfterComma)) {
    const end = placeEnds(m).find((e) => startsWithDegree(text.slice(e + 1, e + 80)));
    if (end !== undefined) at.push(end);
  }
  return at;
}

/**
 * "Tarvo Tooling, Dover, NJ Machine Operator Set up the lathes for…": an employer's
 * place after a comma (one or two capitalised words the gazetteer knows), then a title of up to
 * five capitalised words ending in a role noun: the place ends its line, and when a sentence
 * starts after the title ("Set up the lathes…") the title ends its own.
 */
function placesBeforeTitles(text: string): number[] {
  const at: number[] = [];
  for (const m of text.matchAll(placeAfterCommaBeforeCapital)) {
    // The longer place first: "Santa Rosa", then "Santa".
    for (const end of placeEnds(m).reverse()) {
      const title = titleRun(text.slice(end + 1, end + 120));
      if (title === 0) continue;
      at.push(end);
      const after = end + 1 + title;
      if (/^ \p{Lu}\p{Ll}* \p{Ll}/u.test(text.slice(after, after + 40))) at.push(after);
      break;
    }
  }
  return at;
}

/** How long the title that opens the text is: up to five capitalised words, the last a role noun ("Sr. Test Engineer"); 0 for none. */
function titleRun(text: string): number {
  const tokens = [...text.matchAll(/\S+/gu)].slice(0, 5);
  let length = 0;
  for (const token of tokens) {
    const word = token[0];
    if (!/^\p{Lu}/u.test(word) && !/^(?:of|and|&)$/u.test(word)) break;
    const bare = word.replace(/[,;]$/u, "");
    // "Foreman/Lathe Operator", "Foreman/QA Tester": the title's own slashes.
    if (bare.split("/").some(hasRoleWord)) length = token.index + bare.length;
    if (bare !== word) break;
  }
  return length;
}

/**
 * "…kept the weekly rota Shift Supervisor, Tarvo Hotel, Leeds", "…for the new pupils Supply Teacher
 * (part-time)": a duty whose full stop went with its bullet, then the next entry's title (up to five
 * capitalised words ending in a role noun) and its comma or bracket. The title starts a line, as it
 * does after the year that closed the entry before ("…Leeds, UK, 1998 Shift Supervisor, Tarvo…").
 * After a function word ("…reported to the Sales Director, who…") or a role noun it is part of the sentence.
 */
function titlesAfterDuties(text: string): number[] {
  const at: number[] = [];
  for (const m of text.matchAll(/(?<= )(\p{Ll}[\p{Ll}/-]+|(?:19|20)\d\d[.,;]?) (?=\p{Lu})/gu)) {
    const word = m[1] as string;
    if (functionWords.has(word)) continue;
    const start = m.index + m[0].length;
    const title = titleRun(text.slice(start, start + 120));
    if (title === 0) continue;
    const after = text.slice(start + title, start + title + 120);
    // "…Tarvo Software Services, Leeds": or an employer named so, then its comma (after a role noun too:
    // "…reported to the manager Java Programmer Tarvo Software Services, Leeds").
    const employer = after.startsWith(" ") ? employerRun(after.slice(1)) : 0;
    if (employer > 0 && after[employer + 1] === ",") at.push(start - 1);
    else if (!hasRoleWord(word) && /^(?:,| \()/u.test(after)) at.push(start - 1);
  }
  return at;
}

/**
 * "Lead Engineer, Zentra Maps, Mountain View. Delivered the…": an entry's place after a comma and
 * a full stop ends its header, where a name's full stop ("Quellin Ltd.") ends nothing.
 */
function placesEndingSentences(text: string): number[] {
  const at: number[] = [];
  for (const m of text.matchAll(/, ((?:\p{Lu}[\p{L}]* ){0,2}\p{Lu}[\p{L}]*)\. (?=\p{Lu})/gu)) {
    const parts = (m[1] as string).split(" ");
    // The place is the comma part's last words: "Zentra Maps Mountain View" is no place, "Mountain View" is.
    const place = parts.some((_, k) => readLocation(parts.slice(k).join(" "), true) !== null);
    if (place) at.push(m.index + m[0].length - 1);
  }
  return at;
}

/**
 * "…in International Business, 2014 TARVO UNIVERSITY, Leeds": a year ends an entry, and the
 * school's name that follows (capitalised words holding an institution word), or a degree, starts the next.
 */
function yearsBeforeEducation(text: string): number[] {
  const at: number[] = [];
  for (const m of text.matchAll(/(?<![\p{L}\p{N}/.-])(?:19|20)\d\d[.,;)]? (?=\p{Lu})/gu)) {
    const end = m.index + m[0].length - 1;
    const name =
      /^(?:(?:\p{Lu}[\p{L}.'&-]*|of|the|and|&) ){0,5}/u.exec(`${text.slice(end + 1, end + 100)} `)?.[0] ?? "";
    // "…University of Tarvo, 2002 BSc, Logistics".
    if (institutionPattern.test(name) || startsWithDegree(text.slice(end + 1, end + 80))) at.push(end);
  }
  return at;
}

/**
 * "…Tarvo University, Leeds, UK Masters in Supply Chain Management", "…Data Science
 * Bachelor of Science in…", "…BA in Logistics MS in Data Science": a degree written out in full
 * ("Bachelor of", "Masters in", "Diploma in", "Bachelor's, …"), or in capitals before "in" or
 * "of" ("MS in", "B.A. of"), after a name starts the degree's line. After a word in lower case ("holds a
 * Bachelor of…") it is part of a sentence; "Master Electrician" has no "of" or "in" and is a title.
 */
function degreesAfterNames(text: string): number[] {
  const at: number[] = [];
  for (const m of text.matchAll(
    /(?<=[\p{Lu}\p{N})\]][\p{L}\p{N}.)\]]* )(?:\p{Lu}\p{Ll}{2,}(?:'s)?|\p{Lu}[\p{Lu}.]*\p{Lu}\.?)(?= (?:of|in) |, | degree )/gu,
  )) {
    if (startsWithDegree(text.slice(m.index, m.index + 80))) at.push(m.index - 1);
  }
  return at;
}

/**
 * Organisation words that end an employer's name and name no field of work: "Tarvo Regional
 * Hospital", "Zentra Systems", but not "Digital" or "Global" ("Global Account Manager")
 * (codex/lexicon/roles.json employer_ends).
 */
const employerEnds = new Set(rolesLexicon.employer_ends);

/** Bullet glyphs, and byte escapes that stand for them ("\xef\x82\xa7"): where a flattened line broke (flattened.ts). */
export const bulletMarks = String.raw`(?:\\x[0-9a-f]{2})+|[•●▪■◆➢✓§]`;
const bulletNext = new RegExp(`^ ?(?:${bulletMarks})`, "iu");

/**
 * "…2009 - 2012 Tarvo Regional Hospital Payroll Team Leader Trained the staff…": an employer of
 * three words or more ending in an organisation word (two will do with a legal suffix: "Zentra
 * Ltd"), then a title of two words or more ending in a role noun, make one line between cuts; the
 * title starts a line of its own. "Information Systems Security Officer" is one title.
 */
function employersBeforeTitles(text: string, cuts: ReadonlySet<number>): number[] {
  const at: number[] = [];
  for (const { from, line } of linesBetween(text, cuts)) {
    const tokens = [...line.matchAll(/\S+/gu)];
    for (let k = 2; k < Math.min(tokens.length - 1, 9); k += 1) {
      const name = tokens.slice(0, k).map((t) => t[0]);
      if (!name.every((w) => /^[\p{Lu}&]/u.test(w) || /^(?:of|and|the|for)$/u.test(w))) break;
      const last = (name.at(-1) ?? "").replace(/[.,]$/u, "");
      const ends = isLegalSuffix(last) || (k >= 3 && employerEnds.has(last.toLowerCase()));
      if (!ends) continue;
      const start = tokens[k]?.index as number;
      // "Zentra Freight Group Ltd": the suffix is the name's own.
      if (isLegalSuffix((tokens[k]?.[0] ?? "").replace(/[.,]$/u, ""))) continue;
      const title = titleRun(line.slice(start));
      const titleWords = words(line.slice(start, start + title)).length;
      // The title runs on to the line's end, to a bullet, or to a sentence in lower case after it.
      const after = line.slice(start + title);
      const closed = after.trim() === "" || bulletNext.test(after) || /^ \p{Ll}/u.test(after);
      if (titleWords >= 2 && closed) at.push(from + start - 1);
      break;
    }
  }
  return at;
}

/**
 * "Java Programmer Tarvo Software Services, Leeds", "Deputy Director Zentra Institute for Health":
 * a line that opens with a title (up to five capitalised words, the last a role noun), then an
 * employer named by an organisation word or a legal suffix (up to six capitalised words) that runs
 * to the line's end or to a comma; the employer starts a line of its own.
 */
function titlesBeforeEmployers(text: string, cuts: ReadonlySet<number>): number[] {
  const at: number[] = [];
  for (const { from, line } of linesBetween(text, cuts)) {
    const title = titleRun(line);
    const rest = line.slice(title + 1);
    const employer = title > 0 && line[title] === " " ? employerRun(rest) : 0;
    if (employer > 0 && (rest.length === employer || rest[employer] === ",")) at.push(from + title);
  }
  return at;
}

/**
 * How long the employer that opens the text is: up to six capitalised words ("of", "for", "the",
 * "and" between) named by an organisation word or a legal suffix, and no role noun; 0 for none.
 */
function employerRun(text: string): number {
  const employer =
    /^\p{Lu}[\p{L}.'&-]*(?:(?: |(?=,)|$)(?:\p{Lu}[\p{L}.'&-]*|of|for|the|and|&)){0,5}(?=,| |$)/u.exec(
      text,
    )?.[0] ?? "";
  const last = employer.split(" ").at(-1) ?? "";
  const named = /^\p{Lu}/u.test(last) && !hasRoleWord(employer) && companyScore(employer, false) >= 2;
  return named ? employer.length : 0;
}

/** The lines the cuts make: where each starts, and its text. */
function linesBetween(text: string, cuts: ReadonlySet<number>): Array<{ from: number; line: string }> {
  const bounds = [-1, ...[...cuts].sort((a, b) => a - b), text.length];
  return bounds.slice(1).map((end, b) => {
    const from = (bounds[b] as number) + 1;
    return { from, line: text.slice(from, end) };
  });
}

/** A list's mark: "a)", "(b)", "1.", "2)", "iv)". */
const listMark = /^(?:\(?[a-z]\)|\(?\d{1,2}[.)]|\(?[ivx]{1,4}\))$/u;

/** Written as a heading: in capitals (four letters or more), or every word capitalised and two words or more. */
function writtenAsHeading(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, "");
  if (letters.length >= 4 && !/\p{Ll}/u.test(letters)) return true;
  const all = words(text);
  return all.length >= 2 && all.every((w) => /^\p{Lu}/u.test(w) || /^(?:of|and|&)$/u.test(w));
}

/** Names that end as a verb in the past tense does: "Quellin Limited in Pune" goes on (codex/lexicon/document-words.json). */
const pastTenseNames = new Set(documentWordsLexicon.past_tense_names);
/** "e.g.", "approx.": a full stop after them ends no sentence. */
const leadingOn = new Set(documentWordsLexicon.abbreviations_leading_on.map((w) => `${w.toLowerCase()}.`));
/** "…the test rigs for the release and QA.": an acronym and a full stop after a word in lower case end a sentence ("U.S." and "Ltd." do not). */
const acronymEnd = /^\p{Lu}{2,6}[)"”]?[.!?][)"”]?$/u;

/** A word in capitals ("PROFESSIONAL", "REGIONAL"): four letters or more, none in lower case ("UK" and "VP" are too short to tell). */
function inCapitals(word: string): boolean {
  return /\p{Lu}{4,}/u.test(word) && !/\p{Ll}/u.test(word);
}

/** Stricter than contact.ts's: groups of two to four digits, so "2011 - 2014" is no phone number. */
const phonePattern = /(?<![\w+/.-])(?:\+|00)?\(?\d{2,4}\)?(?:[\s.-]\(?\d{2,4}\)?){2,4}(?![\w/])/g;

/** "(Fall 2003)": a date alone in brackets closes a header as a range does. */
function bracketed(text: string, at: number, end: number): boolean {
  return /[([]$/u.test(text.slice(0, at).trimEnd()) && /^\s*[)\]]/u.test(text.slice(end));
}

/**
 * The text's dates, read with runs of dashes as one ("2011––––Present", as escaped dashes decode):
 * where each date range (or date alone in brackets) is, and where every date starts.
 */
function datesIn(text: string): { ranges: Array<{ at: number; end: number }>; starts: Set<number> } {
  const dashed = text.replace(/[-–—]{2,}/gu, (run) => "-".padEnd(run.length, " "));
  const hits = findDates(dashed, undefined, true);
  const ranges = hits
    .filter((hit) => !hit.single || bracketed(dashed, hit.index, hit.index + hit.length))
    .map((hit) => ({
      at: hit.index,
      end: hit.index + dashed.slice(hit.index, hit.index + hit.length).trimEnd().length,
    }));
  return { ranges, starts: new Set(hits.map((hit) => hit.index)) };
}

/** How far into the text a CV's name is looked for. */
const topChars = 400;

/**
 * Each "First [Middle…] Surname" in the first characters: a capitalised first name from the
 * gazetteer, any first names after it, then one capitalised surname that is no first name.
 */
function namesNearTop(text: string): Array<{ at: number; end: number }> {
  const found: Array<{ at: number; end: number }> = [];
  // Words without the quote an export leaves before the text ('"Mira Holt …').
  const tokens = [...text.slice(0, topChars).matchAll(/(?<=^|\s)["'“]?(\S+)/gu)].map((m) => {
    const bare = m[1] ?? "";
    return { text: bare, index: m.index + m[0].length - bare.length };
  });
  const word = (i: number) => tokens[i]?.text ?? "";
  // "Holt", "McKenzie", "O'Neil", "Holt-Quellin".
  const capitalised = (w: string) => /^\p{Lu}\p{Ll}*(?:['’-]?\p{Lu}\p{Ll}+)*$/u.test(w) && /\p{Ll}/u.test(w);
  const bare = (w: string) => w.replace(/[.,;:]+$/u, "").toLowerCase();
  const spans = (from: number, to: number) => ({
    at: tokens[from]?.index ?? 0,
    end: (tokens[to]?.index ?? 0) + word(to).replace(/,$/u, "").length,
  });
  // The text's first words: two or three capitalised words, then a title, an address or a heading
  // ("Zorvy Quellin 12 Ash Lane", "Zorvy Quellin Marketing manager"), whatever the first name.
  const plain = (w: string) =>
    capitalised(w) && !isAddressWord(w.toLowerCase()) && !isHeadingWord(w) && !isLegalSuffix(w);
  // "Jody J. Holt": a middle initial.
  const initial = (w: string) => /^\p{Lu}\.$/u.test(w);
  let run = 0;
  // "Zorvy Levi Quellin, M.A.": a comma ends the name.
  const middle = (i: number) =>
    (i === 1 || i === 2) && initial(word(i)) && plain(word(i + 1).replace(/,$/u, ""));
  while (run < 4 && (plain(word(run).replace(/,$/u, "")) || middle(run))) {
    run += 1;
    if (word(run - 1).endsWith(",")) break;
  }
  // "Zorvy Quellin Marketing manager": the third word leads the title that follows.
  // ("Zorvy Levi Quellin, Senior Engineer": after the comma the title is no name's.)
  const length = run === 3 && !word(2).endsWith(",") && [3, 4].some((i) => hasRoleWord(word(i))) ? 2 : run;
  const titled = [0, 1, 2].slice(0, length).some((i) => hasRoleWord(word(i)));
  const opening = (length === 2 || length === 3) && !titled && !documentWord.test(word(0));
  if (opening) found.push(spans(0, length - 1));
  /**
   * "Zorvy Levi Quellin", "Resume Template Zorvy Levi Quellin": a first name the gazetteer does not
   * know, right before one it does, at the text's start or after the document's own words, is the
   * name's first word.
   */
  const firstNameBefore = (k: number): boolean => {
    const before = word(k - 1);
    if (k < 1 || !capitalised(before) || isAddressWord(before.toLowerCase()) || isHeadingWord(before))
      return false;
    if (hasRoleWord(before) || documentWords.test(before) || monthNames[before.toLowerCase()]) return false;
    return k === 1 || documentWords.test(word(k - 2)) || /[.:;|"]$/u.test(word(k - 2));
  };
  // The name that opens the text is read whole: no shorter name inside it ("Mira Zorvy" of "Mira Zorvy Quellin").
  for (let k = opening ? length : 0; k < tokens.length; k += 1) {
    // "Tarvo Bank Senior Analyst": a first name that is an organisation word ("Bank") names no one here.
    if (!capitalised(word(k)) || !isFirstName(word(k)) || companyScore(word(k), false) >= 2) continue;
    let j = k + 1;
    while (j < k + 3 && capitalised(word(j)) && isFirstName(word(j))) j += 1;
    if (initial(word(j)) && capitalised(word(j + 1).replace(/,$/u, ""))) j += 1;
    // "Mira Holt Data Analyst": a surname that is a first name too, when the word after it leads a title,
    // or when a house number, a phone number or an e-mail address follows it ("Mira Holt 12 Ash Street").
    if (j > k + 1 && (hasRoleWord(word(j + 1)) || /^(?:[\d(+]|\S*@|$)/u.test(word(j)))) j -= 1;
    const surname = word(j);
    // "York March 2021": a month is no surname; "Tarvo Drive", "Quellin New Way" are an address.
    if (!capitalised(surname.replace(/,$/u, "")) || monthNames[surname.toLowerCase()]) continue;
    // "Sales Editor Resume Template": a title before the document's own word, no one's name.
    // "Grant Writer for Charities Resume": a title before a function word too.
    const next = word(j + 1);
    if (
      isAddressWord(bare(surname)) ||
      (hasRoleWord(surname) && (documentWords.test(next) || functionWords.has(next)))
    )
      continue;
    // "Mira Jane Holt Pearl St.": the last word is the street's; the name ends before it.
    if (isAddressWord(bare(word(j + 1)))) {
      if (j - k < 2) continue;
      j -= 1;
    }
    found.push(spans(firstNameBefore(k) ? k - 1 : k, j));
    k = j;
  }
  return found;
}

/**
 * "Zorvy Quellin, MBA, PMP", "Mira Holt, Ph.D.": the degrees and credentials a name carries after
 * its commas stay on its line (header-degrees.ts reads them there). Where they end, or `end` when
 * none follows.
 */
function postNominalsEnd(text: string, end: number): number {
  let at = end;
  for (;;) {
    const part = /^, ?([^\s,]+)/u.exec(text.slice(at, at + 24));
    // "…, PhD student (…)": the degree leads what follows, no letters of the name's.
    const leads = /^ \p{Ll}+(?=[\s(]|$)/u.test(text.slice(at + (part?.[0].length ?? 0)));
    if (!part || !isNameLetters(part[1] ?? "") || leads) return at;
    at += part[0].length;
  }
}

/** Two dates a single space apart ("March 2015 February 2019", "2007 2013"): a range whose dash went with the line break. */
const lostDash = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(${point}) (?=(?:${point}|${open})(?![\p{L}\p{N}])(?! (?:${point})(?![\p{L}\p{N}])))`,
  "giu",
);

/** Each lost dash put back, but none in a list of years ("2008 2013 2006 2012" is four dates). */
function withLostDashes(text: string): string {
  return text.replace(lostDash, (whole: string, first: string, at: number) =>
    /[\d-] $/u.test(text.slice(0, at)) ? whole : `${first}-`,
  );
}

/** "manage" → "manage", "manages", "managing"; "plan" → "planning" too (a form no text holds does no harm). */
function dutyForms(verb: string): string[] {
  const stem = verb.replace(/e$/u, "");
  const s = /(?:s|sh|ch|x|z|o)$/u.test(verb) ? `${verb}es` : `${verb}s`;
  const ing = /(?:ee|ye|oe)$/u.test(verb) ? `${verb}ing` : `${stem}ing`;
  return [verb, s, ing, `${verb}${verb.at(-1)}ing`];
}
const dutyWords = new Set(documentWordsLexicon.duty_verbs.flatMap(dutyForms));
const dutyPhrases = documentWordsLexicon.duty_openers.map((w) => w.toLowerCase());

/**
 * "…Tarvo Books Assist the editors with…", "Lead Analyst Responsible for…": after a name or a
 * title (a word that opens on a capital or a number), a capitalised verb that opens a duty (the lexicon's
 * duty_verbs and duty_openers), followed by a word in lower case or a number, starts the duty's line.
 * "Lead Engineer", "Support Analyst" go on in capitals and stay whole.
 */
function dutiesAfterNames(text: string): number[] {
  const at: number[] = [];
  for (const m of text.matchAll(/(?<=[\p{Lu}\p{N}][\p{L}\p{N}.&)\]]* )(\p{Lu}\p{Ll}+) (\p{Ll}+|\d)/gu)) {
    // "Training coordinator", "Marketing manager": a title written in lower case goes on.
    if (hasRoleWord(m[2] ?? "")) continue;
    const from = text.slice(m.index, m.index + 40).toLowerCase();
    const opens =
      dutyWords.has((m[1] ?? "").toLowerCase()) || dutyPhrases.some((p) => from.startsWith(`${p} `));
    if (opens) at.push(m.index - 1);
  }
  return at;
}

/** Where a run that ends at `end` stops, past a bracket, quote or punctuation closing it ("(2011 – Present)", "2012-2015:"). */
function pastClosing(text: string, end: number): number {
  return /[)\]}"”,;:.]/u.test(text[end] ?? "") ? end + 1 : end;
}

/** The small words a header's names and title hold ("Head of Sales", "Tarvo and Sons", "Officer in Charge"). */
const headerJoiners = new Set(documentWordsLexicon.header_joiners);

/**
 * "2001-2004: CHIEF SURVEYOR, ZENTRA HARBOUR BOARD, Dover with a crew of six…":
 * right after its dates, an entry's header (capitalised words, commas and a header's small words)
 * that holds a role noun ends where the words go on in lower case.
 */
function headersAfterDates(
  text: string,
  ranges: ReadonlyArray<{ end: number }>,
  cuts: ReadonlySet<number>,
): number[] {
  const at: number[] = [];
  for (const { end } of ranges) {
    const from = pastClosing(text, end) + 1;
    if (text[from - 1] !== " ") continue;
    let count = 0;
    let role = false;
    let previous = "";
    for (const m of text.slice(from, from + 200).matchAll(/\S+/gu)) {
      const word = m[0];
      const bare = word.replace(/[,;:]+$/u, "");
      // A line another rule already ended (a duty's verb), a sentence's end, a date or a long run:
      // no header that stops short of a sentence.
      if ((m.index > 0 && cuts.has(from + m.index - 1)) || /^\d/u.test(word) || count >= 12) break;
      // "Training coordinator": a role noun in lower case goes on with the title.
      if (/^[("'“]*\p{Ll}/u.test(word) && !headerJoiners.has(word) && !hasRoleWord(bare)) {
        // "… Assist the editors", "… Set up", "… Responsibilities included": a header ends on no
        // small word, no duty's verb and no heading.
        const ends =
          !headerJoiners.has(previous) && !dutyWords.has(previous.toLowerCase()) && !isHeadingWord(previous);
        if (count >= 2 && role && ends) at.push(from + m.index - 1);
        break;
      }
      if (/[.!?]$/u.test(word)) break;
      count += 1;
      role ||= hasRoleWord(bare);
      previous = word;
    }
  }
  return at;
}

/** A word of a name or a header: capitalised, a number, an initial's or a firm's sign ("&", "(AMI)", "R&D"). */
const nameWord = /^[\p{Lu}\p{N}&(["“]/u;

/**
 * "…and wrote up the results Zentra Racing Dover, Kent Team Leader 2009 - 2011":
 * a duty that ran on into the next entry's header, its dates after. Right before a date range,
 * the run of capitalised words (and "of", "and", "for", "the") after the duty's last word in lower
 * case starts a line when it holds a role noun, an organisation word or a legal suffix, or a place after a
 * comma; a run with none ("…moved the billing to Zentra Cloud 2014 - 2016") goes on.
 */
function headersBeforeDates(text: string, ranges: ReadonlyArray<{ at: number }>): number[] {
  const found: number[] = [];
  for (const { at } of ranges) {
    const before = text.slice(Math.max(0, at - 160), at).replace(/[\s([]+$/u, "");
    const tokens = [...before.matchAll(/\S+/gu)];
    let k = tokens.length;
    const inName = (word: string) => nameWord.test(word) || functionWords.has(word);
    while (k > 0 && inName(tokens[k - 1]?.[0] ?? "")) k -= 1;
    // The run starts after the sentence's last word, at a capital; a word in lower case stands before it.
    while (k < tokens.length && !nameWord.test(tokens[k]?.[0] ?? "")) k += 1;
    const lower = tokens[k - 1]?.[0] ?? "";
    const bare = lower.replace(/[,;]$/u, "");
    // "Senior software engineer, Quellin Ltd": a title in lower case ends on its role noun, no sentence.
    if (k === 0 || !/^\p{Ll}[\p{Ll}-]*$/u.test(bare) || functionWords.has(bare) || hasRoleWord(bare))
      continue;
    const run = tokens.slice(k).map((t) => t[0]);
    if (run.length < 2 || run.length > 12) continue;
    const name = run.join(" ");
    const place = name
      .split(", ")
      .slice(1)
      .some((part) => readLocation(part, true) !== null);
    if (!place && !hasRoleWord(name) && companyScore(name, false) < 2) continue;
    const start = Math.max(0, at - 160) + (tokens[k]?.index ?? 0);
    if (text[start - 1] === " ") found.push(start - 1);
  }
  return found;
}

/** The section headings, as the line reader looks them up (sections.ts). */
const sectionIndex = headingIndex(resumeHeadings);

/**
 * "P ROFESSIONAL E XPERIENCE", "Ex pe ri en ce": a heading whose letters a PDF's small
 * capitals or kerning set apart. A run of letters alone that sections.ts reads as a letter-spaced
 * heading (`spacedHeading`) stands on its own line, where the line reader finds it.
 */
function spacedHeadings(text: string): Array<{ at: number; end: number }> {
  const tokens = [...text.matchAll(/\S+/gu)];
  const found: Array<{ at: number; end: number }> = [];
  for (let i = 0; i < tokens.length; i += 1) {
    // The run opens on a capital, as a heading does: "P ROFESSIONAL", "Ex pe ri en ce".
    if (!/^\p{Lu}/u.test(tokens[i]?.[0] ?? "")) continue;
    const pieces: string[] = [];
    for (let j = i; j < Math.min(tokens.length, i + 12); j += 1) {
      const last = tokens[j] as RegExpMatchArray & { index: number };
      if (!/^\p{L}+$/u.test(last[0])) break;
      pieces.push(fold(last[0]));
      if (spacedHeading(pieces, sectionIndex) !== null) {
        found.push({ at: tokens[i]?.index ?? 0, end: last.index + last[0].length });
        i = j;
        break;
      }
    }
  }
  return found;
}

/** The text with a tab in place of each space where a line most likely broke (same length). */
export function gaplessCuts(collapsed: string): string {
  // The lost dash is put back first (a dash for the space), so the range reads as one.
  const text = withLostDashes(collapsed);
  const cuts = new Set<number>();
  /** The space before `at` and the one at `end` (past a bracket: "(2011 – Present)"), when they are spaces. */
  const around = (at: number, end: number) => {
    const before = /[([{"“]/u.test(text[at - 1] ?? "") ? at - 2 : at - 1;
    const after = pastClosing(text, end);
    if (text[before] === " ") cuts.add(before);
    if (text[after] === " ") cuts.add(after);
  };
  // "…for 40 stores. Support": a word in lower case (or a number) and a full stop, then a capital.
  for (const m of text.matchAll(/(?<=[\p{L}\d][)"”]?[.!?][)"”]?) (?=[\p{Lu}\d(])/gu)) {
    const [previous = "", before = ""] = text
      .slice(Math.max(0, m.index - 80), m.index)
      .split(" ")
      .slice(-2);
    // "e.g." and "approx." lead on; "…moved it to Terraform." ends on a name after a word in lower
    // case, where "Quellin Ltd." and "B.S." are a name's or a degree's own full stop.
    const closes =
      /^[\p{Ll}\d(]/u.test(before) ||
      ((/^\p{Lu}\p{Ll}{3,}\.$/u.test(before) || acronymEnd.test(before)) && /^\p{Ll}+$/u.test(previous));
    if (closes && !leadingOn.has(before.toLowerCase())) cuts.add(m.index);
  }
  // "…Zentra Youth Project Designed weekly workshops": a duty in the past tense starts.
  for (const m of text.matchAll(/(?<=[\p{L}\d)] )\p{Lu}\p{Ll}{2,}ed(?= \p{Ll})/gu)) {
    if (!pastTenseNames.has(m[0])) cuts.add(m.index - 1);
  }
  for (const at of dutiesAfterNames(text)) cuts.add(at);
  const dates = datesIn(text);
  for (const { at, end } of dates.ranges) around(at, end);
  for (const at of headersBeforeDates(text, dates.ranges)) cuts.add(at);
  // "Mira Holt Marketing manager 12 Ash Road": near the top, a person's name (a first name, more
  // first names, one surname) stands apart from the title or address after it.
  for (const name of namesNearTop(text)) around(name.at, postNominalsEnd(text, name.end));
  for (const heading of spacedHeadings(text)) around(heading.at, heading.end);
  for (const pattern of [emailPattern, urlPattern, phonePattern]) {
    for (const m of text.matchAll(pattern)) around(m.index, m.index + m[0].length);
  }
  for (const at of placesBeforeDegrees(text)) cuts.add(at);
  for (const at of placesBeforeTitles(text)) cuts.add(at);
  for (const at of titlesAfterDuties(text)) cuts.add(at);
  for (const at of placesEndingSentences(text)) cuts.add(at);
  for (const at of yearsBeforeEducation(text)) cuts.add(at);
  for (const at of degreesAfterNames(text)) cuts.add(at);
  // "York Client: Zentra Energy", "… Excel Environment: Windows": a label the lexicon knows, and its colon, start a line.
  for (const m of text.matchAll(labelPattern)) {
    if (/^\p{Lu}/u.test(m[0]) && text[m.index - 1] === " ") cuts.add(m.index - 1);
  }
  let joinedUntil = -1;
  for (const m of text.matchAll(headingPattern)) {
    // The heading joined on to the one before is that one's ("EDUCATION & TRAINING").
    if (m.index < joinedUntil) continue;
    const heading = m[0];
    const end = joinedEnd(text, heading, m.index + heading.length);
    joinedUntil = end;
    const [next = "", afterNext = ""] = words(text.slice(end, end + 80));
    const previous =
      text
        .slice(Math.max(0, m.index - 40), m.index)
        .split(" ")
        .at(-2) ?? "";
    // "Work Experience Coordinator at Tarvo" is a job title: a role noun ends it after the words
    // ("Sr.Analyst" is no one word; "Experience Assistant Manager, …" goes on to a title of its own).
    const titleEnds = afterNext === "" || !/^\p{Lu}/u.test(afterNext);
    if (/^\p{L}+$/u.test(next) && hasRoleWord(next) && titleEnds && /\p{Ll}/u.test(heading)) continue;
    let start = m.index;
    if (!/\p{Ll}/u.test(heading) && inCapitals(previous)) {
      // "HEAD OF REGIONAL STORE PROJECTS": a run of words in capitals before makes it part of a title
      // in capitals; one word ("UNIVERSITARY EDUCATION"), or up to three before a colon
      // ("RELEVANT RETAIL EXPERIENCE:"), are the heading's own.
      const before = text
        .slice(Math.max(0, m.index - 120), m.index)
        .split(" ")
        .slice(0, -1);
      let run = 0;
      // A heading ends the run: "EDUCATION TEACHING EXPERIENCE" is two headings.
      const inRun = (word: string) => inCapitals(word) && !isHeadingWord(word);
      while (run < before.length && inRun(before[before.length - 1 - run] ?? "")) run += 1;
      if (run > (text[end] === ":" ? 3 : 1)) continue;
      start = m.index - before.slice(before.length - run).join(" ").length - 1;
    }
    // One word in title case ("Education") heads a section only after a full stop, a bracket or a
    // cut, after a list's last word in lower case ("…researching markets Languages Swedish"), or
    // before a colon ("Employment: Ghana"): "Ministry of Education" does not.
    const afterBreak =
      (m.index <= 3 && /^[\s"'“]*$/u.test(text.slice(0, m.index))) ||
      cuts.has(m.index - 1) ||
      /[.!?:)]$/u.test(previous) ||
      // A section's number: "… VI Publications", "… 6. Publications".
      /^(?:[IVX]{1,5}|\d{1,2}\.)$/u.test(previous) ||
      (/^\p{Ll}{3,}$/u.test(previous) && !functionWords.has(previous)) ||
      text[end] === ":";
    // …or, for the experience and education sections, before a date or a degree, which their first
    // entry starts with ("Education Bachelor of Science", "Experience April 2013").
    const entryAt = text[end] === ":" ? end + 2 : end + 1;
    const key = heading.toLowerCase().replace(/\s+/gu, " ");
    const kind = headingKind.get(key);
    // "Honors College Student, …": a heading of no experience or education that leads a title
    // (capitalised words on to a role noun) is the title's first word.
    if (
      /\p{Ll}/u.test(heading) &&
      kind !== "experience" &&
      kind !== "education" &&
      titleRun(text.slice(m.index, m.index + 120)) > heading.length
    )
      continue;
    // "…Grade: Merit Warehouse Related Experience Jun 2016": capitalised words that hold
    // no role noun before a heading of experience; "Head of Customer Experience 2015 - 2017" is a title.
    const untitled = (at: number) =>
      kind === "experience" &&
      /^\p{Lu}\p{L}*$/u.test(previous) &&
      !hasRoleWord(
        text
          .slice(Math.max(0, at - 60), at)
          .split(/[.,;:|()]/u)
          .at(-1) ?? "",
      );
    const opensEntry =
      (kind === "experience" || kind === "education") &&
      !functionWords.has(previous) &&
      // "Higher Education 2015 - present" names a field: a capitalised word before joins it
      // (but "Resume": the document's own name).
      (afterBreak || !/^\p{Lu}/u.test(previous) || documentWord.test(previous) || untitled(m.index)) &&
      // A heading right before a date opens its section ("… Resume Education Autumn 2011"), its
      // colon between too ("… Licences Held: 2012 - 2015").
      (dates.starts.has(entryAt) ||
        (kind === "education" && startsWithDegree(text.slice(entryAt, end + 80))));
    const titleCase = /^\p{Lu}/u.test(heading);
    // "…Quellin Store, Leeds Responsibilities & Achievements", "… York Responsibilities included…":
    // a part of an entry after its header's last name, joined to another heading, before a bullet
    // or a word in lower case.
    const after = /^\s*(\S*)/u.exec(text.slice(end))?.[1] ?? "";
    const opensPart =
      entryParts.has(key) &&
      /^\p{Lu}/u.test(previous) &&
      (end > m.index + heading.length || !/^\p{L}/u.test(after) || /^\p{Ll}/u.test(after));
    // After the heading, a capital, or a list's first mark ("Publications a) Reviewed articles…").
    const opensList = /^\p{Lu}/u.test(next) || listMark.test(after);
    if (writtenAsHeading(heading) || (titleCase && ((afterBreak && opensList) || opensEntry)))
      around(start, end);
    // A sentence that starts with it ("Responsibilities included…") goes on after it.
    else if (titleCase && opensPart) around(start, /^\p{Ll}/u.test(after) ? start : end);
  }
  // "Shift Supervisor, March 2012 - May 2013": dates after a comma close a short line that starts on a capital.
  const lineEndingAt = new Map(linesBetween(text, cuts).map(({ from, line }) => [from + line.length, line]));
  for (const { at } of dates.ranges) {
    const line = text[at - 2] === "," ? lineEndingAt.get(at - 1) : undefined;
    if (line !== undefined && /^\p{Lu}/u.test(line) && words(line).length <= 8) cuts.delete(at - 1);
  }
  for (const at of employersBeforeTitles(text, cuts)) cuts.add(at);
  for (const at of titlesBeforeEmployers(text, cuts)) cuts.add(at);
  // Last: a header after its dates ends where no other rule ended it.
  for (const at of headersAfterDates(text, dates.ranges, cuts)) cuts.add(at);
  let out = "";
  let last = 0;
  for (const at of [...cuts].sort((a, b) => a - b)) {
    out += `${text.slice(last, at)}\t`;
    last = at + 1;
  }
  return out + text.slice(last);
}
