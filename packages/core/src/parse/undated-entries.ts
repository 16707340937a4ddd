import { type DatedBlock, isHeaderish } from "./dated-blocks";
import { findDates } from "./dates";
import { readHead } from "./entry-head";
import { entryLabel, otherFieldLine } from "./entry-labels";
import { placeTail, splitCommas } from "./head-places";
import type { ParseNormalizer } from "./normalizer";
import { readLocation } from "./places";
import { companyScore, hasRoleWord, titleScore } from "./roles";
import { bulletItem, type Line, words } from "./text";

/**
 * Entries a CV gives no dates for ("Receptionist, Quellin Bank of Dover, DE",
 * "Waitress, Tarvo Grill, Ames, IA"): a short line of an experience section, outside every
 * dated entry's header, that reads as a title and an employer — each with a cue of its own (a
 * role word or a taxonomy title; an organisation cue or a known place after it). Such a line
 * starts an entry of its own and ends the body of the entry above it. So does a job-board pair
 * "Title" / "Employer - City -" (each a paragraph of its own) with no dates under it.
 */

/** Where an undated entry's date would be: nowhere (start and end unknown). */
const noDate = { start: null, end: null, current: false, length: 0, single: true } as const;

export function readsAsEntryHead(line: Line, normalizer: ParseNormalizer): boolean {
  const text = line.text;
  if (text.length > 100 || bulletItem(text) || !isHeaderish(line) || words(text).length > 12) return false;
  // Title and employer on one line need something between them ("Cashier, Contoso", "Cashier - Contoso").
  if (/[:;]|[.!?]$/.test(text) || !/[,|–—]|\s-\s|\sat\s/.test(text)) return false;
  const head = readHead([{ text, source: 0, at: 0 }], normalizer);
  const title = head.title?.text ?? "";
  const company = head.company?.text ?? "";
  if (title === "" || company === "" || title.length > 60) return false;
  const knownPlace = head.location !== null && readLocation(head.location.piece.text, true) !== null;
  if (titleScore(title, normalizer) < 2 || companyScore(title) > 0 || titleScore(company, normalizer) > 0)
    return false;
  // A name with no organisation word ("1st Year Analyst, Zentra Partners") still reads as the
  // employer when the title is written as titles are: capitalised words ending in a role noun.
  return (
    companyScore(company) >= 2 ||
    knownPlace ||
    (capitalised(title) && endsInRole(title) && capitalised(company))
  );
}

/** Every word capitalised (or a number, or a short joiner): "Zentra Partners", "1st Year Analyst". */
function capitalised(text: string): boolean {
  const all = text.split(/[\s/]+/).filter((w) => w !== "");
  return (
    all.length <= 6 && all.every((w) => /^[\p{Lu}\d]/u.test(w) || /^(?:of|and|&|for|the|in|de)$/.test(w))
  );
}

/**
 * An employer's name, with or without its place: an organisation cue ("Redpill Linpro AB",
 * "UNWFP"), or a name before a known place ("Tarvo Acres Center, Dover, DE"); never a title.
 */
export function readsAsEmployer(text: string, normalizer: ParseNormalizer): boolean {
  if (text === "" || titleScore(text, normalizer) >= 2) return false;
  if (companyScore(text) >= 1) return true;
  const commas = splitCommas({ text, source: 0, at: 0 });
  return commas.length > 1 && placeTail(commas, normalizer, false) !== null;
}

/** A short line standing alone (a blank line or nothing on each side), as job-board exports write each header line. */
function standsAlone(lines: Line[], k: number): boolean {
  return (lines[k - 1]?.text ?? "") === "" && (lines[k + 1]?.text ?? "") === "";
}

/**
 * "Associate Software Engineer": a company word inside ("software"), but a role noun is its head;
 * in "Vice President of International Sales" the head is the word before "of".
 */
function endsInRole(text: string): boolean {
  const head = words(text.split(/\s+of\s+/i)[0] ?? "").at(-1) ?? "";
  return hasRoleWord(head) || hasRoleWord(words(text).at(-1) ?? "");
}

/**
 * A line inside an entry's body that is a job title and nothing else ("Senior IT Manager/Director",
 * "Sales Director", "Analyst – Team Lead": two titles joined by any dash): short, written in Title
 * Case as titles are (duties are sentences), no sentence punctuation, and a role noun as its last word.
 */
