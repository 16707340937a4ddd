import type { ExtractedDocument, ExtractedLine } from "../document";
import { flattenedBreaksPerThousand } from "./flattened";
import { jobHeadings } from "./headings";
import { readLocation } from "./places";
import { escapeRegExp } from "./text";

/**
 * Job ads from job boards usually arrive as one paragraph: headings, bullets and prose joined by
 * single spaces ("… APIs. Requirements - 5+ years of backend development - Strong TypeScript …").
 * The CV segmenter (flattened.ts) cuts at the wide gaps exports leave; a job board leaves none,
 * so this one cuts where the layout shows through the words: before inline bullets, before a
 * sentence whose full stop was lost, before "Label:" fields, around the section headings of the
 * codex lexicon and around the head's place. Offsets stay those of the original text, so
 * evidence still points at the source (docs/parsing-quality.md, "Job ads in one paragraph").
 */

const headingPhrases = [...new Set(Object.values(jobHeadings).flat())].sort((a, b) => b.length - a.length);
/** A lexicon heading, matched on the lower-cased text (with the i flag \p{Lu} matches any letter)… */
const headingPattern = new RegExp(
  String.raw`(?<![\p{L}\p{N}'’])(?:${headingPhrases.map(escapeRegExp).join("|")})(?![\p{L}\p{N}])`,
  "gu",
);
/** Headings that double as the head's labels ("Company:", "Position:"). */
const labelHeadings = new Set([...jobHeadings.about, ...jobHeadings.role]);
/** …that stands before the end, a colon or a bullet… */
const beforeList = /^(?:\s*$|\s*:|\s+[-–—•*●▪]\s)/u;
/** …or before a capitalised word (the section's first) — for one-word headings ("Application
 * Support…") only when written in capitals or when it is the contact line ("Contact Priya …"). */
const beforeWord = /^\s+[\p{Lu}\p{N}]/u;
const contactWords = new Set(["contact", "kontakt", "contacto", "ansprechpartner"]);

function headingFits(phrase: string, rest: string): boolean {
  if (beforeList.test(rest)) return true;
  if (!beforeWord.test(rest)) return false;
  return /\s/.test(phrase) || phrase === phrase.toUpperCase() || contactWords.has(phrase.toLowerCase());
}

/** Glyphs that mark list items when the ad repeats them (a single "–" is a dash in a title). */
const bulletGlyphs = ["-", "–", "—", "•", "*", "●", "▪", "·"];
const bulletRepeats = 3;
/** An upper-case run of two or more words before a capitalised word: a heading ("ALSO GOOD TO KNOW A love…"). */
const capsHeading = /(?<=\s)\p{Lu}{2,}(?:\s+\p{Lu}{2,})+(?=\s+\p{Lu}(?:\p{Ll}|\s))/gu;
/** "Company:", "Work mode:" — a capital, then at most two lower-case words ("Engineer Company:" is not one). */
const label = /(?<=\S)\s+(?=\p{Lu}[\p{L}'’-]*(?:\s[\p{Ll}'’-]+){0,2}:\s)/gu;
/** A sentence whose full stop went with the lost line break: "… (hybrid) We are looking for …". */
const lostSentence =
  /(?<=[\p{L})])\s+(?=(?:We|We're|We’re|Our|Join|You|You'll|You’ll|Are you|Vi|Wir|Nous|Nos)\s)/gu;
/** "Hull, United Kingdom" in the ad's head: the place line of the original layout. */
const headPlace =
  /(?<![\p{L}])\p{Lu}[\p{L}-]+,\s+\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?(?:\s*\([^)]{1,60}\))?/gu;
const headLength = 240;

/** Whether the heading starts with a capital (or the phrase is in a script without case). */
function capitalised(text: string): boolean {
  const first = text.charAt(0);
  return first !== first.toLowerCase() || first === first.toUpperCase();
}

/** Where the one long line should be cut (indices into its text). */
function cutsOf(text: string): number[] {
  const cuts = new Set<number>();
  for (const glyph of bulletGlyphs) {
    const inline = new RegExp(String.raw`(?<=\s)${escapeRegExp(glyph)}(?=\s+\S)`, "gu");
    const found = [...text.matchAll(inline)];
    if (found.length >= bulletRepeats) for (const m of found) cuts.add(m.index);
  }
  for (const m of text.matchAll(capsHeading)) {
    cuts.add(m.index);
    cuts.add(m.index + m[0].length);
  }
  for (const m of text.matchAll(label)) cuts.add(m.index + m[0].length);
  for (const m of text.matchAll(lostSentence)) cuts.add(m.index + m[0].length);
  // The head (title, company, place) was three short lines: cut around the place it names.
  for (const m of text.slice(0, headLength).matchAll(headPlace)) {
    const place = readLocation(m[0].replace(/\s*\(.*$/, ""));
    if (!place?.country || /:\s*$/.test(text.slice(0, m.index))) continue; // "Location: Kendal, …" stays whole
    cuts.add(m.index);
    cuts.add(m.index + m[0].length);
  }
  const lower = text.toLowerCase();
  const headings = lower.length === text.length ? lower.matchAll(headingPattern) : [];
  for (const m of headings) {
    const end = m.index + m[0].length;
    const phrase = text.slice(m.index, end);
    if (!capitalised(phrase) || !headingFits(phrase, text.slice(end))) continue;
    cuts.add(m.index);
    // "Company: Acme" stays one labelled line for the head reader; "Contact: …" is cut like any heading.
    if (!(labelHeadings.has(m[0]) && /^\s*:/.test(text.slice(end))))
      cuts.add(end + (text.slice(end).match(/^\s*:?\s*/)?.[0].length ?? 0));
  }
  return [...cuts].filter((c) => c > 0 && c < text.length).sort((a, b) => a - b);
}

function segmentsOf(line: ExtractedLine): Array<{ text: string; offset: number }> {
  const out: Array<{ text: string; offset: number }> = [];
  let from = 0;
  for (const cut of [...cutsOf(line.text), line.text.length]) {
    const raw = line.text.slice(from, cut);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text !== "") out.push({ text, offset: line.offset + from + lead });
    from = cut;
  }
  return out;
}

/** Job ads are shorter than CVs: a 200-character ad with almost no line breaks lost them. */
const minimumLength = 200;

function isFlatJob(doc: ExtractedDocument): boolean {
  const breaks = doc.text.match(/\n/g)?.length ?? 0;
  return doc.text.length >= minimumLength && (breaks / doc.text.length) * 1000 < flattenedBreaksPerThousand;
}

/** The job ad with its long lines cut back into head lines, headings and bullets; others as they are. */
export function segmentFlatJob(doc: ExtractedDocument): ExtractedDocument {
  if (!isFlatJob(doc)) return doc;
  const lines: ExtractedLine[] = [];
  for (const line of doc.lines) {
    const pieces = line.text.length > 160 ? segmentsOf(line) : [{ text: line.text, offset: line.offset }];
    for (const piece of pieces)
      lines.push({ text: piece.text, page: line.page, line: lines.length + 1, offset: piece.offset });
  }
  return { ...doc, lines };
}
