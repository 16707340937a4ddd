import type { Evidence } from "../card/shared";
import type { ResumeCardV1 } from "../resume/resume-card-v1";
import { type DateHit, findDates } from "./dates";
import { cleanPiece } from "./entry-head";
import { withoutEducationLabel } from "./entry-labels";
import { alternation, degreesLexicon } from "./lexicon";
import { readLocation, runOnTown } from "./places";
import { bulletItem, escapeRegExp, evidenceIn, type Line, words } from "./text";

/** Degrees, their field, institution and dates, in the layouts CVs use (one line or several). */

type Education = ResumeCardV1["education"][number];

const degreeWords = alternation(degreesLexicon.degree_words);
const degreePattern = new RegExp(`(?<![\\p{L}])(?:${degreeWords})(?![\\p{L}])`, "iu");
/**
 * Upper-case degree abbreviations: "BS", "MA", "BFA", "MPharm", "PGCE", "NVQ Level 3", "HND", "JD",
 * "ACCA" — not "MS" before a product it names the maker of ("MS Excel").
 */
const degreeAbbrev = new RegExp(
  `(?<![\\p{L}])(?:${alternation(degreesLexicon.degree_abbreviations)})(?![\\p{L}])(?!\\s+(?:${degreesLexicon.product_makers.map(escapeRegExp).join("|")})(?![\\p{L}]))`,
  "u",
);
export const institutionPattern = new RegExp(
  `(?<![\\p{L}])(?:${alternation(degreesLexicon.institution_words)})(?![\\p{L}])|(?:${alternation(degreesLexicon.institution_stems)})(?:${degreesLexicon.institution_stem_endings.join("|")})?(?![\\p{L}])`,
  "iu",
);
/**
 * What joins a degree to its field: a dash, a colon, a comma, or a word of codex/lexicon/degrees.json
 * field_connectors, the longest first ("in der" before "in").
 */
const fieldConnector = new RegExp(
  String.raw`^(?:\s*[-–—:,]\s*|\s+(?:${[...degreesLexicon.field_connectors]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|")})\s+)`,
  "iu",
);
const splitter = /\s*(?:[|•·,،]|\s[–—-]\s|\t|\s{3,})\s*|\s+(?:at|from|ved|an der|à|at the)\s+/iu;

/** "BBA from Tarvo University in 2015": the word that leads into the dates goes with them. */
const leadIntoDate = /\s+(?:in|during|since|on)\s*$/iu;

/** The first degree word the text names, a spelled-out one before an abbreviation. */
function degreeIn(text: string): RegExpExecArray | null {
  return degreePattern.exec(text) ?? degreeAbbrev.exec(text);
}

function isDegree(text: string): boolean {
  return degreePattern.test(text) || degreeAbbrev.test(text);
}

function splitDegree(text: string): { degree: string; field: string | null } {
  const m = degreeIn(text);
  if (!m) return { degree: text, field: null };
  // "Education: MBA": a label before the degree is no part of it.
  const before = qualifierOf(text.slice(0, m.index).replace(/^[^:]*:/u, ""));
  let rest = text.slice(m.index + m[0].length);
  // "B.Tech/B.E.": one degree under either of its names.
  const either = alternativeDegree(rest);
  if (either) rest = rest.slice(either.length);
  const hons = /^\s*\((?:hons?\.?|honours)\)/i.exec(rest);
  const degree = `${before ? `${before} ` : ""}${m[0]}${either}${hons ? hons[0] : ""}`.trim();
  if (hons) rest = rest.slice(hons[0].length);
  // "MBA (HR)", "B.E. (Computer Science)": the field in brackets.
  const bracketed = /^\s*\((?<field>[^()]+)\)\s*$/u.exec(rest)?.groups?.field;
  const connector = fieldConnector.exec(rest);
  const field = cleanPiece(bracketed ?? (connector ? rest.slice(connector[0].length) : rest));
  return { degree, field: field && /\p{L}{2}/u.test(field) ? field : null };
}

