import { alternation, monthsLexicon } from "./lexicon";

/**
 * The pieces date patterns are built from: month and season names, open ends ("present", "heute"),
 * range and "since" words (codex/lexicon/months.json), years, one date ("point") and range separators.
 */

export const monthNames: Record<string, number> = {};
const monthLists = monthsLexicon.months;
monthLists.forEach((names, i) => {
  for (const name of names) monthNames[name] = i + 1;
});

export const monthAlternation = Object.keys(monthNames)
  .sort((a, b) => b.length - a.length)
  .join("|");
export const seasons = new Set(monthsLexicon.seasons);
export const seasonAlternation = monthsLexicon.seasons.join("|");
export const year = String.raw`(?:19[5-9]\d|20\d\d)`;
/** "September 1st 2014", "June 5, 2012": the day is read past (dates are kept to the month). */
export const dayOfMonth = String.raw`(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?`;
/**
 * One date: month name + year, season + year ("Summer 2014", "Summer '15"), numeric month/year in either order ("08 / 2008" too), or a bare year.
 * A month name may follow its day ("15th June 2015", "1 of March 2016") and be tied to its year by a
 * slash, a hyphen or an apostrophe ("May/2009", "June-2015", "June' 2015"), as Indian CVs often write them.
 */
export const point = String.raw`(?:(?:${dayOfMonth}\s+(?:of\s+)?)?(?:${monthAlternation})\.?(?:\s+${dayOfMonth})?(?:,?\s*|\s*[/'’-]\s*)(?:${year}|['’]\d{2})|(?:${seasonAlternation})\s+(?:${year}|['’]\d{2})|(?:\d{1,2}[./-])?(?:0?[1-9]|1[0-2])(?:[./-]|\s/\s)${year}|${year}[./-](?:0[1-9]|1[0-2])(?![./-]?\d)|${year})`;
export const open = alternation(monthsLexicon.open_ends);
export const composedOpen = alternation(monthsLexicon.composed_open_ends);
export const separator = String.raw`\s*(?:[-–—−~→]+|->)\s*|\s+(?:${alternation(monthsLexicon.range_words)}):?\s+`;
export const since = alternation(monthsLexicon.since_words);
/** "From 2014 to 2018", "von 2019 bis 2021": the word before a range's start. */
export const from = alternation(monthsLexicon.from_words);
