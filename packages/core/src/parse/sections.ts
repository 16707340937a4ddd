import { findDates } from "./dates";
import { isDegreeMention } from "./education";
import { companyScore, hasRoleWord } from "./roles";
import { bulletItem, fold, headingKey, isAllCaps, type Line, splitLabel, words } from "./text";

/**
 * Splits a document into sections at its headings. A heading is a line whose words name a
 * section in the lexicon; layout (heading markup, bold, a larger font, ALL CAPS, a trailing
 * colon, Markdown #) lets a line carry extra words ("Relevant Work Experience") and lets
 * unknown headings of the same rank close the section before them.
 */

export interface Section<K extends string> {
  /** "header" is everything before the first heading; "other" an unknown heading. */
  kind: K | "header" | "other";
  heading: Line | null;
  /** The heading line is included when it carries content ("Skills: Python, SQL"). */
  lines: Line[];
}

export type HeadingIndex<K extends string> = Map<string, K>;

export function headingIndex<K extends string>(lexicon: Record<K, string[]>): HeadingIndex<K> {
  const index = new Map<string, K>();
  for (const [kind, phrases] of Object.entries(lexicon) as [K, string[]][]) {
    for (const phrase of phrases) if (!index.has(fold(phrase))) index.set(fold(phrase), kind);
  }
  return index;
}

const modifiers = new Set(
  "my|our|your|relevant|selected|key|other|additional|main|professional|technical|core|recent|previous|full|detailed|summary of|mine|meine|mes|mis".split(
    "|",
  ),
);
const joiners = /\s+(?:&|and|og|und|et|y|e|och|en|\+)\s+|\s*[/,&·|]\s*|\s+و/u;

function lookup<K extends string>(key: string, index: HeadingIndex<K>, loose: boolean): K | null {
  const exact = index.get(key);
  if (exact) return exact;
  const trimmed = words(key).filter((w) => !modifiers.has(w));
  const stripped = index.get(trimmed.join(" "));
  if (stripped) return stripped;
  for (const part of key.split(joiners)) {
    const hit =
      index.get(part.trim()) ??
      index.get(
        words(part)
          .filter((w) => !modifiers.has(w))
          .join(" "),
      );
    if (hit) return hit;
  }
  if (!loose) return null;
  const all = words(key);
  for (let n = all.length - 1; n >= 1; n -= 1) {
    const hit = index.get(all.slice(0, n).join(" ")) ?? index.get(all.slice(-n).join(" "));
    if (hit) return hit;
  }
  return null;
}

export function isStyled(line: Line, bodyFont: number | null): boolean {
  return (
    line.heading ||
    line.bold ||
    /^#{1,6}\s/.test(line.text) ||
    /[:：]$/.test(line.text) ||
    isAllCaps(line.text) ||
    (bodyFont !== null && line.fontSize !== null && line.fontSize > bodyFont * 1.12)
  );
}

