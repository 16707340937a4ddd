import { type DateRange, findDates, rangeOf } from "./dates";
import { institutionPattern } from "./education";
import { otherFieldLine } from "./entry-labels";
import { headingsLexicon } from "./lexicon";
import type { ParseNormalizer } from "./normalizer";
import { readLocation } from "./places";
import { employerIn, wordsFrom } from "./prose-jobs";
import { companyScore, isLegalSuffix, legalSuffixEnd, titleScore } from "./roles";
import { bulletItem, type Line, phraseRegExp } from "./text";

/**
 * Employers a CV names in a sentence without a title: "Worked for Harwick Informatics Centre
 * from 2014 to 2015", "Currently working with Quellin Technologies", "Joined Zentra Solutions in 2012". A recruiter reads each as a place the
 * candidate worked. The lead-in verbs are the sentence reader's (codex data, `job_sentences`); the
 * name must carry an organisation cue (a legal suffix or an organisation word), so
 * "worked with Java" or "worked in Pune" name no employer.
 */

export interface ProseEmployer {
  company: string;
  line: Line;
  companyAt: number;
  /** When the sentence dates the job ("Quellin Technologies (2015 - 2017)"). */
  dates?: DateRange | null;
  /**
   * The sentence states the writer's own job ("Employed with Quellin Pvt Ltd, placed at the
   * client's site"): the firm is where they work even inside an entry that names another (the client).
   */
  stated?: boolean;
}

/** "Experience in Data Platforms", "2 years at Harwick University": a skill or a school as often as an employer; verbs only. */
const leadVerbs = headingsLexicon.job_sentences.lead_verbs.filter(
  (v) => !/^(?:experience|work|years?|months|yrs)$/.test(v),
);
/** A lead-in verb, perhaps an adverb, then where: "working with", "worked presently at", "joined". */
const statement = new RegExp(
  `${phraseRegExp(leadVerbs).source}(?:\\s+(?:currently|presently|previously|earlier|also|here|there))?(?=\\s+(?:for|at|in|with)\\s|\\s+\\p{Lu})`,
  "giu",
);

/** "… at Quellin India Pvt Ltd, Pune", "with Tarvo Limited": where a sentence names a firm. */
const firmLead = /(?<![\p{L}])(?:at|with|in)\s+(?=\p{Lu})/gu;

/** "Ltd", "Co.", "Company": a firm's suffix alone, no firm's name. */
const suffixOnly = (text: string) => isLegalSuffix(text) || /^(?:co|company)\.?$/iu.test(text.trim());

/** "Self-employed in Quellin Prints": the words that state a business of the writer's own, then where. */
const ownBusiness = new RegExp(
  `${phraseRegExp(headingsLexicon.job_sentences.own_business).source}(?=\\s+(?:in|at|with)\\s)`,
  "giu",
);

export function proseEmployers(lines: Line[], normalizer: ParseNormalizer): ProseEmployer[] {
  const found: ProseEmployer[] = [];
  for (const line of lines) {
    if (line.text.length < 12 || line.text.length > 240) continue;
    found.push(...ownBusinesses(line, normalizer));
    const from = line.text.length - (bulletItem(line.text) ?? line.text).length;
    for (const m of line.text.slice(from).matchAll(statement)) {
      const at = from + (m.index ?? 0);
      const verb = m[0].split(/\s+/)[0]?.toLowerCase() ?? "";
      // "Joined Zentra Solutions": the name follows the verb; the others name it after a preposition.
      const list = wordsFrom(line.text, at + (/^join/.test(verb) ? 0 : verb.length));
      const company = employerIn(line, list, normalizer, /^join/.test(verb) ? 1 : 2, true);
      // An acronym alone ("worked for HBX", "working in XML") is too often a client or a tool.
      // "Joined Inc. / …" is itself a name: a legal suffix alone names nobody.
      if (company && companyScore(company.text) >= 2 && !suffixOnly(company.text))
        found.push({ company: company.text, line, companyAt: company.at });
    }
  }
  return found;
}