export function readsAsRoleLine(line: Line, normalizer: ParseNormalizer): boolean {
  const text = line.text;
  // "Sr." and "Jr." are part of a title; other full stops, colons and commas belong to sentences.
  const bare = text.replace(/\b(Sr|Jr|Asst|Snr)\.(?=\s)/g, "$1");
  if (bulletItem(text) || !isHeaderish(line) || words(text).length > 6 || /[.:;,\d]/.test(bare)) return false;
  // "Volunteer of the Month Award": an honour, not a job.
  if (/\b(?:awards?|prizes?|scholarships?|honou?rs?)$/i.test(text)) return false;
  const titleCase = text
    .split(/[\s/]+/)
    .filter((w) => w !== "")
    .every((w) => /^\p{Lu}/u.test(w) || /^(?:of|and|&|for|the|in|to|[-–—])$/.test(w));
  return titleCase && endsInRole(text) && titleScore(text, normalizer) >= 2;
}

/** Job boards keep what their author typed: a title standing alone reads the same in lower case ("process associate"). */
function headerAsTyped(line: Line): boolean {
  return isHeaderish({ ...line, text: line.text.replace(/^\p{Ll}/u, (c) => c.toUpperCase()) });
}

/**
 * "Title" then "Employer [- City -]", each a paragraph of its own, with no dates: a job-board entry
 * left undated. The export's "Employer -" / "Employer -  City -" says so without the blank lines
 * too ("-" closing the line, or two spaces after it), when a form that drops empty lines put
 * the two right under each other.
 */
function titleOverEmployer(lines: Line[], k: number, normalizer: ParseNormalizer): Line | null {
  const title = lines[k] as Line;
  const next = lines.slice(k + 1, k + 4).find((l) => l.text !== "");
  if (!next) return null;
  const paragraphs = standsAlone(lines, k) && standsAlone(lines, lines.indexOf(next));
  // The section's first two lines are its first entry's header, blank lines or none.
  const firstWritten = lines.findIndex((l) => l.text !== "");
  const opensSection = next === lines[k + 1] && (firstWritten < 0 || firstWritten >= k);
  if (!paragraphs && !opensSection && !(next === lines[k + 1] && /\S\s+-(?:\s*$| {2}\S)/.test(next.text)))
    return null;
  const short = (l: Line) => words(l.text).length <= 6 && !/[:;.]$|:/.test(l.text);
  // Job boards keep the employer as its author typed it: "oracle", "infosys" start lower-case.
  const employerLine = next.text.length <= 100 && !bulletItem(next.text) && short(next);
  if (
    !(headerAsTyped(title) && short(title)) ||
    !employerLine ||
    titleScore(title.text, normalizer) < 2 ||
    (companyScore(title.text) > 0 && !endsInRole(title.text))
  )
    return null;
  const employer = next.text.replace(/\s+-\s*$/, "").split(/\s+-\s+/)[0] ?? "";
  return titleScore(employer, normalizer) < 2 ? next : null;
}

/** "Employer, City, ST" then "Title" with no dates ("Tarvo Learning Trust, Miami, FL" / "English Teacher"). */
function employerOverTitle(lines: Line[], k: number, normalizer: ParseNormalizer): Line | null {
  const employer = lines[k] as Line;
  const title = lines.slice(k + 1, k + 3).find((l) => l.text !== "");
  if (!title || !isHeaderish(employer) || words(employer.text).length > 10 || /[.:;]$/.test(employer.text))
    return null;
  const commas = splitCommas({ text: employer.text, source: 0, at: 0 });
  const placed = commas.length > 1 && placeTail(commas, normalizer, false) !== null;
  if (!placed || titleScore(employer.text, normalizer) >= 2 || !readsAsEmployer(employer.text, normalizer))
    return null;
  const short = isHeaderish(title) && words(title.text).length <= 6 && !/[.:;,]/.test(title.text);
  return short && titleScore(title.text, normalizer) >= 2 && companyScore(title.text) === 0 ? title : null;
}

/**
 * "Company: Genpact India" / "Client: Siemens" / "SAP SRM consultant": a labelled employer that
 * starts a job of its own (not the one whose dates stand right above it), and the title line
 * written within the next three lines. The title comes first in the header, the label after it.
 */