/**
 * What of the words before a degree qualifies it: "Executive MBA", "Part-time MBA". A sentence
 * leading into it ("Was awarded a Bachelors of Science", "Counted as a Masters Degree") is no part
 * of the degree: the words up to its last one in lower case are cut.
 */
function qualifierOf(before: string): string {
  const parts = before.trim().split(/\s+/u);
  return parts.slice(parts.findLastIndex((w) => /^\p{Ll}/u.test(w)) + 1).join(" ");
}

/** "/B.E." after "B.Tech": the same degree's other name, as Indian CVs and job boards write it. */
function alternativeDegree(rest: string): string {
  const slash = /^\s*\/\s*/u.exec(rest);
  if (!slash) return "";
  const after = rest.slice(slash[0].length);
  const m = degreeIn(after);
  return m?.index === 0 ? rest.slice(0, slash[0].length + m[0].length) : "";
}

/**
 * "B.E Tarvo Institute of Engineering", "M.A. (Economics) Tarvo University", "Zentra College Diploma": a degree and its school with nothing between
 * them (the separator went with a line break or was never written) are two fragments. Only a
 * school named right after the degree, or one of two words or more before it; "MBA in Finance, …"
 * and "University Diploma in Business Studies" stay whole.
 */
function degreeAndSchool(fragment: string): string[] {
  const m = degreeIn(fragment);
  if (!m) return [fragment];
  const before = fragment.slice(0, m.index);
  const after = fragment.slice(m.index + m[0].length);
  const school = (text: string) => /^\p{Lu}/u.test(text) && institutionPattern.test(text);
  // The degree keeps its closing dot ("M.Tech."); the space after it parts the two.
  const dot = after.startsWith(".") ? 1 : 0;
  if (before.trim() === "" && /^\s/u.test(after.slice(dot)) && school(after.slice(dot).trim()))
    return [fragment.slice(0, m.index + m[0].length + dot), after.slice(dot)];
  // "Zentra Business School: MBA in …": the degree after the school runs to the fragment's end.
  const named = before.replace(/[\s:]+$/u, "");
  if (/\s$/u.test(before) && words(named).length >= 2 && school(named))
    return [before, fragment.slice(m.index)];
  // "M.A. (Economics) Tarvo University": the field in brackets, then the school.
  // "(Hons)" is the degree's own: "BA (Hons) Geography Leeds University" names a field first.
  const bracket = /^\.?\s*\((?!\s*(?:hons?\.?|honours)\s*\))[^()]+\)\s+/iu.exec(after);
  if (before.trim() === "" && bracket && school(after.slice(bracket[0].length))) {
    const at = m.index + m[0].length + bracket[0].length;
    return [fragment.slice(0, at), fragment.slice(at)];
  }
  const cut = schoolAfterField(after);
  if (cut > 0) {
    const at = m.index + m[0].length + cut;
    return [fragment.slice(0, at), fragment.slice(at)];
  }
  return [fragment];
}

/** Words that name a kind of school between its place and its institution word ("Tarvo State University"). */
const schoolKinds =
  /^(?:State|Central|Normal|National|Technical|Community|Metropolitan|Polytechnic|City|Catholic|Christian|Medical|Agricultural)$/u;

/**
 * "BA (Hons) Geography Leeds University", "Bachelor of Science in Logistics University of Tarvo":
 * a degree's field, then its school with nothing between them. The school starts at its
 * institution word when a name follows it ("University of …"), or at the place the gazetteer knows
 * right before it ("Leeds University", "Dover State College"); where neither tells, nothing is cut
 * ("Computer Science Quellin College" could be one name). Returns where the school starts in the
 * text after the degree, or 0.
 */
