import type { Location } from "../card/shared";
import type { EntryHead, HeadPiece } from "./entry-head";
import { onlyEmploymentType } from "./job-terms";
import { headingsLexicon, placesLexicon } from "./lexicon";
import type { ParseNormalizer } from "./normalizer";
import { readLocation, runOnTown } from "./places";
import { companyScore, isLegalSuffix, titleScore } from "./roles";
import { phraseRegExp } from "./text";

/** Places in entry headers, known or not: "Acme ApS, Aarhus", "Greyfield Retail Group, Columbus", "Acme, San Jose, CA". */

export function splitCommas(piece: HeadPiece): HeadPiece[] {
  const out: HeadPiece[] = [];
  let last = 0;
  const push = (end: number) => {
    const text = piece.text.slice(last, end);
    const before = out.at(-1);
    // "Tarvo Media, Inc.": the legal suffix after a comma is the name's own.
    if (before && isLegalSuffix(text)) before.text = piece.text.slice(before.at - piece.at, end);
    else out.push({ ...piece, text, at: piece.at + last });
  };
  for (const m of piece.text.matchAll(/\s*[,،]\s*/gu)) {
    push(m.index);
    last = m.index + m[0].length;
  }
  push(piece.text.length);
  return out.filter((p) => p.text.trim() !== "");
}

/** "Ulica Hrasta 4", "Hauptstraße 20", "Plot No. 45": a street and house number, part of an address. */
export function streetPart(piece: HeadPiece): boolean {
  return /(?:^|\s)(?:no\.?\s*)?\d{1,4}[a-z]?(?:\s|$)/iu.test(piece.text) && /\p{L}{2}/u.test(piece.text);
}

/**
 * The comma parts before a place with the employer's street address dropped ("Tarvo d.o.o.",
 * "Ulica Hrasta 4" before "10000 Zagreb (Croatia)" keeps "Tarvo d.o.o."): Europass and many
 * European CVs print the employer's full address after its name.
 */
export function withoutStreet(parts: HeadPiece[]): HeadPiece[] {
  const kept = [...parts];
  while (kept.length > 1 && streetPart(kept.at(-1) as HeadPiece)) kept.pop();
  return kept;
}

/**
 * A short name that can stand for a place we do not know ("Columbus", "Saint-Nazaire", "San Jose",
 * "كوبنهاغن"): one to three capitalised (or uncased-script) words, no digits, no role, no company cue.
 */
export function placeLike(text: string, normalizer: ParseNormalizer): boolean {
  const parts = text.split(/\s+/);
  if (parts.length > 3 || /[\d&@/()]/.test(text) || text.length > 40) return false;
  if (!parts.every((w) => /^(?:\p{Lu}|\p{Lo})/u.test(w))) return false;
  return companyScore(text) === 0 && titleScore(text, normalizer) === 0;
}

export function guessPlace(text: string, normalizer: ParseNormalizer): Location | null {
  return (
    readLocation(text, true) ??
    (placeLike(text, normalizer) ? { city: text, region: null, country: null, raw: text } : null)
  );
}

const townPrefixes = new Set(placesLexicon.town_prefixes);
const ownBusiness = new RegExp(`^${phraseRegExp(headingsLexicon.job_sentences.own_business).source}$`, "iu");

/**
 * "Zentra Labs Leeds, UK": a town run on to the name before a region or country, no comma between
 * (as Monster and CareerBuilder print it), made a comma part of its own so the place reads whole
 * (places.ts runOnTown, which reads a school's the same way). Only a town the gazetteer knows, and
 * the name keeps words of its own ("Bank of America, USA", "Hotel Berlin, Germany", "North Leeds,
 * VT" stay: codex/lexicon/places.json town_prefixes).
 */
export function townRunOn(commas: HeadPiece[]): HeadPiece[] {
  const last = commas.at(-1);
  const before = commas.at(-2);
  if (!last || !before) return commas;
  const region = readLocation(last.text, true);
  if (!region || region.city !== null) return commas;
  // "New York, NY": the part before is a town the gazetteer knows, whole.
  if (readLocation(`${before.text}, ${last.text}`, true)) return commas;
  const found = runOnTown(before.text, last.text, namesEmployer);
  if (!found) return commas;
  return [
    ...commas.slice(0, -2),
    { ...before, text: found.rest },
    { ...before, text: found.town, at: before.at + found.at },
    last,
  ];
}

/**
 * "Hotel Berlin", "North Leeds", "Freelance Leeds", "Self-employed Leeds": a lone workplace word, a
 * word that opens a town's own name, or how the job was held names no employer before a town.
 */
function namesEmployer(rest: string): boolean {
  if (/\s/u.test(rest)) return true;
  return !(
    companyScore(rest) >= 2 ||
    townPrefixes.has(rest.toLowerCase().replace(/\.$/u, "")) ||
    ownBusiness.test(rest) ||
    onlyEmploymentType(rest)
  );
}

/**
 * The place at the end of comma parts, longest first: "Aarhus, Denmark", "San Jose, CA" (a known
 * state or country after an unknown city), or with `guess` a lone unknown "Columbus".
 */
export function placeTail(
  commas: HeadPiece[],
  normalizer: ParseNormalizer,
  guess: boolean,
): { n: number; location: NonNullable<EntryHead["location"]> } | null {
  for (let n = Math.min(3, commas.length - 1); n >= 1; n -= 1) {
    const tail = commas.slice(-n);
    const text = tail.map((p) => p.text).join(", ");
    // An unknown city is taken only before a known region or country ("San Jose, CA").
    const region = readLocation(tail.at(-1)?.text ?? "", true);
    const relaxed =
      n === 2 && region !== null && region.city === null && placeLike(tail[0]?.text ?? "", normalizer);
    const value =
      readLocation(text, true) ??
      (relaxed ? readLocation(text, false) : guess && n === 1 ? guessPlace(text, normalizer) : null);
    if (value && tail[0]) return { n, location: { piece: { ...tail[0], text }, value } };
  }
  return null;
}

/** Splits a trailing ", City" off a company piece ("Greyfield Retail Group, Columbus"). */
export function carvePlace(
  piece: HeadPiece,
  normalizer: ParseNormalizer,
): { piece: HeadPiece; location: EntryHead["location"] } {
  const commas = townRunOn(splitCommas(piece));
  const found = placeTail(commas, normalizer, true);
  const last = found ? withoutStreet(commas.slice(0, commas.length - found.n)).at(-1) : undefined;
  if (!found || !last) return { piece, location: null };
  const kept = piece.text.slice(0, last.at - piece.at + last.text.length);
  return { piece: { ...piece, text: kept }, location: found.location };
}

/** The header with each piece in the role given to it; a place we cannot read stays as written. */
export function headOf(
  pieces: HeadPiece[],
  roles: ReadonlyArray<"title" | "company" | "location" | null | undefined>,
  normalizer: ParseNormalizer,
): EntryHead {
  const head: EntryHead = { title: null, company: null, location: null };
  pieces.forEach((piece, k) => {
    const role = roles[k];
    if (role === "location") {
      const value = guessPlace(piece.text, normalizer) ?? {
        city: piece.text,
        region: null,
        country: null,
        raw: piece.text,
      };
      head.location = { piece, value };
    } else if (role) head[role] = piece;
  });
  return head;
}
