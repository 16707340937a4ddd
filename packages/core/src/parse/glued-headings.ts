import { findDates } from "./dates";
import { resumeHeadings } from "./headings";
import { hasRoleWord } from "./roles";
import { phraseAlternatives, words } from "./text";

/**
 * Two-column exports and paste boxes glue a section heading to the first words of its section:
 * "Work Experience Tarvo Research Institute", "EDUCATION Bachelor of Science". A segment that
 * starts with a heading of two or more words from the lexicon (written as headings are: every word
 * capitalised), followed by a capitalised word or a year, is cut after the heading, so the section opens
 * there. "Work Experience Coordinator" (a role noun follows) is a job title and stays whole.
 */

const headings = Object.values(resumeHeadings).flat();
const phrases = phraseAlternatives(headings.filter((p) => words(p).length >= 2));
const gluedHeading = new RegExp(`^(?:${phrases.join("|")})(?=\\s)`, "iu");
/** One word that heads the experience or education section ("Experience", "Education"). */
const gluedWord = new RegExp(
  `^(?:${phraseAlternatives([...resumeHeadings.experience, ...resumeHeadings.education].filter((p) => words(p).length === 1)).join("|")})(?=\\s)`,
  "iu",
);

/**
 * Where the heading a segment starts with ends, or null when the segment starts with none. One word
 * will do before an entry's header that holds its dates ("Experience Route Planner, 2016 - 2018").
 */
export function gluedHeadingEnd(text: string): number | null {
  const word = gluedWord.exec(text)?.[0];
  // The dates are looked for only behind a one-word heading: every segment of a flattened CV comes here.
  const heading =
    gluedHeading.exec(text)?.[0] ?? (word && findDates(text).some((d) => !d.single) ? word : undefined);
  if (!heading || !words(heading).every((w) => /^\p{Lu}/u.test(w))) return null;
  const rest = text.slice(heading.length).trim();
  const next = words(rest)[0] ?? "";
  // The section's first words start with a capital (the flag "i" would let \p{Lu} match any letter),
  // or with a year: its first entry's dates ("Work Experience 2019 - present").
  if (rest.length < 3 || !/^(?:\p{Lu}|(?:19|20)\d\d)/u.test(next) || hasRoleWord(next)) return null;
  return heading.length;
}

const everyPhrase = phraseAlternatives(headings);
/**
 * Where a sentence ends and a word follows that is not in lower case: the only places a heading in
 * capitals can start after one. The long list of headings is tried there alone, not at every
 * character of the text.
 */
const sentenceEnd = /[.!?]\s+(?=[^\s\p{Ll}])/gu;
/** A heading at the place looked at, ahead of a space or the end. */
const headingAt = new RegExp(`(?:${everyPhrase.join("|")})(?=\\s|$)`, "iuy");

/**
 * Where a heading in capitals starts after the full stop of the sentence before it ("…by half.
 * EXPERIENCE Quellin Ltd"), or null. A PDF wraps a flattened CV's long line into rows and drops
 * the spaces where a row breaks, the gap that set the heading apart among them; a word in capitals
 * right after a sentence ends that names a section is that section's heading.
 */
export function headingAfterSentence(text: string): number | null {
  for (const stop of text.matchAll(sentenceEnd)) {
    const at = stop.index + stop[0].length;
    headingAt.lastIndex = at;
    const hit = headingAt.exec(text);
    // A sentence ends in a word in lower case or a number ("do so.", "in 2019."); "B.S. EDUCATION" is a degree.
    const closed = text.slice(0, at).trimEnd().at(-2) ?? "";
    if (hit && /[\p{Ll}\d)]/u.test(closed) && /\p{L}/u.test(hit[0]) && !/\p{Ll}/u.test(hit[0])) return at;
  }
  return null;
}
