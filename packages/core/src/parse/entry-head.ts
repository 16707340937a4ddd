import type { Location } from "../card/shared";
import type { ParseNormalizer } from "./normalizer";
import { readLocation } from "./places";
import { companyScore, titleScore } from "./roles";

/**
 * Reads an entry's header pieces ("Senior Engineer — Acme ApS, Aarhus", "Acme | Engineer",
 * "Engineer at Acme", or one piece per line) as title, company and location.
 */

export interface HeadPiece {
  text: string;
  /** Where the piece sits: index into the entry's header lines, and offset within that line. */
  source: number;
  at: number;
}

export interface EntryHead {
  title: HeadPiece | null;
  company: HeadPiece | null;
  location: { piece: HeadPiece; value: Location } | null;
}

const strongSplit = /\s+(?:\||—|–|-|·|•|@|at|hos|bei|chez|لدى|في)\s+|\s*[|•·]\s*|\t+|\s{3,}/iu;
const atWords = /^(?:@|at|hos|bei|chez|لدى|في)$/iu;

/** Trims separators, brackets left behind by a removed date, and trailing punctuation. */
export function cleanPiece(text: string): string {
  return text
    .replace(/[([{]\s*[)\]}]/g, " ")
    .replace(/^[\s,|•·:;–—\-()]+|[\s,|•·:;–—\-(]+$/gu, "")
    .replace(/\s{2,}/g, " ")
    .trim();
}

function splitPiece(piece: HeadPiece): { parts: HeadPiece[]; ordered: boolean } {
  const parts: HeadPiece[] = [];
  let ordered = false;
  const re = new RegExp(strongSplit.source, "giu");
  let last = 0;
  for (const m of piece.text.matchAll(re)) {
    if (atWords.test(m[0].trim())) ordered = true;
    parts.push({ text: piece.text.slice(last, m.index), source: piece.source, at: piece.at + last });
    last = m.index + m[0].length;
  }
  parts.push({ text: piece.text.slice(last), source: piece.source, at: piece.at + last });
  const cleaned = parts
    .map((p) => {
      const text = cleanPiece(p.text);
      return { ...p, text, at: p.at + Math.max(0, p.text.indexOf(text)) };
    })
    .filter((p) => p.text !== "");
  return { parts: cleaned, ordered: ordered && cleaned.length === 2 };
}

function splitCommas(piece: HeadPiece): HeadPiece[] {
  const out: HeadPiece[] = [];
  let last = 0;
  for (const m of piece.text.matchAll(/\s*[,،]\s*/gu)) {
    out.push({ text: piece.text.slice(last, m.index), source: piece.source, at: piece.at + last });
    last = m.index + m[0].length;
  }
  out.push({ text: piece.text.slice(last), source: piece.source, at: piece.at + last });
  return out.filter((p) => p.text.trim() !== "");
}

export function readHead(pieces: HeadPiece[], normalizer: ParseNormalizer): EntryHead {
  const fragments: HeadPiece[] = [];
  let ordered = false;
  for (const piece of pieces) {
    const split = splitPiece(piece);
    ordered ||= split.ordered && pieces.length === 1;
    fragments.push(...split.parts);
  }
  // Places at the end of a fragment ("Acme ApS, Aarhus") or on their own; a lone fragment with
  // commas is split at them ("Senior Engineer, Acme A/S, Copenhagen").
  let location: EntryHead["location"] = null;
  const rest: HeadPiece[] = [];
  for (const fragment of fragments) {
    const place = fragments.length > 1 ? readLocation(fragment.text, true) : null;
    if (place && !location) {
      location = { piece: fragment, value: place };
      continue;
    }
    const commas = splitCommas(fragment);
    let keep = commas.length;
    for (let n = 1; n < commas.length && !location; n += 1) {
      const tail = commas.slice(-n);
      const value = readLocation(tail.map((p) => p.text).join(", "), true);
      if (value && tail[0]) {
        location = { piece: { ...tail[0], text: tail.map((p) => p.text).join(", ") }, value };
        keep = commas.length - n;
      }
    }
    const kept = commas.slice(0, keep);
    if (fragments.length === 1 && kept.length >= 2 && kept.length <= 3) rest.push(...kept);
    else if (kept.length > 0 && kept[0]) {
      const last = kept.at(-1) as HeadPiece;
      rest.push({ ...kept[0], text: fragment.text.slice(0, last.at - fragment.at + last.text.length) });
    }
  }
  if (rest.length === 0) return { title: null, company: null, location };
  if (rest.length === 1) {
    const only = rest[0] as HeadPiece;
    const isCompany = companyScore(only.text) > titleScore(only.text, normalizer);
    return { title: isCompany ? null : only, company: isCompany ? only : null, location };
  }
  if (ordered) return { title: rest[0] ?? null, company: rest[1] ?? null, location };
  const scored = rest.slice(0, 3).map((p, i) => ({
    p,
    i,
    title: titleScore(p.text, normalizer) - companyScore(p.text),
  }));
  const title = [...scored].sort((a, b) => b.title - a.title || a.i - b.i)[0];
  const others = scored.filter((s) => s !== title);
  const company = [...others].sort((a, b) => companyScore(b.p.text) - companyScore(a.p.text) || a.i - b.i)[0];
  return { title: title?.p ?? null, company: company?.p ?? null, location };
}
