import { type DateHit, findDates } from "./dates";
import { cleanPiece } from "./entry-head";
import { entryLabel, otherFieldLine } from "./entry-labels";
import { endsInOpenDash, isDuration, withoutClosingStop } from "./header-lines";
import { entryPartHeadings } from "./headings";
import { isPlaceholderDate, placeholderDateAtEnd } from "./placeholder-dates";
import { readLocation } from "./places";
import { companyScore, hasRoleWord } from "./roles";
import { entryPartTest } from "./sections";
import { bulletItem, closesSentence, type Line, words, writtenAsName, writtenAsSentence } from "./text";
import { joinWrappedDates } from "./wrapped-lines";

/**
 * Dated entries (jobs, degrees, projects) from the lines of a section. Each entry is anchored
 * on a line holding a date range; its header lines (title, company) sit on that line, above it,
 * or below it — the first entry decides which, since a CV keeps one layout throughout.
 */

export interface DatedBlock {
  anchor: Line;
  date: DateHit;
  /** Header lines (title/company/location) in reading order, the anchor included. */
  head: Line[];
  body: Line[];
  /** The anchor line with the date taken out. */
  inline: string;
  /** Header lines sit above the dates in this section's layout. */
  above: boolean;
}

export function isHeaderish(line: Line): boolean {
  const t = line.text;
  return (
    t !== "" &&
    t.length <= 100 &&
    // "2. Company : Zentra Health": a numbered entry opens on its first labelled field.
    (!bulletItem(t) || (/^\s*\d{1,2}[.)]/u.test(t) && entryLabel(line) !== null)) &&
    words(t).length <= 14 &&
    // Lower case opens a sentence's next line; "eQuellin Services", "iGate" are names written so.
    !/^\p{Ll}(?!\p{Lu})/u.test(t) &&
    // A stop closes a sentence, not a labelled name ("Organisation : Quellin Services Pvt. Ltd.").
    !(/[.!?]$/.test(t) && words(t).length > 6 && entryLabel(line) === null)
  );
}

/**
 * Job boards print what was typed into their form: "quellin tech -  Pune, Maharashtra -" (a name,
 * a dash, its place) and the title standing alone above it are header lines, though they start in
 * lower case or run to fourteen words.
 */
function typedHeader(lines: Line[], at: number, floor: number): boolean {
  const text = lines[at]?.text ?? "";
  if (text === "" || text.length > 100 || bulletItem(text) || /[.;:!?]$/.test(text)) return false;
  if (boardEmployerLine(text)) return words(text).length <= 10;
  const under = lines[at + 1]?.text === "" ? lines[at + 2] : lines[at + 1];
  // Alone in its paragraph, or under a duty bullet that closed (a form that drops empty lines).
  const above = lines[at - 1]?.text ?? "";
  const alone =
    at - 1 <= floor ||
    above === "" ||
    (bulletItem(above) !== null && !/(?:[,;&-]|\b(?:and|or|of|the|to|in))$/iu.test(above));
  return alone && words(text).length <= 14 && under !== undefined && boardEmployerLine(under.text);
}

/** "Quellin -  Pune, Maharashtra -", "Quellin -": a job board's employer line (a dash after the name, two spaces or nothing after it). */
export function boardEmployerLine(text: string): boolean {
  return endsInOpenDash(text) || /\S\s[-–]\s{2,}\S/.test(text);
}

/** A row's column gap (three spaces or more, a tab) written as a bar. */
const columnsApart = (text: string): string => text.replace(/(?<=\S)(?: {3,}|\t+)(?=\S)/gu, " | ");

/** "Process Expert at Quellin from June 2015 …": the word that leads into the dates is theirs, not the employer's. */
const leadIntoDates = /\s+(?:from|since|between|during|dated|w\.?e\.?f\.?)\s*$/iu;

/** "June 2015 - Present (8 years 1 month)", "… · 8 yrs 1 mo": how long the job lasted, after its dates. */
const durationAfterDates =
  /^\s*(?:\(\s*|[·•|,-]\s*)\d+\+?\s*(?:years?|yrs?|months?|mos?)(?:,?\s*(?:and\s+)?\d+\s*(?:months?|mos?))?\s*\)?/iu;

/**
 * "June 2015 - May 2017 (2 years)": the block prints how long the job lasted after its dates, as
 * LinkedIn and Naukri exports do under each role of an employer's group.
 */