function schoolAfterField(after: string): number {
  const institution = institutionPattern.exec(after);
  if (!institution || !/^\p{Lu}/u.test(institution[0])) return 0;
  const before = after.slice(0, institution.index);
  const field = words(before);
  if (!/\s$/u.test(before) || field.length < 1) return 0;
  if (/^\s+of\s+\p{Lu}/u.test(after.slice(institution.index + institution[0].length)))
    return institution.index;
  const tokens = [...before.matchAll(/\S+/gu)];
  let k = tokens.length - 1;
  if (schoolKinds.test(tokens[k]?.[0] ?? "")) k -= 1;
  const place = tokens[k];
  // The field keeps at least one word of its own ("Marketing").
  if (!place || k < 1 || !readLocation(place[0], true)) return 0;
  return place.index;
}

/**
 * "Quellin Business School, University of Tarvo", "University of Zentra, School of Law": a school and the
 * school it belongs to, side by side, are one institution, kept as the line writes it (the first
 * alone lost the university, or named only the faculty).
 */
function schoolsJoined(fragments: string[], text: string): string[] {
  const school = (f: string | undefined) => f !== undefined && !isDegree(f) && institutionPattern.test(f);
  const k = fragments.findIndex((f, i) => school(f) && school(fragments[i + 1]));
  const first = fragments[k];
  const second = fragments[k + 1];
  if (first === undefined || second === undefined) return fragments;
  const from = text.indexOf(first);
  const to = from < 0 ? -1 : text.indexOf(second, from + first.length);
  if (to < 0) return fragments;
  return [...fragments.slice(0, k), text.slice(from, to + second.length), ...fragments.slice(k + 2)];
}

/**
 * "Quellin State University Norman, OK United States": the school's town run on to its name, no
 * comma between (the USAJOBS builder prints them so), is cut off when the town and the part after
 * the comma read as a place and the school keeps its school word ("Quellin University Leeds, UK"
 * keeps "Quellin University"); "University of Zentra, OK" names no town of its own.
 */
function townAfterSchool(fragments: string[]): string[] {
  return fragments.flatMap((fragment, k) => {
    const next = fragments[k + 1];
    // "University of West Leeds, UK": the names after "of" are the school's own, town or not.
    if (next === undefined || !institutionPattern.test(fragment) || /\sof(?:\s+\p{Lu}\S*)+$/u.test(fragment))
      return [fragment];
    // The school keeps two words or more, its school word among them.
    const found = runOnTown(
      fragment,
      next,
      (school) => /\s/u.test(school) && institutionPattern.test(school),
    );
    return found ? [found.rest, found.town] : [fragment];
  });
}

/**
 * "Tarvo College, Boston, MA": the state after its town, though "MA", "MD" and "MS" are degrees
 * too. Only a town the gazetteer knows, so "Zentra University, MS" stays a degree.
 */
function stateOfTown(fragments: string[], k: number): boolean {
  const state = fragments[k];
  const town = fragments[k - 1];
  if (state === undefined || town === undefined) return false;
  const place = readLocation(`${town}, ${state}`, true);
  return place !== null && place.city === town && place.region === state;
}

/**
 * "Tarvo High School", "Zentra National High School": a high school named by the words before it
 * is the school, not the degree ("High School Diploma" and "high school" alone stay degrees).
 */
