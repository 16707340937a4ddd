import { type DateRange, findDates } from "./dates";
import { ledByOtherField } from "./entry-labels";
import { headingsLexicon } from "./lexicon";
import type { ParseNormalizer } from "./normalizer";
import { readLocation } from "./places";
import { companyScore, hasRoleWord, titleScore } from "./roles";
import { bulletItem, type Line, phraseRegExp, words } from "./text";

/**
 * Jobs a CV states in a sentence rather than in an entry header: "Working as Escalation Engineer
 * with Contoso", "Currently associated as Associate Consultant with Northwind Software", "Joined
 * Fabrikam Ltd as Trainee", "18 months of experience in QBC as Phone Banker". Recruiters read
 * these as jobs; a header reader never sees them. The verbs that lead in are codex data
 * (codex/lexicon/headings.json, `job_sentences`); the title must read as one by the same scoring
 * entry headers use, and the employer is a capitalised name after "with/at/in/for" (or after
 * "joined"), never a title or a bare place.
 */

export interface ProseJob {
  title: string;
  company: string | null;
  line: Line;
  titleAt: number;
  companyAt: number | null;
  /** The line that names the employer, when it is not the title's ("Company:" over "Designation:"). */
  companyLine?: Line;
  /** A promotion ("Promoted to Team Lead"): a new title at the employer of the entry that states it. */
  promoted?: boolean;
  /** When the statement dates the job (a table's row). */
  dates?: DateRange | null;
}

const { lead_verbs: leadVerbs, promotion_verbs: promotionVerbs } = headingsLexicon.job_sentences;
/** A lead-in verb, then up to eight words of the same clause, then "as (a|an|the)". */
const sentence = new RegExp(
  `${phraseRegExp(leadVerbs).source}(?:\\s+[^\\s.;:!?()]+){0,8}?\\s+as\\s+(?:(?:an?|the)\\s+)?(?=\\S)`,
  "giu",
);
/** "Promoted to Team Lead", "elevated to the role of Process Expert": a new title, its employer the entry's. */
const promotion = new RegExp(
  `${phraseRegExp(promotionVerbs).source}\\s+to\\s+(?:the\\s+)?(?:(?:role|post|position|designation)\\s+of\\s+)?(?:(?:an?|the)\\s+)?(?=\\S)`,
  "giu",
);
/** "Promoted as Senior Process Expert": a promotion stated with "as". */
const promotedAs = new RegExp(`^${phraseRegExp(promotionVerbs).source}`, "iu");
/** Words that end a title written in a sentence ("… Engineer with Contoso from 2015"). */
const titleStop =
  /^(?:with|having|at|in|for|from|since|to|during|under|on|where|who|which|till|until|by|through|due|after|because|owing|responsible|handling|i|we|my|our|and\s+then|-|–|—)$/iu;