/**
 * "Self-employed in Quellin Prints": the name is the writer's own business, so it needs no
 * organisation word (a small business seldom has one); it must still read as a name, not as a
 * place, a title or a field written in lower case ("self-employed in web design" names none).
 * Only in a sentence (a bullet, or a line closed by a full stop): a header line ("Self-employed in
 * Home Bakery - Owner" over the dates) is a job's title, read as one.
 */
function ownBusinesses(line: Line, normalizer: ParseNormalizer): ProseEmployer[] {
  if (!bulletItem(line.text) && !/[.!]\s*$/.test(line.text)) return [];
  return [...line.text.matchAll(ownBusiness)].flatMap((m) => {
    const name = employerIn(line, wordsFrom(line.text, (m.index ?? 0) + m[0].length), normalizer, 1);
    return name ? [{ company: name.text, line, companyAt: name.at, stated: true }] : [];
  });
}

/**
 * "Working in the support team at Quellin India Pvt Ltd, Pune": a name a long legal suffix closes,
 * after at/with/in, is a firm the candidate worked at, whatever verb leads the sentence (a
 * client is left out when the sentence sits in an entry that names its employer). A labelled
 * field ("Client: …") names none.
 */
export function namedFirms(lines: Line[], normalizer: ParseNormalizer): ProseEmployer[] {
  return lines.flatMap((line) => firmsIn(line, normalizer));
}

/** A sentence that opens with a verb stating a job ("Working as …", "Employed with …"), not a duty. */
const jobLead = new RegExp(`^${phraseRegExp(leadVerbs).source}`, "iu");

function firmsIn(line: Line, normalizer: ParseNormalizer): ProseEmployer[] {
  if (otherFieldLine(line) || legalSuffixEnd(line.text) < 0) return [];
  const stated = jobLead.test(bulletItem(line.text) ?? line.text);
  const firms: ProseEmployer[] = [];
  for (const m of line.text.matchAll(firmLead)) {
    const name = employerIn(line, wordsFrom(line.text, m.index), normalizer, 1, true);
    // "Quellin Inc. Driving growth …": the name ends with its suffix.
    const end = name ? legalSuffixEnd(name.text) : -1;
    const company = name && end > 0 ? name.text.slice(0, end) : "";
    if (name && company !== "" && !suffixOnly(company))
      firms.push({ company, line, companyAt: name.at, stated });
  }
  return firms;
}

/** "Quellin Technologies (June 2015 - Present)": a name (perhaps its place), then a date range in brackets. */
const datedName =
  /((?:[\p{Lu}\d][\p{L}\d&.'’-]*\s+(?:(?:of|and|&)\s+)?){0,5}[\p{Lu}][\p{L}\d&.'’-]*)(,\s*\p{Lu}[\p{L}\s]{1,30}?)?\s*\(([^()]{4,40})\)/gu;

/**
 * "Quellin Technologies (2015 - 2017), Tarvo Systems (2012 - 2015)": a list of employers, each
 * with its dates in brackets, in a summary's sentence. Read only as a list (two names or more on
 * the line), and only names with an organisation cue that are no school ("Harwick University
 * (2008 - 2011)" is education) on a line that is no other field ("Clients: …"): a lone "Name
 * (dates)" is as often a project or a degree.
 */
export function listedFirms(lines: Line[], normalizer: ParseNormalizer, now: Date): ProseEmployer[] {
  return lines.flatMap((line) => {
    if (!line.text.includes("(") || otherFieldLine(line)) return [];
    const named: ProseEmployer[] = [];
    for (const m of line.text.matchAll(datedName)) {
      const name = m[1] ?? "";
      // "Tarvo Labs, India (2011 - 2014)": a place may stand between the name and its dates.
      const place = m[2]?.replace(/^,\s*/, "") ?? "";
      const range = findDates(m[3] ?? "", now)[0];
      if (!range || (place !== "" && readLocation(place, true) === null)) continue;
      if (companyScore(name) < 2 || institutionPattern.test(name) || titleScore(name, normalizer) > 0)
        continue;
      named.push({
        company: name,
        line,
        companyAt: (m.index ?? 0) + m[0].indexOf(name),
        dates: rangeOf(range),
      });
    }
    return named.length >= 2 ? named : [];
  });
}