function namedHighSchool(fragment: string): boolean {
  const m = degreeIn(fragment);
  if (!m || !/^High\s+school$/iu.test(m[0]) || !m[0].startsWith("H")) return false;
  return /\p{Lu}[\p{L}.'’]*\s+$/u.test(fragment.slice(0, m.index));
}

/** "MS" after "Master of Science -": the degree's abbreviation, restating it (LinkedIn's "Degree - ABBR, Field"). */
function restatesDegree(fragment: string | undefined): boolean {
  if (!fragment) return false;
  const m = degreeAbbrev.exec(fragment);
  return m?.index === 0 && m[0].length === fragment.length;
}

interface Draft {
  lines: Line[];
  degree: { text: string; line: Line } | null;
  institution: { text: string; line: Line } | null;
  date: DateHit | null;
  other: string[];
  /** Unnamed fragments written before the institution ("PGCE, Secondary Maths — X University"). */
  lead: Array<{ text: string; line: Line }>;
  guessedField?: string | null;
  /** "with 68%", "CGPA 8.2": the score written after the school. */
  score?: string;
}

/** "… (2016) with 68%", "… with an aggregate of 71%", "…, CGPA 8.2/10": a score closing an entry's line, no part of its school. */
const scoreTail =
  /(?:\s*[,–-]\s*|\s+)(?:(?:with|securing|secured|scoring|scored)(?:\s+an?)?(?:\s+aggregate)?(?:\s+of)?\s+|aggregate(?:\s+of)?\s+)?(?:(\d{1,3}(?:\.\d+)?\s?%)|(?:c?gpa|cpi)\s*:?\s*(\d{1,2}(?:\.\d+)?(?:\s*\/\s*\d{1,2})?)|(\d{1,2}(?:\.\d+)?(?:\s*\/\s*\d{1,2})?)\s*(?:c?gpa|cpi))\s*[.)]?\s*$/iu;

/** Most lines stand alone between blank lines. */
export function paragraphPerLine(lines: Line[]): boolean {
  const filled = lines.filter((l) => l.text !== "");
  const alone = lines.filter(
    (l, k) => l.text !== "" && (lines[k - 1]?.text ?? "") === "" && (lines[k + 1]?.text ?? "") === "",
  );
  return filled.length >= 3 && alone.length / filled.length > 0.6;
}

const tableColumns = new Set(degreesLexicon.table_columns.map((c) => c.toLowerCase()));

/** "Qualification | Board/University | Year | Percentage": a table's row of column heads names no degree. */
function columnHeads(text: string): boolean {
  const cells = text
    .split(/\s*(?:[|\t]|\s{3,})\s*/u)
    .map((cell) =>
      cell
        .toLowerCase()
        .replace(/[\s:.]+$/u, "")
        .replace(/\s*\/\s*/gu, "/"),
    )
    .filter((cell) => cell !== "");
  return cells.length >= 2 && cells.every((cell) => tableColumns.has(cell));
}