const employerLead = /^(?:with|at|in|for)$/iu;
/** A word of an organisation's name: capitalised, an acronym, a number, or a legal suffix's dot. */
const nameWord = /^[\p{Lu}\d][\p{L}\d&.'’/-]*$/u;
const nameJoiner = /^(?:of|and|&|de|du|la|le|for)$/iu;
const maxTitleWords = 7;
const groupNoun =
  /^(?:team|teams|department|division|unit|project|projects|client|clients|account|domain|module|industry|sector|field)$/u;
/** Abbreviations that end in a full stop inside a name or title ("Pvt. Ltd.", "Sr."). */
const abbreviation = /^(?:pvt|co|inc|ltd|corp|sr|jr|asst|assoc|st|dept)\.$/iu;
const endsSentence = (w: Word) =>
  /^[.;:!?]$/.test(w.text) || (/\.$/.test(w.text) && !abbreviation.test(w.text));

export interface Word {
  text: string;
  at: number;
}

export function wordsFrom(text: string, from: number): Word[] {
  return [...text.slice(from).matchAll(/[^\s,;:()!?]+|[,;:()!?]/gu)].map((m) => ({
    text: m[0],
    at: from + (m.index ?? 0),
  }));
}

/** The title the words after "as" begin with, up to a stop word or a punctuation mark. */
function titleAfter(list: Word[]): Word[] {
  const out: Word[] = [];
  for (const w of list) {
    if (/^[,;:()!?]$/.test(w.text) || titleStop.test(w.text) || out.length === maxTitleWords + 1) break;
    out.push(w);
    if (endsSentence(w)) break;
  }
  while (out.length > 0 && /^(?:and|of|&|\/)$/i.test(out.at(-1)?.text ?? "")) out.pop();
  return out;
}

/** A capitalised run of words ("Quellin Corporation Limited", "QBC"): a name. */
function nameAt(list: Word[]): Word[] {
  const start = list[0]?.text.toLowerCase() === "the" ? 1 : 0;
  const out: Word[] = [];
  for (const [k, w] of list.slice(start).entries()) {
    // "Tarvo Infotech for 3 years": a number after a joiner is how long, not the name.
    const joins = out.length > 0 && nameJoiner.test(w.text) && !/^\d/.test(list[start + k + 1]?.text ?? "");
    if (nameWord.test(w.text) || joins) out.push(w);
    else break;
    if (endsSentence(w)) break;
  }
  while (out.length > 0 && nameJoiner.test(out.at(-1)?.text ?? "")) out.pop();
  return out.length <= 6 ? out : [];
}

function spanText(line: Line, span: Word[]): { text: string; at: number } | null {
  const first = span[0];
  const last = span.at(-1);
  if (!first || !last) return null;
  const text = line.text.slice(first.at, last.at + last.text.length).replace(/[.,]+$/, "");
  return { text, at: first.at };
}

/** "Deployed Cisco ACI Controller", "Sun Certified Developer": a duty or a certificate, not a job (a licence is: "Licensed Nurse"). */
const notAJob = /^(?!(?:licensed|registered|qualified|chartered)\b)\p{L}+ed\b|\bcertified\b/iu;

function readsAsTitle(text: string, normalizer: ParseNormalizer): boolean {
  const count = words(text).length;
  if (count === 0 || count > maxTitleWords || notAJob.test(text)) return false;
  // "Software Engineer" holds a company word, but a role noun is its head.
  const roleLast = hasRoleWord(words(text).at(-1) ?? "");
  if (companyScore(text) >= 2 && !roleLast) return false;
  const score = titleScore(text, normalizer);
  return score >= 3 || (score >= 2 && roleLast);
}

function readsAsEmployerName(text: string, normalizer: ParseNormalizer): boolean {
  return titleScore(text, normalizer) < 2 && readLocation(text, true) === null && /\p{L}{2}/u.test(text);
}

/** The employer named after "with/at/in/for" (or "joined") among the first `within` words. */
export function employerIn(
  line: Line,
  list: Word[],
  normalizer: ParseNormalizer,
  within: number,
  organisation = false,
): { text: string; at: number } | null {
  for (const [k, w] of list.slice(0, within).entries()) {
    // "Trainee under Tarvo Research Centre": "under" leads into an organisation only (else a person).
    const under = organisation && /^under$/iu.test(w.text);
    if (!employerLead.test(w.text) && !under && !/^join(?:ed|ing)$/i.test(w.text)) continue;
    const run = nameAt(list.slice(k + 1));
    // "the Accounts Payable team": a part of an organisation, not its name.
    const next = list[list.indexOf(run.at(-1) as Word) + 1]?.text ?? "";
    if (run.length === 0 || groupNoun.test(next.replace(/[.,]$/, ""))) continue;
    const name = spanText(line, run);
    if (name && ledByOtherField(name.text)) continue;
    if (name && (!organisation || companyScore(name.text) >= 1) && readsAsEmployerName(name.text, normalizer))
      return name;
  }
  return null;
}

/**
 * "with 5 years", "having 8+ yrs of experience", "with over 3 years' work experience": how long the
 * writer has held the title. The words after it may name where ("… at Contoso").
 */
const tenure =
  /^(?:with|having)\s+(?:(?:over|more\s+than|around|about|nearly|almost)\s+)?\d+(?:\.\d+)?\+?\s*(?:years?|yrs?)['’]?(?:\s+(?:of\s+)?(?:\w+\s+)?(?:experience|exp)\.?)?\s+/iu;

/** The words after a title: past a tenure ("with 5 years of experience"), when one follows it. */
function afterTenure(line: Line, list: Word[], from: number): Word[] {
  const rest = list.slice(from);
  const first = rest[0];
  const m = first ? tenure.exec(line.text.slice(first.at)) : null;
  if (!first || !m) return rest;
  const end = first.at + m[0].length;
  return rest.filter((w) => w.at >= end);
}

/**
 * "Marketing content creator at Zentra", "• IT Consultant for Quellin Bank – Pensions Group",
 * "Process expert with 5 years of experience at Contoso": a line led by a title (and perhaps how
 * long it was held), then "at" and a name (or "with/for/in" and a name with an organisation word).
 */
function titleLed(line: Line, normalizer: ParseNormalizer): ProseJob | null {
  const item = bulletItem(line.text);
  const list = wordsFrom(line.text, item ? line.text.length - item.length : 0);
  const titleWords = titleAfter(list);
  const title = spanText(line, titleWords);
  const after = afterTenure(line, list, titleWords.length);
  // The cheap tests first: most lines are duties, and scoring a title asks the taxonomy.
  const lead = after[0]?.text.toLowerCase() ?? "";
  if (!title || !/^\p{Lu}/u.test(title.text) || !/^(?:at|with|for|in)$/.test(lead)) return null;
  const company = employerIn(line, after, normalizer, 1, lead !== "at");
  if (!company || !readsAsTitle(title.text, normalizer)) return null;
  return { title: title.text, company: company.text, line, titleAt: title.at, companyAt: company.at };
}

/**
 * "… as Support Analyst until 2019 and as Team Lead after that", "… as a Trainee under Tarvo
 * Research Centre as a Data Clerk": the same sentence goes on to another title after "as" ("such as",
 * "as well as" lead into none).
 */
function laterTitles(
  line: Line,
  clause: Word[],
  normalizer: ParseNormalizer,
): Array<{ text: string; at: number }> {
  const titles: Array<{ text: string; at: number }> = [];
  clause.forEach((w, k) => {
    if (w.text !== "as" || /^(?:such|well|so|same)$/iu.test(clause[k - 1]?.text ?? "")) return;
    const rest = clause.slice(k + 1);
    const title = spanText(
      line,
      titleAfter(/^(?:an?|the)$/iu.test(rest[0]?.text ?? "") ? rest.slice(1) : rest),
    );
    if (title && readsAsTitle(title.text, normalizer)) titles.push(title);
  });
  return titles;
}

/** "Promoted to Team Lead in 2017": the title after the promotion, with no employer of its own. */
function promotions(line: Line, normalizer: ParseNormalizer): ProseJob[] {
  const jobs: ProseJob[] = [];
  for (const m of line.text.matchAll(promotion)) {
    const title = spanText(line, titleAfter(wordsFrom(line.text, (m.index ?? 0) + m[0].length)));
    if (title && readsAsTitle(title.text, normalizer))
      jobs.push({
        title: title.text,
        company: null,
        line,
        titleAt: title.at,
        companyAt: null,
        promoted: true,
      });
  }
  return jobs;
}

/**
 * "… as Analyst at Zentra, Pune from March 2014 to till date.": the dates the sentence gives the job,
 * the first range after its title and before the sentence ends.
 */
function datesAfter(line: Line, from: number, now: Date): DateRange | null {
  const end = line.text.slice(from).search(/[.;!?](?:\s|$)/u);
  const stop = end < 0 ? line.text.length : from + end;
  const range = findDates(line.text, now).find((d) => !d.single && d.index >= from && d.index < stop);
  return range ? { start: range.start, end: range.end, current: range.current } : null;
}

export function proseJobs(lines: Line[], normalizer: ParseNormalizer, now: Date = new Date()): ProseJob[] {
  const jobs: ProseJob[] = [];
  for (const line of lines) {
    if (line.text.length < 12) continue;
    jobs.push(...promotions(line, normalizer));
    if (!/\sas\s/i.test(line.text)) {
      const led = titleLed(line, normalizer);
      if (led) jobs.push(led);
      continue;
    }
    for (const m of line.text.matchAll(sentence)) {
      const afterAs = (m.index ?? 0) + m[0].length;
      const titleWords = titleAfter(wordsFrom(line.text, afterAs));
      const title = spanText(line, titleWords);
      if (!title || !readsAsTitle(title.text, normalizer)) continue;
      const filler = wordsFrom(line.text.slice(0, afterAs), m.index ?? 0);
      const after = wordsFrom(line.text, title.at + title.text.length);
      // "Teacher Assistant for Grades 4 and 5 at Tarvo Elementary School": a name with an
      // organisation word later in the clause wins over the plain name right after the title.
      const clause = after.slice(0, after.findIndex(endsSentence) + 1 || 12);
      const named = employerIn(line, clause, normalizer, 12, true);
      const company =
        (named && companyScore(named.text) >= 1 ? named : null) ??
        employerIn(line, after, normalizer, 1) ??
        employerIn(line, filler, normalizer, 9);
      const dates = datesAfter(line, title.at, now);
      for (const held of [title, ...laterTitles(line, clause, normalizer)])
        jobs.push({
          title: held.text,
          company: company?.text ?? null,
          line,
          titleAt: held.at,
          companyAt: company?.at ?? null,
          ...(!company && promotedAs.test(m[0]) ? { promoted: true } : {}),
          ...(dates ? { dates } : {}),
        });
    }
  }
  return jobs;
}
