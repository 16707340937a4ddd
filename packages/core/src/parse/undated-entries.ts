import { type DatedBlock, isHeaderish } from "./dated-blocks";
import { readHead } from "./entry-head";
import type { ParseNormalizer } from "./normalizer";
import { readLocation } from "./places";
import { companyScore, titleScore } from "./roles";
import { bulletItem, type Line, words } from "./text";

/**
 * Entries a CV gives no dates for ("Receptionist, Heritage Bank of Huntsville, AL",
 * "Waitress, Genos Steakhouse, Wayne, NE"): a short line of an experience section, outside every
 * dated entry's header, that reads as a title and an employer — each with a cue of its own (a
 * role word or a taxonomy title; an organisation cue or a known place after it). Such a line
 * starts an entry of its own and ends the body of the entry above it.
 */

/** Where an undated entry's date would be: nowhere (start and end unknown). */
const noDate = { start: null, end: null, current: false, length: 0, single: true } as const;

export function readsAsEntryHead(line: Line, normalizer: ParseNormalizer): boolean {
  const text = line.text;
  if (text.length > 100 || bulletItem(text) || !isHeaderish(line) || words(text).length > 12) return false;
  if (/[:;]|[.!?]$/.test(text)) return false;
  const head = readHead([{ text, source: 0, at: 0 }], normalizer);
  const title = head.title?.text ?? "";
  const company = head.company?.text ?? "";
  if (title === "" || company === "" || title.length > 60) return false;
  const knownPlace = head.location !== null && readLocation(head.location.piece.text, true) !== null;
  return (
    titleScore(title, normalizer) >= 2 &&
    companyScore(title) === 0 &&
    titleScore(company, normalizer) === 0 &&
    (companyScore(company) >= 2 || knownPlace)
  );
}

export function withUndatedEntries(
  blocks: DatedBlock[],
  lines: Line[],
  isHead: (line: Line) => boolean,
): DatedBlock[] {
  const inHead = new Set(blocks.flatMap((b) => b.head.map((l) => l.i)));
  const starts = lines.filter((l) => l.text !== "" && !inHead.has(l.i) && isHead(l));
  if (starts.length === 0) return blocks;
  const headStarts = [...blocks.map((b) => b.head[0]?.i ?? b.anchor.i), ...starts.map((l) => l.i)];
  const nextStart = (i: number) => Math.min(...headStarts.filter((s) => s > i), Number.POSITIVE_INFINITY);
  const dated = blocks.map((b) => {
    const stop = nextStart(b.anchor.i);
    return { ...b, body: b.body.filter((l) => l.i < stop) };
  });
  const undated: DatedBlock[] = starts.map((anchor) => {
    const stop = nextStart(anchor.i);
    return {
      anchor,
      date: { ...noDate, index: anchor.text.length },
      head: [anchor],
      body: lines.filter((l) => l.i > anchor.i && l.i < stop && l.text !== ""),
      inline: anchor.text,
      above: false,
    };
  });
  return [...dated, ...undated].sort((a, b) => (a.head[0]?.i ?? 0) - (b.head[0]?.i ?? 0));
}
