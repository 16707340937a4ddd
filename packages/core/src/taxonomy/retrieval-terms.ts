import { stemmer } from "stemmer";
import { foldToken } from "./text";

/*
 * The terms the retrieval normaliser (retrieval.ts) compares: words folded like the taxonomy's,
 * function words dropped, Porter-stemmed (the `stemmer` package) so that "researching markets"
 * and "market research" share their terms.
 */

/**
 * Words that carry no meaning in a skill phrase. Smaller than the matcher's STOP_WORDS on
 * purpose: "IT", "well", "support", "work" are content words in a skill ("IT projects").
 */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  `a an the and or nor but of in on at to for from by with within without into onto over under
  as per via about across after before between during through toward towards upon while
  is are was were be been being am do does did doing has have had having will would shall should
  can could may might must this that these those such its our your their his her my we you they
  i he she them us me who whom whose which what where when why how not no yes all any each every
  other others some several many much more most own same also etc e g ie eg
  excellent strong good great solid proven demonstrated ability able skills skill experience
  experienced knowledge proficient proficiency understanding familiarity familiar
  required preferred plus bonus desirable nice`.split(/\s+/),
);

// Words as the taxonomy writes them: "node.js", "c++", "r&d" stay whole (cheaper than tokenize()).
export const WORD = /[\p{L}\p{N}]+(?:['’.&][\p{L}\p{N}]+)*[+#]*/gu;
const LOWER_ASCII = /^[a-z]+$/;
const stems = new Map<string, string | null>();

/** A token's term: folded and stemmed; null for a function word. Memoised: the taxonomy has ~14k words. */
export function termOf(token: string): string | null {
  let term = stems.get(token);
  if (term === undefined) {
    const folded = foldToken(token);
    term = FUNCTION_WORDS.has(folded) ? null : LOWER_ASCII.test(folded) ? stemmer(folded) : folded;
    stems.set(token, term);
  }
  return term;
}

/** Folded, function-word-free, stemmed, distinct terms: "Developing software prototypes" → develop softwar prototyp. */
export function retrievalTerms(text: string): string[] {
  const out: string[] = [];
  for (const token of text.toLowerCase().match(WORD) ?? []) {
    const term = termOf(token);
    if (term !== null && !out.includes(term)) out.push(term);
  }
  return out;
}