/** The body font size: the most common size over non-blank lines (null when no sizes). */
export function bodyFontSize(lines: Line[]): number | null {
  const counts = new Map<number, number>();
  for (const l of lines)
    if (l.fontSize !== null && l.text) counts.set(l.fontSize, (counts.get(l.fontSize) ?? 0) + 1);
  let best: number | null = null;
  for (const [size, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = size;
  return best;
}

/** Every word capitalised (short joiners aside): "Marketing Related Experience". */
function isTitleCase(text: string): boolean {
  const all = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  return all.length >= 2 && all.every((w) => /^\p{Lu}/u.test(w) || /^(?:and|of|in|&|the|for)$/.test(w));
}

/**
 * "Associate - Projects", "Lead | Training", "Director of Education", "Engineer in Training": a
 * job and its department or field, not a heading.
 */
function roleBeforeField(text: string): boolean {
  const [job, rest] = text.split(/\s[-–—|]\s|\s(?:of|in|for)\s/u);
  return rest !== undefined && hasRoleWord(job ?? "");
}

const spacedIndexes = new WeakMap<HeadingIndex<string>, Map<string, { kind: string; words: number }>>();

/** The index keyed on each heading's letters run together ("work experience" → "workexperience"). */
function spacedIndex<K extends string>(index: HeadingIndex<K>): Map<string, { kind: K; words: number }> {
  let spaced = spacedIndexes.get(index);
  if (!spaced) {
    spaced = new Map();
    for (const [phrase, kind] of index) {
      const joined = phrase.replace(/\s+/g, "");
      if (!spaced.has(joined)) spaced.set(joined, { kind, words: words(phrase).length });
    }
    spacedIndexes.set(index, spaced);
  }
  return spaced as Map<string, { kind: K; words: number }>;
}

/**
 * Letter-spaced headings as PDFs extract them: small capitals ("P ROFESSIONAL E XPERIENCE", each
 * word's first letter apart) and kerned words broken anywhere ("E xp er ie nc e", "Ke y S ki ll s").
 * A line of letters alone in more pieces than the heading has words, whose letters run together
 * spell that heading, is that heading: words written apart never spell one by chance.
 */
export function spacedHeading<K extends string>(pieces: string[], index: HeadingIndex<K>): K | null {
  if (pieces.length < 2 || !pieces.every((p) => /^\p{L}+$/u.test(p))) return null;
  const hit = spacedIndex(index).get(pieces.join(""));
  return hit && pieces.length > hit.words ? hit.kind : null;
}

/** The section a line heads, or null. Also reports whether the line carries content. */
export function classifyHeading<K extends string>(
  line: Line,
  index: HeadingIndex<K>,
  bodyFont: number | null,
): { kind: K; inline: boolean } | null {
  const text = line.text;
  if (text === "" || text.length > 70) return null;
  // "6. Employment History" is a numbered heading when what follows the number is one, word for word.
  const numbered = /^\d{1,2}[.)]\s/.test(text) && index.has(headingKey(text));
  if (bulletItem(text) && !/^#/.test(text) && !numbered) return null;
  const labelled = splitLabel(text);
  if (labelled && words(labelled.label).length <= 4) {
    const kind = lookup(headingKey(labelled.label), index, false);
    return kind ? { kind, inline: true } : null;
  }
  if (/[@]|https?:|\d{3}/.test(text) || findDates(text).length > 0) return null;
  const key = headingKey(text);
  const keyWords = words(key);
  const spaced = spacedHeading(keyWords, index);
  if (spaced) return { kind: spaced, inline: false };
  const count = keyWords.length;
  if (key === "" || count > 7) return null;
  const styled = isStyled(line, bodyFont);
  // A lower-case line is a heading only when it is one, word for word ("work experience").
  const lowerHeading = count >= 2 && index.has(key) && !/[.;]$/.test(text);
  if (!styled && !lowerHeading && (count > 4 || /[.;]$/.test(text) || /^\p{Ll}/u.test(text))) return null;
  // A Title Case line on its own ("Customer Service Experience") is written like a heading,
  // unless it names an organisation ("HCL Technologies").
  const titled = count <= 4 && isTitleCase(text) && companyScore(text) === 0;
  const kind = lookup(key, index, (styled && count <= 6) || titled);
  // "Education Consultant" (a role noun is its head), "Teaching Credential in Education" and
  // "Master of Arts, Education" (a degree leads) hold a section word, but they are a job title
  // and degrees, not headings.
  const loose = kind !== null && count >= 2 && !lookup(key, index, false);
  if (loose && (hasRoleWord(keyWords.at(-1) ?? "") || roleBeforeField(text) || isDegreeMention(text)))
    return null;
  const lead = key.split(joiners)[0]?.trim() ?? "";
  if (kind && lead !== key && !index.has(lead) && isDegreeMention(lead)) return null;
  return kind ? { kind, inline: false } : null;
}

/** Sections made of entries, where a "Label: value" line is content, not a new section. */
const entryKinds = new Set<string>([
  "experience",
  "education",
  "projects",
  "responsibilities",
  "requirements",
  "nice",
  "role",
]);

/** The entry sections a labelled heading line moves between: a CV's work and its schooling. */
const crossingKinds = new Set<string>(["experience", "education"]);

function markdownLevel(text: string): number | null {
  const m = /^(#{1,6})\s/.exec(text);
  return m?.[1] ? m[1].length : null;
}

/** Words that qualify an entry's sub-heading ("Select Achievements", "Notable Projects"). */
const entryPartModifiers = new Set(["select", "notable", "major", "significant", "some"]);

/**
 * A heading-like line made only of entry sub-headings ("Responsibilities & Achievements",
 * "Key Achievements:"): inside an entry section it belongs to the entry.
 */
export function entryPartTest(phrases: readonly string[]): (line: Line) => boolean {
  const known = new Set(phrases.map((p) => fold(p)));
  const whole = new Set(phrases.map((p) => headingKey(p)));
  return (line) => {
    const key = headingKey(splitLabel(line.text)?.label ?? line.text);
    // Word for word first: "Duties, Accomplishments and Related Skills" is one sub-heading (USAJOBS), not three.
    if (whole.has(key)) return true;
    const parts = key.split(joiners).map((p) =>
      words(p)
        .filter((w) => !modifiers.has(w) && !entryPartModifiers.has(w))
        .join(" "),
    );
    return key !== "" && parts.every((p) => p === "" || known.has(p) || known.has(`key ${p}`));
  };
}

export function splitSections<K extends string>(
  lines: Line[],
  index: HeadingIndex<K>,
  extra?: (line: Line) => K | null,
  entryPart?: (line: Line) => boolean,
): Section<K>[] {
  const bodyFont = bodyFontSize(lines);
  const found = lines.map((line) => {
    const hit = classifyHeading(line, index, bodyFont);
    const more = hit ? null : extra?.(line);
    return hit ?? (more ? { kind: more, inline: false } : null);
  });
  const known = lines.filter((_, i) => found[i] && !found[i]?.inline);
  const mdLevels = known.map((l) => markdownLevel(l.text)).filter((n): n is number => n !== null);
  const fonts = known.map((l) => l.fontSize).filter((n): n is number => n !== null);
  const minFont = fonts.length > 0 && bodyFont !== null ? Math.min(...fonts) : null;
  const unknownHeading = (line: Line): boolean => {
    if (line.text === "" || line.text.length > 60 || findDates(line.text).length > 0) return false;
    const level = markdownLevel(line.text);
    if (level !== null) return mdLevels.length === 0 || level <= Math.min(...mdLevels);
    return (
      minFont !== null &&
      line.fontSize !== null &&
      line.fontSize >= minFont - 0.25 &&
      minFont > (bodyFont ?? 0)
    );
  };

  const sections: Section<K>[] = [{ kind: "header", heading: null, lines: [] }];
  let seenKnown = false;
  for (const [i, line] of lines.entries()) {
    const hit = found[i];
    const current = sections.at(-1) as Section<K>;
    // "Employment: Quellin Ltd" under education opens the other section; "Projects: …" or
    // "Responsibilities: …" inside a job are the job's.
    const crosses =
      hit?.inline === true &&
      crossingKinds.has(hit.kind) &&
      crossingKinds.has(current.kind) &&
      hit.kind !== current.kind;
    const insideEntry =
      entryKinds.has(current.kind) && !crosses && (hit?.inline || entryPart?.(line) === true);
    const underHeading = current.heading !== null && current.lines.every((l) => l.text === "");
    // "EDUCATION" / "AND TRAINING": the rest of a heading broken over two lines is no line of its section.
    if (underHeading && /^(?:AND|&)\s+\p{Lu}+(?:\s+\p{Lu}+){0,2}$/u.test(line.text)) continue;
    // "Employment History" / "A. Higher Education": a lettered heading right under a heading is
    // the first part of that section, not a section of its own.
    const lettered = underHeading && /^[A-H][.)]\s/.test(line.text);
    if (hit && !insideEntry && !lettered) {
      seenKnown ||= !hit.inline;
      sections.push({ kind: hit.kind, heading: line, lines: hit.inline ? [line] : [] });
    } else if (seenKnown && unknownHeading(line)) {
      sections.push({ kind: "other", heading: line, lines: [] });
    } else {
      current.lines.push(line);
    }
  }
  return sections;
}

/** All lines of the sections of one kind, in order. */
export function linesOf<K extends string>(sections: Section<K>[], kind: K | "header" | "other"): Line[] {
  return sections.filter((s) => s.kind === kind).flatMap((s) => s.lines);
}