function labelledEmployerOverTitle(lines: Line[], k: number, normalizer: ParseNormalizer): Line[] | null {
  const line = lines[k] as Line;
  if (entryLabel(line)?.field !== "employer") return null;
  const above = lines.slice(0, k).findLast((l) => l.text !== "");
  if (above && findDates(above.text).length > 0) return null;
  const title = lines
    .slice(k + 1)
    .filter((l) => l.text !== "")
    .slice(0, 3)
    .find((l) => {
      const text = l.text.replace(/\.$/, "");
      const label = entryLabel(l);
      if (label) return label.field === "title";
      return (
        isHeaderish(l) && words(text).length <= 8 && !/[:;]/.test(text) && titleScore(text, normalizer) >= 2
      );
    });
  return title ? [title, line] : null;
}

/**
 * "Insurance Clerk. Worked through the backlog of motor claims…": a paragraph that opens with
 * a job title closed by a full stop, its duties run on after it, as résumés written in prose do
 * (and flattened text whose line break after the title was lost). The title is the entry's head.
 */
function titleOpeningParagraph(lines: Line[], k: number, normalizer: ParseNormalizer): Line | null {
  const line = lines[k] as Line;
  if (k > 0 && lines[k - 1]?.text !== "") return null;
  const opening = /^([^.!?:;]{3,60})\.\s+(?=\p{Lu})/u.exec(line.text)?.[1];
  if (!opening) return null;
  const title = { ...line, text: opening };
  return readsAsRoleLine(title, normalizer) ? title : null;
}

/** The duties after a title that opens their paragraph ("Worked through the backlog…"), as a line of the body. */
function runOn(line: Line, head: Line): Line[] {
  if (head.text === line.text) return [];
  const rest = line.text.slice(head.text.length).replace(/^\.\s+/u, "");
  return [{ ...line, text: rest, start: line.start + line.text.length - rest.length }];
}

/** The header lines of every undated entry among the lines outside the dated entries' headers. */
export function undatedHeads(lines: Line[], covered: Set<number>, normalizer: ParseNormalizer): Line[][] {
  const heads: Line[][] = [];
  for (let k = 0; k < lines.length; k += 1) {
    const line = lines[k] as Line;
    // "Client: Harlow Bank", "Supervisor | Ada Quill": a field of the entry, neither title nor employer.
    if (line.text === "" || covered.has(line.i) || otherFieldLine(line)) continue;
    if (readsAsEntryHead(line, normalizer)) {
      heads.push([line]);
      continue;
    }
    const opening = titleOpeningParagraph(lines, k, normalizer);
    if (opening) {
      heads.push([opening]);
      continue;
    }
    const employer = titleOverEmployer(lines, k, normalizer);
    if (employer && !covered.has(employer.i)) {
      heads.push([line, employer]);
      k = lines.indexOf(employer);
      continue;
    }
    const title = employerOverTitle(lines, k, normalizer);
    if (title && !covered.has(title.i)) {
      heads.push([line, title]);
      k = lines.indexOf(title);
      continue;
    }
    const labelled = labelledEmployerOverTitle(lines, k, normalizer);
    if (labelled && !labelled.some((l) => covered.has(l.i))) {
      heads.push(labelled);
      k = lines.indexOf(labelled[0] as Line);
    }
  }
  return heads;
}

export function withUndatedEntries(
  blocks: DatedBlock[],
  lines: Line[],
  normalizer: ParseNormalizer,
): DatedBlock[] {
  const covered = new Set(blocks.flatMap((b) => b.head.map((l) => l.i)));
  const heads = undatedHeads(lines, covered, normalizer);
  if (heads.length === 0) return blocks;
  // A header's lines need not be in reading order (title, then the "Company:" label above it).
  const startOf = (head: Line[]) => Math.min(...head.map((l) => l.i));
  const headStarts = [...blocks.map((b) => b.head[0]?.i ?? b.anchor.i), ...heads.map(startOf)];
  const nextStart = (i: number) => Math.min(...headStarts.filter((s) => s > i), Number.POSITIVE_INFINITY);
  const dated = blocks.map((b) => {
    const stop = nextStart(b.anchor.i);
    return { ...b, body: b.body.filter((l) => l.i < stop) };
  });
  const undated: DatedBlock[] = heads.map((head) => {
    const anchor = head[0] as Line;
    const last = Math.max(...head.map((l) => l.i));
    const stop = nextStart(startOf(head));
    return {
      anchor,
      date: { ...noDate, index: anchor.text.length },
      head,
      body: [
        ...runOn(lines.find((l) => l.i === anchor.i) ?? anchor, anchor),
        ...lines.filter((l) => l.i > last && l.i < stop && l.text !== ""),
      ],
      inline: anchor.text,
      above: false,
    };
  });
  return [...dated, ...undated].sort((a, b) => startOf(a.head) - startOf(b.head));
}