export function printsDuration(block: DatedBlock): boolean {
  return durationAfterDates.test(block.anchor.text.slice(block.date.index + block.date.length));
}

/** A short header-like line with blank lines (or the section start) on both sides. */
function standsAlone(lines: Line[], at: number, floor: number): boolean {
  const line = lines[at];
  if (!line || at <= floor) return false;
  // Above "Quellin -  Pune -" stands the title, however long the user typed it.
  if (!typedHeader(lines, at, floor) && (!isHeaderish(line) || words(line.text).length > 8)) return false;
  const above = lines[at - 1];
  return at - 1 <= floor || !above || above.text === "" || pageFurniture(above);
}

/** A bare URL on a line of its own: a job board's page footer, printed wherever the page broke. */
function pageFurniture(line: Line): boolean {
  return /^(?:https?:\/\/|www\.)\S+$/.test(line.text);
}

/** The nearest line above `at` with text that is not page furniture (at most three blanks up); -1 when none. */
function nextText(lines: Line[], at: number, floor: number): number {
  for (let j = at - 1; j > floor && j >= at - 4; j -= 1) {
    const line = lines[j] as Line;
    if (line.text !== "" && !pageFurniture(line)) return j;
  }
  return -1;
}

/**
 * A single date that dates an entry ("Summer 2014", "Acme, Chicago | 6/2010", "2014"): alone on
 * its line, or closing a short header line after a separator or a column gap.
 */
