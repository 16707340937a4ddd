import type { Evidence } from "../card/shared";
import type { WorkExperience } from "../resume/resume-card-v1";
import { type DateHit, findDates } from "./dates";
import { cleanPiece, type HeadLayout, type HeadPiece, readHead } from "./entry-head";
import type { ParseNormalizer } from "./normalizer";
import { readLocation } from "./places";
import { hasRoleWord } from "./roles";
import { bulletItem, type Line, words } from "./text";
import { evidenceOn, joinWrappedDates, physical } from "./wrapped-lines";

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
    !bulletItem(t) &&
    words(t).length <= 14 &&
    !/^\p{Ll}/u.test(t) &&
    !(/[.!?]$/.test(t) && words(t).length > 6)
  );
}

/** A short header-like line with blank lines (or the section start) on both sides. */
function standsAlone(lines: Line[], at: number, floor: number): boolean {
  const line = lines[at];
  if (!line || at <= floor || !isHeaderish(line) || words(line.text).length > 8) return false;
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

export function datedBlocks(source: Line[], now: Date): DatedBlock[] {
  const lines = joinWrappedDates(source, now);
  const anchors: Array<{ at: number; date: DateHit }> = [];
  lines.forEach((line, at) => {
    const date = line.text.length <= 160 ? findDates(line.text, now)[0] : undefined;
    if (date) anchors.push({ at, date });
  });
  if (anchors.length === 0) return [];

  const upFrom = (at: number, floor: number, max: number): number[] => {
    const out: number[] = [];
    for (let j = at - 1; j > floor && out.length < max; j -= 1) {
      const line = lines[j] as Line;
      if (line.text === "" || pageFurniture(line)) {
        // Job-board exports put every header line in a paragraph of its own ("Title", blank,
        // "Company - City", blank, dates): blank lines (and a page's footer URL) are crossed when
        // a short line stands alone above them.
        const next = nextText(lines, j, floor);
        if (out.length > 0 && (next < 0 || !standsAlone(lines, next, floor))) break;
        continue;
      }
      if (!isHeaderish(line)) break;
      out.unshift(j);
    }
    return out;
  };
  const firstAbove = upFrom(anchors[0]?.at ?? 0, -1, 3).length;
  const above = firstAbove > 0;

  const blocks: DatedBlock[] = [];
  anchors.forEach(({ at, date }, k) => {
    const anchor = lines[at] as Line;
    const prevAt = anchors[k - 1]?.at ?? -1;
    const nextAt = anchors[k + 1]?.at ?? lines.length;
    const inline = cleanPiece(
      `${anchor.text.slice(0, date.index)} ${anchor.text.slice(date.index + date.length)}`,
    );
    const headAbove = above ? upFrom(at, prevAt, firstAbove) : [];
    const headBelow: number[] = [];
    // "Engineer | Acme    2019 – 2021" is a whole header: the lines under it are the body.
    const wholeInline = /[|—–·•@,]|\s-\s|\s(?:at|hos|bei|chez)\s/iu.test(inline);
    if (!wholeInline && (!above || (headAbove.length === 0 && inline === ""))) {
      // A date alone on its line may stand a blank line above its header ("Aug 2009 – Present", "", "Director - Studio").
      let j = at + 1;
      if (inline === "" && lines[j]?.text === "" && j + 1 < nextAt) j += 1;
      for (; j < nextAt && headBelow.length < 2; j += 1) {
        const line = lines[j] as Line;
        if (line.text === "" || !isHeaderish(line) || words(line.text).length > 10) break;
        headBelow.push(j);
      }
    } else if (wholeInline && !hasRoleWord(inline)) {
      // "Nestle, Norwalk, CT | Mar 2008 – Present" names no job: the title is the line under it.
      const line = lines[at + 1];
      if (
        at + 1 < nextAt &&
        line &&
        isHeaderish(line) &&
        words(line.text).length <= 8 &&
        hasRoleWord(line.text)
      )
        headBelow.push(at + 1);
    }
    // A place on its own line under the dates ("Madrid") belongs to the header.
    const after = (headBelow.at(-1) ?? at) + 1;
    const placeLine = after < nextAt ? lines[after] : undefined;
    if (placeLine && !bulletItem(placeLine.text) && readLocation(placeLine.text, true)) headBelow.push(after);
    const nextHeadStart = above && anchors[k + 1] ? (upFrom(nextAt, at, firstAbove)[0] ?? nextAt) : nextAt;
    const bodyStart = (headBelow.at(-1) ?? at) + 1;
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

/** Bullet items of a body; wrapped lines that continue a bullet are joined to it. */
export function bodyItems(body: Line[]): string[] {
  const items: string[] = [];
  let lastWasBullet = false;
  for (const line of body) {
    const bullet = bulletItem(line.text);
    if (bullet) {
      items.push(bullet);
      lastWasBullet = true;
    } else if (
      items.length > 0 &&
      (lastWasBullet || !/[.!?:]$/.test(items.at(-1) ?? "")) &&
      /^\p{Ll}/u.test(line.text)
    ) {
      items[items.length - 1] = `${items.at(-1)} ${line.text}`;
    } else {
      items.push(line.text);
      lastWasBullet = false;
    }
  }
  return items;
}

/** The taxonomy's title for the text, when it shares a word with it (guards against far-fetched aliases). */
export function normalizedTitle(text: string, normalizer: ParseNormalizer): string | undefined {
  const label = normalizer.findTitles(text)[0]?.label;
  if (!label) return undefined;
  const stems = new Set(words(text.toLowerCase()).map((w) => w.slice(0, 5)));
  return words(label.toLowerCase()).some((w) => stems.has(w.slice(0, 5))) ? label : undefined;
}

export interface ParsedJob {
  entry: WorkExperience;
  lines: Line[];
}

export function parseExperience(
  lines: Line[],
  normalizer: ParseNormalizer,
  now: Date,
): { jobs: ParsedJob[]; evidence: Evidence[] } {
  const jobs: ParsedJob[] = [];
  const evidence: Evidence[] = [];
  const blocks = datedBlocks(lines, now).map((block) => {
    const pieces: HeadPiece[] = block.head
      .map((line, source) => {
        const text = line === block.anchor ? block.inline : line.text;
        return { text, source, at: line === block.anchor ? -1 : 0 };
      })
      .filter((p) => p.text !== "");
    return { block, pieces, head: readHead(pieces, normalizer) };
  });
  // One CV, one layout: an entry read with less confidence follows the surest entry of its shape.
  const best = new Map<string, { layout: HeadLayout; confidence: number; roleConfidence: number }>();
  for (const { head } of blocks) {
    const seen = best.get(head.layout.shape);
    if (!seen || head.confidence > seen.confidence) best.set(head.layout.shape, head);
  }
  for (const { block, pieces, head: own } of blocks) {
    const model = best.get(own.layout.shape);
    const head =
      model && model.confidence >= 2 && own.confidence < 2 && model.confidence > own.confidence
        ? { ...readHead(pieces, normalizer, model.layout), roleConfidence: model.roleConfidence }
        : own;
    const previous = jobs.at(-1)?.entry;
    const ownHeaderAbove = block.head[0] !== block.anchor;
    const inherits = block.above && !ownHeaderAbove && head.title !== null;
    const company = head.company?.text ?? (inherits ? previous?.company : null) ?? null;
    const title = head.title?.text ?? null;
    const field = `work_experience[${jobs.length}]`;
    const quote = (piece: HeadPiece | null | undefined, name: string) => {
      if (!piece) return;
      const line = block.head[piece.source] as Line;
      const e = evidenceOn(`${field}.${name}`, line, piece.text, line.text.indexOf(piece.text));
      if (e) evidence.push(e);
    };
    quote(head.title, "title");
    quote(head.company, "company");
    quote(head.location?.piece, "location");
    const dateQuote = block.anchor.text.substr(block.date.index, block.date.length);
    const dated = evidenceOn(`${field}.start`, block.anchor, dateQuote, block.date.index);
    if (dated) evidence.push(dated);
    const normalized = title ? normalizedTitle(title, normalizer) : undefined;
    jobs.push({
      entry: {
        title,
        normalized_title: normalized ?? null,
        company,
        location: head.location?.value ?? null,
        start: block.date.start,
        end: block.date.end,
        current: block.date.current,
        bullets: bodyItems(block.body),
        role_confidence: Math.round(head.roleConfidence * 100) / 100,
      },
      lines: [...block.head, ...block.body].flatMap(physical),
    });
  }
  return { jobs, evidence };
}