export function parseEducation(lines: Line[], now: Date): { entries: Education[]; evidence: Evidence[] } {
  const drafts: Draft[] = [];
  let draft: Draft | null = null;
  const fresh = (): Draft => ({
    lines: [],
    degree: null,
    institution: null,
    date: null,
    other: [],
    lead: [],
  });
  // Job-board exports put every line in a paragraph of its own: there a blank line ends nothing,
  // and a second degree or school starts the next entry.
  const spaced = paragraphPerLine(lines);
  for (const line of lines) {
    if (line.text === "") {
      if (!spaced && draft && (draft.degree || draft.institution)) draft = null;
      continue;
    }
    // A bullet under an entry is its detail, unless it names the next degree ("• B.Com from …").
    const item = bulletItem(line.text);
    if ((item && draft && !startsWithDegree(item)) || columnHeads(line.text)) continue;
    const dates = findDates(line.text, now, true);
    const ranged = dates.find((d) => !d.single) ?? dates.at(-1) ?? null;
    let rest = withoutEducationLabel(line.text);
    const score = scoreTail.exec(rest);
    if (score && (!ranged || ranged.index < score.index)) rest = rest.slice(0, score.index);
    if (ranged)
      rest = `${rest.slice(0, ranged.index).replace(leadIntoDate, "")} ${rest.slice(ranged.index + ranged.length)}`;
    const fragments = townAfterSchool(
      schoolsJoined(
        rest
          .split(splitter)
          .flatMap(degreeAndSchool)
          .map(cleanPiece)
          .filter((f) => f !== ""),
        line.text,
      ),
    );
    const degree = fragments.find((f, k) => isDegree(f) && !stateOfTown(fragments, k) && !namedHighSchool(f));
    const institution = fragments.find((f) => f !== degree && institutionPattern.test(f));
    const clash =
      draft &&
      ((degree && draft.degree) ||
        (institution && draft.institution) ||
        // "Certificate X, Some College, 2019" is a whole entry: a degree under it starts the next.
        (degree && draft.institution && draft.lead.some((l) => l.line === draft?.institution?.line)) ||
        (ranged && draft.date && (degree || institution)));
    if (!draft || clash) {
      draft = fresh();
      drafts.push(draft);
    }
    draft.lines.push(line);
    if (degree) {
      draft.degree = { text: degree, line };
      const after = fragments.indexOf(degree) + 1;
      const next = fragments[restatesDegree(fragments[after]) ? after + 1 : after];
      draft.guessedField = next && next !== institution && !readLocation(next) ? next : null;
    }
    if (institution) draft.institution = { text: institution, line };
    if (ranged && !draft.date) draft.date = ranged;
    if (score && draft.score === undefined)
      draft.score = (score[1] ?? score[2] ?? score[3] ?? "").replace(/\s+/gu, "");
    const ends = spaced && ranged && rest.trim() === "" && (draft.degree || draft.institution);
    const at = institution ? fragments.indexOf(institution) : fragments.length;
    fragments.forEach((f, k) => {
      if (f === degree || f === institution || readLocation(f) || !/^\p{Lu}/u.test(f)) return;
      (draft as Draft).other.push(f);
      if (!(draft as Draft).institution || (institution && k < at))
        (draft as Draft).lead.push({ text: f, line });
    });
    // In a job-board export the dates, on their own line, close the entry.
    if (ends) draft = null;
  }

  const entries: Education[] = [];
  const evidence: Evidence[] = [];
  for (const d of drafts) {
    if (!d.degree && !d.institution) continue;
    // With a school but no degree word, what is written before the school names the degree.
    const first = d.lead[0];
    if (!d.degree && d.institution && first && first.line.i <= d.institution.line.i) {
      const second = d.lead[1];
      d.degree = { text: first.text, line: first.line };
      d.guessedField = second && second.line === first.line ? second.text : null;
    }
    const split = d.degree ? splitDegree(d.degree.text) : null;
    const institution = d.institution?.text ?? (d.degree ? (d.other[0] ?? null) : null);
    const gradeMatch = d.lines
      .map((l) =>
        /(?:gpa|grade|karakter(?:gennemsnit)?|note|nota|المعدل)[:\s]+([\d.,/]+(?:\s*\/\s*[\d.]+)?)/iu.exec(
          l.text,
        ),
      )
      .find((m) => m);
    const field = `education[${entries.length}]`;
    if (d.degree) evidence.push(evidenceIn(`${field}.degree`, d.degree.line, d.degree.text));
    if (d.institution)
      evidence.push(evidenceIn(`${field}.institution`, d.institution.line, d.institution.text));
    // A fragment read as the school is not its field too ("ACCA – Association of …").
    const fieldRead = split?.field ?? d.guessedField ?? null;
    entries.push({
      degree: split?.degree ?? null,
      field: fieldRead === institution ? null : fieldRead,
      institution,
      start: d.date && !d.date.single ? d.date.start : null,
      end: d.date ? (d.date.current ? null : d.date.end) : null,
      grade: gradeMatch?.[1] ?? d.score ?? null,
    });
  }
  return { entries, evidence };
}

/** Whether the text names a degree ("MSc", "Bachelor of Arts", "kandidatgrad", "بكالوريوس"). */
export const isDegreeMention = isDegree;

/** Whether the text starts with a degree ("Master of Science in …", "Ph.D. candidate", "MBA"). */
export function startsWithDegree(text: string): boolean {
  return degreePattern.exec(text)?.index === 0 || degreeAbbrev.exec(text)?.index === 0;
}