function loneEntryDate(line: Line, now: Date): DateHit | undefined {
  if (!isHeaderish(line) || words(line.text).length > 12) return undefined;
  // "Spring [year]", "May 20XX" (alone, or closing the line after a separator): a template's
  // placeholder marks where the entry's date is.
  const placeholder = placeholderDateAtEnd(line.text);
  const placed = placeholder === 0 || /[,|(–—-]\s*$/.test(line.text.slice(0, placeholder));
  if (isPlaceholderDate(line.text) || (placeholder > 0 && placed)) {
    const index = Math.max(placeholder, 0);
    return { start: null, end: null, current: false, index, length: line.text.length - index, single: true };
  }
  const date = findDates(line.text, now, true).at(-1);
  if (!date?.single) return undefined;
  const before = line.text.slice(0, date.index);
  const after = line.text.slice(date.index + date.length);
  // "2008:" over the entry it dates, as "2011 - 2014:" is.
  if (/^\s*:\s*$/.test(after)) return /^\s*$/.test(before) ? date : undefined;
  if (!/^[\s).,]*$/.test(after)) return undefined;
  // "Zentra Energy\tSummer 2014": a column gap (a tab, a run of spaces) sets it apart as a separator does.
  if (/^[\s(]*$/.test(before) || /(?:[,|(–—-]\s*|\t\s*| {3,})$/.test(before)) return date;
  return noteClosedBy(date, before, after);
}

/**
 * A date closing a short note in brackets after the header ("Night Porter (seasonal contract
 * Oct. 2019)") dates the entry as a separator before it would; the whole note is the
 * date's span, so the title keeps no half of it.
 */
function noteClosedBy(date: DateHit, before: string, after: string): DateHit | undefined {
  const note = /\(([^()]*)$/.exec(before);
  const close = /^\s*\)/.exec(after);
  if (!note || !close || words(note[1] ?? "").length > 4) return undefined;
  return { ...date, index: note.index, length: before.length - note.index + date.length + close[0].length };
}

/** "Quellin | Jul 2017 Runs the weekly stock count and trains…": a single date that ends the header, a duty run on after it. */
function loneDateBeforeDuty(line: Line, now: Date): DateHit | undefined {
  // The cheap test first: a year, and words enough for a header and a sentence.
  if (!/\d{2}/.test(line.text) || words(line.text).length < 7) return undefined;
  for (const date of findDates(line.text, now, true)) {
    const end = date.index + date.length;
    if (date.single && writtenAsSentence(line.text.slice(end)))
      return loneEntryDate({ ...line, text: line.text.slice(0, end) }, now);
  }
  return undefined;
}

/**
 * "Associate Director Quellin School of Nursing and Midwifery Tarvo Valley University": a title and its
 * employer run on into one line of up to fourteen words, as text that lost its gaps leaves them,
 * every word capitalised, no label's colon and no list's comma at its end.
 */
function gluedHeader(text: string): boolean {
  return writtenAsName(text) && !text.includes(":") && !/,\s*$/u.test(text);
}

/** A line short enough to be one part of an entry's header, and no sentence. */
function shortHeader(line: Line): boolean {
  return isHeaderish(line) && words(line.text).length <= 8 && !/[.;:]$/.test(line.text);
}

/** "Title - Employer - Place" on one line, its title first. */
function wholeHeadLine(text: string, cues: EntryCues): boolean {
  const parts = text.split(/\s+[-–—|]\s+/u);
  return parts.length >= 3 && cues.isTitle(parts[0] ?? "") && !cues.isTitle(parts[1] ?? "");
}

/** A title under the dates may end in a colon, as a lead-in to its duties ("Project Manager:"). */
function shortTitleLine(line: Line, cues: EntryCues): boolean {
  const text = line.text.replace(/\s*:$/, "");
  return shortHeader({ ...line, text }) && cues.isTitle(text);
}

/** What a header line says, as far as finding an entry's header needs to know. */
export interface EntryCues {
  /** The text names a job ("Network Administrator"). */
  isTitle: (text: string) => boolean;
  /** The text names an employer ("Redpill Linpro AB", "Fabrikam Center, Austin, TX"). */
  isEmployer: (text: string) => boolean;
  /** A sub-heading inside an entry ("Responsibilities & Achievements"): the body starts there. */
  isSubheading: (line: Line) => boolean;
}

/** A sub-heading inside a work entry (codex/lexicon/headings.json, entry_parts). */
export const isEntryPart = entryPartTest(entryPartHeadings);
const roleWordCues: EntryCues = {
  isTitle: hasRoleWord,
  isEmployer: (text) => companyScore(text) >= 2 && !hasRoleWord(text),
  isSubheading: isEntryPart,
};

export function datedBlocks(source: Line[], now: Date, cues: EntryCues = roleWordCues): DatedBlock[] {
  const lines = joinWrappedDates(source, now);
  const anchors: Array<{ at: number; date: DateHit }> = [];
  lines.forEach((line, at) => {
    const date =
      line.text.length <= 160
        ? (findDates(line.text, now)[0] ?? loneEntryDate(line, now) ?? loneDateBeforeDuty(line, now))
        : undefined;
    if (date) anchors.push({ at, date });
  });
  if (anchors.length === 0) return [];

  const upFrom = (at: number, floor: number, max: number): number[] => {
    const out: number[] = [];
    // "Quellin -  Pune -" is a job board's employer line: its title stands above it, whatever the other entries hold.
    const room = () =>
      out.length < max || (out.length === max && endsInOpenDash(lines[out[0] ?? at]?.text ?? ""));
    for (let j = at - 1; j > floor && room(); j -= 1) {
      const line = lines[j] as Line;
      if (line.text === "" || pageFurniture(line)) {
        // Job-board exports put every header line in a paragraph of its own ("Title", blank,
        // "Company - City", blank, dates): blank lines (and a page's footer URL) are crossed when
        // a short line stands alone above them.
        const next = nextText(lines, j, floor);
        if (out.length > 0 && (next < 0 || !standsAlone(lines, next, floor))) break;
        continue;
      }
      // "Quellin" / "8 years 1 month" / "Team Lead": the employer's total time is no header line.
      if (out.length > 0 && isDuration(line.text)) continue;
      // "Title" / "Employer - Place -": a job board's header is whole at its title line.
      if (
        !(isHeaderish(withoutClosingStop(line)) || typedHeader(lines, j, floor)) ||
        (out.length >= 2 && endsInOpenDash(lines[out.at(-1) ?? at]?.text ?? "")) ||
        // "Kept the billing service up." over "Producer, Zentra Radio": the entry above's last duty.
        (out.length > 0 && closesSentence(line.text))
      )
        break;
      out.unshift(j);
      // "Software Engineer - Quellin - Redmond" right above the dates is a whole header: the lines
      // above it are the entry before.
      if (out.length === 1 && wholeHeadLine(line.text, cues)) break;
    }
    return out;
  };
  const firstHead = upFrom(anchors[0]?.at ?? 0, -1, 3);
  // "Quellin -" alone above the first dates: a job board's entry whose title was left empty; the
  // next entry's "Title" / "Employer -" shows the layout.
  const titleLeftEmpty = firstHead.length === 1 && endsInOpenDash(lines[firstHead[0] ?? 0]?.text ?? "");
  const second = anchors[1];
  const firstAbove =
    titleLeftEmpty && second
      ? Math.max(1, upFrom(second.at, anchors[0]?.at ?? -1, 3).length)
      : firstHead.length;
  const above = firstAbove > 0;

  const blocks: DatedBlock[] = [];
  let lastHeadAt = -1;
  anchors.forEach(({ at, date }, k) => {
    const anchor = lines[at] as Line;
    // The previous entry's header may reach below its dates: this header starts after it.
    const prevAt = lastHeadAt;
    const nextAt = anchors[k + 1]?.at ?? lines.length;
    // A sentence after the dates is the first duty, run on where the line break was lost.
    // "Restaurant Supervisor      Tarvo Kitchen, Belfast      Jan 2022 – present": a row whose columns
    // a run of spaces or a tab sets apart is split there, as at a bar.
    const trailing = columnsApart(
      anchor.text.slice(date.index + date.length).replace(durationAfterDates, ""),
    );
    const before = columnsApart(anchor.text.slice(0, date.index).replace(leadIntoDates, ""));
    const afterDates = writtenAsSentence(trailing) ? "" : trailing;
    // "HEAD OF SALES (2/14 - 9/16) Zentra Freight, York": the dates part two fragments of the header;
    // a note in brackets after them ("2019 – 2021 (contract)"), or a second name joined by "/" or "&",
    // stays with the header before.
    const [lead, rest] = [cleanPiece(before), cleanPiece(afterDates)];
    const parted = lead !== "" && /[\p{L}\p{N}]/u.test(rest) && !/^\s*[)\]]?\s*[([/&]/u.test(afterDates);
    const inline = parted ? `${lead} | ${rest}` : cleanPiece(`${before} ${afterDates}`);
    const headAbove = above ? upFrom(at, prevAt, firstAbove) : [];
    // "February 2013 to April 2014" / "1 Year 3 Months": the length of the job belongs to its dates.
    const datesEnd = at + 1 < nextAt && isDuration(lines[at + 1]?.text ?? "") ? at + 1 : at;
    const headBelow: number[] = [];
    // "Engineer | Acme    2019 – 2021" is a whole header: the lines under it are the body.
    const wholeInline = /[|—–·•@,]|\s-\s|\s(?:at|hos|bei|chez)\s/iu.test(inline);
    if (!wholeInline && (!above || (headAbove.length === 0 && inline === ""))) {
      // A date alone on its line may stand a blank line above its header ("Aug 2009 – Present", "", "Director - Studio").
      let j = datesEnd + 1;
      if (inline === "" && lines[j]?.text === "" && j + 1 < nextAt) j += 1;
      for (; j < nextAt && headBelow.length < 2; j += 1) {
        const line = lines[j] as Line;
        const bare = withoutClosingStop(line);
        if (
          line.text === "" ||
          !isHeaderish(bare) ||
          (words(line.text).length > 10 && !gluedHeader(line.text)) ||
          cues.isSubheading(line)
        )
          break;
        headBelow.push(j);
        if (bare !== line) break; // the full stop ends the header
      }
    } else if (![inline, ...headAbove.map((j) => lines[j]?.text ?? "")].some(cues.isTitle)) {
      // "Zentra Foods, Dover, DE | Mar 2016 – Present", or "Acme Inc" / "Chicago, IL" above the dates,
      // names no job: the title is the line under the dates, past the entry's other fields
      // ("Salary: …", "Hours per week: 40", as the USAJOBS builder prints them).
      let j = inline === "" && lines[datesEnd + 1]?.text === "" ? datesEnd + 2 : datesEnd + 1;
      for (let crossed = 0; crossed < 4 && j < nextAt && otherFieldLine(lines[j] as Line); crossed += 1)
        j += lines[j + 1]?.text === "" ? 2 : 1;
      const line = lines[j];
      if (j < nextAt && line && (shortTitleLine(line, cues) || entryLabel(line)?.field === "title"))
        headBelow.push(j);
    }
    // "Consultant" / "2012 – 2013" / "Redpill Linpro AB": a header with a title and no employer
    // takes an employer-like line from under it.
    const headTexts = () => [inline, ...[...headAbove, ...headBelow].map((j) => lines[j]?.text ?? "")];
    const takesEmployer = (line: Line | undefined): line is Line =>
      line !== undefined &&
      headTexts().some(cues.isTitle) &&
      !headTexts().some((text) => cues.isEmployer(text) || wholeHeadLine(text, cues)) &&
      shortHeader(line) &&
      !cues.isSubheading(line) &&
      cues.isEmployer(line.text);
    // Under dates that stand in a paragraph of their own, each header line may too (dates, "",
    // "Title", "", "Employer, City"): one blank line is crossed there.
    const paragraphs = headAbove.length === 0 && inline === "" && lines[datesEnd + 1]?.text === "";
    const nextLine = (from: number) =>
      paragraphs && lines[from]?.text === "" && from + 1 < nextAt ? from + 1 : from;
    // Dates, "", "Process Expert", "", "Quellin", "": in that paragraph layout a name standing
    // alone right under the title is its employer, cue or none (a duty is a sentence or a bullet).
    const namedAlone = (j: number): boolean => {
      const line = lines[j];
      return (
        j < nextAt &&
        line !== undefined &&
        headBelow.length === 1 &&
        headTexts().some(cues.isTitle) &&
        !headTexts().some(cues.isEmployer) &&
        shortHeader(line) &&
        writtenAsName(line.text) &&
        !cues.isTitle(line.text) &&
        !cues.isSubheading(line) &&
        (lines[j + 1]?.text ?? "") === ""
      );
    };
    const employerAt = nextLine((headBelow.at(-1) ?? datesEnd) + 1);
    const employerLine = employerAt < nextAt ? lines[employerAt] : undefined;
    if (takesEmployer(employerLine) || (paragraphs && namedAlone(employerAt))) headBelow.push(employerAt);
    // A place on its own line under the dates ("Madrid") belongs to the header.
    const after = nextLine((headBelow.at(-1) ?? datesEnd) + 1);
    const placeLine = after < nextAt ? lines[after] : undefined;
    if (placeLine && !bulletItem(placeLine.text) && readLocation(placeLine.text, true)) headBelow.push(after);
    // Dates / "Tarvo Research Institute" / "Leeds, UK" / "Research Programmer": a header
    // that still names no job takes its title from the line under it.
    const titleAt = nextLine((headBelow.at(-1) ?? datesEnd) + 1);
    const titleLine = titleAt < nextAt ? lines[titleAt] : undefined;
    if (titleLine && !headTexts().some(cues.isTitle) && shortTitleLine(titleLine, cues))
      headBelow.push(titleAt);
    // "Quellin Cable, Ames, IA" / "Support Assistant | 2015 - 2017": a header that
    // names a job and no employer takes an employer line standing right above it (the CV's other
    // entries may have nothing above their dates, so the layout alone does not say so).
    const topAt = headAbove[0] ?? at;
    const aboveAt = lines[topAt - 1]?.text === "" ? topAt - 2 : topAt - 1;
    const employerAbove = lines[aboveAt];
    const boardEmployer = headAbove.some((j) => endsInOpenDash(lines[j]?.text ?? ""));
    // "Zentra Freight Ltd, York" / "March 2018 - Sep 2018" / duties: dates with no header of their own
    // take the employer line right above them too.
    const bareDates = inline === "" && headAbove.length === 0 && headBelow.length === 0;
    const namesEmployer = (line: Line | undefined): line is Line =>
      line !== undefined && shortHeader(line) && !cues.isSubheading(line) && cues.isEmployer(line.text);
    if (
      aboveAt > prevAt &&
      !boardEmployer &&
      (takesEmployer(employerAbove) || (bareDates && namesEmployer(employerAbove)))
    ) {
      headAbove.unshift(aboveAt);
      const previous = blocks.at(-1);
      if (previous) previous.body = previous.body.filter((l) => l !== employerAbove);
    }
    const bodyStart = (headBelow.at(-1) ?? datesEnd) + 1;
    lastHeadAt = bodyStart - 1;
    const nextHeadStart =
      above && anchors[k + 1] ? (upFrom(nextAt, lastHeadAt, firstAbove)[0] ?? nextAt) : nextAt;
    blocks.push({
      anchor,
      date,
      head: [...headAbove.map((j) => lines[j] as Line), anchor, ...headBelow.map((j) => lines[j] as Line)],
      body: lines.slice(bodyStart, nextHeadStart).filter((l) => l.text !== ""),
      inline,
      above,
    });
  });
  return blocks;
}
