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
  for (const m of piece.text.matchAll(/\s*,\s*/g)) {
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
  // Places at the end of a fragment ("Acme ApS, Aarhus") or on their own.
  let location: EntryHead["location"] = null;
  const rest: HeadPiece[] = [];
  for (const fragment of fragments) {
    const place = readLocation(fragment.text);
    if (place && !location && fragments.length > 1) {
      location = { piece: fragment, value: place };
      continue;
    }
    const commas = splitCommas(fragment);
    const tail = commas.length > 1 ? commas.slice(1) : [];
    const tailText = tail.map((p) => p.text).join(", ");
    const tailPlace: Location | null = tail.length > 0 && !location ? readLocation(tailText) : null;
    if (tailPlace && tail[0]) {
      location = { piece: { ...tail[0], text: tailText }, value: tailPlace };
      rest.push({ ...fragment, text: fragment.text.slice(0, tail[0].at - fragment.at).replace(/[\s,]+$/, "") });
    } else if (rest.length + fragments.length === 1 && commas.length === 2) {
      rest.push(...commas);
    } else {
      rest.push(fragment);
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
