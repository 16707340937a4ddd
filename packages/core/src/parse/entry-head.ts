import type { Location } from "../card/shared";
import { withoutOtherFields } from "./entry-labels";
import { carvePlace, headOf } from "./head-places";
import { assignRoles } from "./head-roles";
import { endsInOpenDash } from "./header-lines";
import type { ParseNormalizer } from "./normalizer";
import { readLocation } from "./places";
import { companyScore, hasRoleWord, legalSuffixEnd, namesField, titleScore } from "./roles";
import { words, writtenAsName } from "./text";

/**
 * Reads an entry's header pieces ("Senior Engineer — Acme ApS, Aarhus", "Acme | Engineer",
 * "Engineer at Acme", or one piece per line) as title, company and location.
 */

export interface HeadPiece {
  text: string;
  /** Where the piece sits: index into the entry's header lines, and offset within that line. */
  source: number;
  at: number;
  /** The role its writer's label gives it ("Company: Contoso", "Designation: Analyst"). */
  labelled?: "title" | "company";
  /** Written before a separator with nothing after it ("Quellin -"): a name whose place was left empty. */
  openEnd?: boolean;
}

export interface EntryHead {
  title: HeadPiece | null;
  company: HeadPiece | null;
  location: { piece: HeadPiece; value: Location } | null;
  /** A fragment with no role written right after the title on its line ("Manager – Sales & Marketing"): the title goes on over it. */
  titleTail?: HeadPiece;
}

/** Separators between header fragments; a run of dashes is an escaped dash that flattening kept ("S&T––––Systems"). */
const strongSplit =
  /\s+(?:\||—|–|-{1,3}|·|•|@|at|hos|bei|chez|لدى|في)\s+|\s*[|•·]\s*|\s*:\s+|\s*[–—]{2,}\s*|\t+|\s{3,}/iu;
const atWords = /^(?:@|at|hos|bei|chez|لدى|في)$/iu;

/** Trims separators, a list's number ("1. Quellin"), brackets left behind by a removed date, and trailing punctuation. */
export function cleanPiece(text: string): string {
  return text
    .replace(/[([{]\s*[)\]}]/g, " ")
    .replace(/^(?:#{1,6}\s+|\d{1,2}[.)]\s+|[\s,|•·:;–—\-()[\]])+|[\s,|•·:;–—\-([]+$/gu, "")
    .replace(/\s{2,}/g, " ")
    .trim();
}

/**
 * "Process Expert (Quellin Technologies)", "Software Engineer in Quellin Technologies Ltd": a job
 * with its employer in brackets or after "in"/"with", cut in two. Only a name holding an
 * organisation word or a legal suffix after a job's role noun: "Office Assistant (part time)",
 * "Developer (System Engineer)" and "Teacher in English" stay whole. After "in"/"with" a bare name
 * counts too ("Software Engineer in Quellin") when it is no field of work (see `bareName`).
 */
function bracketedEmployer(piece: HeadPiece, normalizer: ParseNormalizer): HeadPiece[] {
  const bracketed = /^(.*\S)\s*\(([^()]+)\)\s*$/u.exec(piece.text);
  const m = bracketed ?? /^(.*\S)\s+(?:in|with)\s+(\p{Lu}[^,;]*)$/u.exec(piece.text);
  const head = words(m?.[1] ?? "").at(-1) ?? "";
  // "(voice process, international client)" describes the job: a name is written as one. A lone
  // organisation word ("Registered Nurse (Agency)") says whom the job was through, and names no one.
  if (
    !m?.[1] ||
    !m[2] ||
    !writtenAsName(m[2]) ||
    (bracketed !== null && words(m[2]).length < 2) ||
    !hasRoleWord(head) ||
    (companyScore(m[2], false) < 2 && (bracketed !== null || !bareName(m[2], head, normalizer)))
  )
    return [piece];
  const inner = piece.text.lastIndexOf(m[2]);
  return [
    { ...piece, text: m[1] },
    { ...piece, text: m[2], at: piece.at + inner },
  ];
}

/**
 * "Software Engineer Quellin Technologies Ltd", "Senior Analyst Zentra Bank": a title and its employer with nothing between them, as text whose line breaks and gaps were lost
 * leaves a header. Cut after the longest run of first words that ends in a role noun and is mostly
 * a known title running to it, where what follows is written as a name, holds an organisation word, a legal suffix or a place
 * of work's noun ("Shop Assistant Zentra Corner Shop"), and names
 * no job and no field of work ("Area Manager/VP Retail Services" stays whole).
 */
function gluedEmployer(piece: HeadPiece, normalizer: ParseNormalizer): HeadPiece[] {
  const starts = [...piece.text.matchAll(/\S+/gu)].map((m) => m.index);
  if (starts.length < 3 || starts.length > 12) return [piece];
  for (let k = starts.length - 1; k >= 1; k -= 1) {
    const cut = starts[k] as number;
    const head = piece.text.slice(0, cut).trimEnd();
    const rest = piece.text.slice(cut);
    // Two words or more ending in a role noun: "Construction" and "Assistant" alone are titles too.
    if (k < 2 || !hasRoleWord(words(head).at(-1) ?? "")) continue;
    if (!/^\p{Lu}/u.test(rest) || !writtenAsName(rest) || hasRoleWord(rest)) continue;
    if (companyScore(rest) < 2 || (legalSuffixEnd(rest) < 0 && namesField(rest, normalizer))) continue;
    // Most of the words a known title that runs to the role noun ("Senior Platform Engineer").
    const known = (hit: { start: number; end: number }) =>
      hit.end === head.length && (hit.end - hit.start) * 2 >= head.length;
    // …or two or three capitalised words ending in one ("Senior Platform Engineer"), before a
    // name of two words or more.
    const short = k <= 3 && words(head).every((w) => /^\p{Lu}/u.test(w)) && words(rest).length >= 2;
    if (!short && !normalizer.findTitles(head).some(known)) continue;
    return [
      { ...piece, text: head },
      { ...piece, text: rest, at: piece.at + cut },
    ];
  }
  return [piece];
}

/**
 * "Quellin", "Tarvo Zentra" after "Engineer in": a name of at most four words that is no place, no
 * skill or language ("Developer in Java", "Teacher in English"), no title, and no field of work: a
 * word that leads a known title before a role noun ("Analyst in Finance": "Finance Analyst").
 */
function bareName(text: string, head: string, normalizer: ParseNormalizer): boolean {
  if (words(text).length > 4 || /\d/.test(text)) return false;
  if (readLocation(text, true) !== null || titleScore(text, normalizer) > 0) return false;
  if (normalizer.findSkills(text).length > 0) return false;
  return !namesField(text, normalizer, head);
}

/** What the bracket around `at` holds, when one opens before it and closes after it on the piece. */
function bracketAround(text: string, at: number): string | null {
  const open = text.lastIndexOf("(", at);
  const close = text.indexOf(")", at);
  const reopened = text.indexOf("(", at);
  if (open < 0 || close < 0 || text.lastIndexOf(")", at) > open || (reopened >= 0 && reopened < close))
    return null;
  return text.slice(open + 1, close);
}

/**
 * A separator in brackets splits nothing when the brackets hold a place ("Indore (Madhya Pradesh -
 * India)") or a note on the job ("(contractor at Tarvo)"): "at" there is not the header's own.
 */
function keptInBrackets(text: string, separator: RegExpMatchArray & { index: number }): boolean {
  const within = bracketAround(text, separator.index);
  return within !== null && (atWords.test(separator[0].trim()) || readLocation(within, true) !== null);
}

function splitPiece(whole: HeadPiece, normalizer: ParseNormalizer): { parts: HeadPiece[]; ordered: boolean } {
  const piece = { ...whole, text: withoutOtherFields(whole.text) };
  const parts: HeadPiece[] = [];
  let ordered = false;
  const re = new RegExp(strongSplit.source, "giu");
  let last = 0;
  for (const m of piece.text.matchAll(re)) {
    if (keptInBrackets(piece.text, m)) continue;
    if (atWords.test(m[0].trim())) ordered = true;
    parts.push({ ...piece, text: piece.text.slice(last, m.index), at: piece.at + last });
    last = m.index + m[0].length;
  }
  parts.push({ ...piece, text: piece.text.slice(last), at: piece.at + last });
  const cleaned = parts
    .flatMap((p) => bracketedEmployer(p, normalizer))
    .flatMap((p) => gluedEmployer(p, normalizer))
    .map((p) => {
      const text = cleanPiece(p.text);
      return { ...p, text, at: p.at + Math.max(0, p.text.indexOf(text)) };
    })
    .filter((p) => p.text !== "");
  const lone = cleaned[0];
  if (cleaned.length === 1 && lone && piece.at >= 0 && endsInOpenDash(piece.text)) lone.openEnd = true;
  return { parts: cleaned, ordered: ordered && cleaned.length === 2 };
}

export type HeadRole = "title" | "company" | "location";

/** Which fragment of an entry header plays which part; one CV keeps one layout throughout. */
export interface HeadLayout {
  shape: string;
  roles: Array<HeadRole | null>;
}

export interface ReadHead extends EntryHead {
  layout: HeadLayout;
  /** How sure the reading is (a known place, a role word in the title, a company cue…). */
  confidence: number;
  /** 0–1: the margin of the best joint assignment of roles over the next (0 for a copied layout). */
  roleConfidence: number;
}

function fragmentsOf(
  pieces: HeadPiece[],
  normalizer: ParseNormalizer,
): { fragments: HeadPiece[]; ordered: boolean; shape: string } {
  const fragments: HeadPiece[] = [];
  const shape: string[] = [];
  let ordered = false;
  for (const piece of pieces) {
    const split = splitPiece(piece, normalizer);
    ordered ||= split.ordered && pieces.length === 1;
    fragments.push(...split.parts);
    shape.push(`${split.parts.length}${piece.at === -1 ? "d" : ""}`);
  }
  return { fragments, ordered, shape: `${shape.join("/")}${ordered ? "@" : ""}` };
}

/** The header read with a layout learnt from another entry of the same shape. */
function readAs(fragments: HeadPiece[], roles: HeadLayout["roles"], normalizer: ParseNormalizer) {
  const head = headOf(fragments, roles, normalizer);
  if (head.company && !head.location) {
    const carved = carvePlace(head.company, normalizer);
    head.company = carved.piece;
    head.location = carved.location;
  }
  return head;
}

/**
 * What the words of a reading say for it: a title that reads as one, an employer with an
 * organisation cue; against it, an employer that reads as a title or a title with a company cue.
 */
function wordsEvidence(head: EntryHead, normalizer: ParseNormalizer): number {
  const t = head.title?.text ?? "";
  const c = head.company?.text ?? "";
  return (
    (t && titleScore(t, normalizer) > 0 ? 1 : 0) +
    (c && companyScore(c) > 0 ? 1 : 0) -
    (c && titleScore(c, normalizer) > 0 ? 2 : 0) -
    (t && companyScore(t) > 0 ? 1 : 0)
  );
}

export function readHead(pieces: HeadPiece[], normalizer: ParseNormalizer, layout?: HeadLayout): ReadHead {
  const { fragments, ordered, shape } = fragmentsOf(pieces, normalizer);
  if (layout && layout.shape === shape && layout.roles.length === fragments.length) {
    return { ...readAs(fragments, layout.roles, normalizer), layout, confidence: 0, roleConfidence: 0 };
  }
  const { confidence: roleConfidence, ...head } = assignRoles(fragments, ordered, normalizer);
  if (head.company && !head.location) {
    const carved = carvePlace(head.company, normalizer);
    head.company = carved.piece;
    head.location = carved.location;
  }
  const within = (p: HeadPiece | null | undefined) =>
    fragments.findIndex((f) => p && f.source === p.source && p.at >= f.at && p.at < f.at + f.text.length);
  const roles: HeadLayout["roles"] = fragments.map(() => null);
  let shared = false;
  const mark = (p: HeadPiece | null | undefined, role: HeadRole) => {
    const k = within(p);
    if (k >= 0 && roles[k] === null) roles[k] = role;
    else if (k >= 0 && role !== "location") shared = true;
  };
  mark(head.title, "title");
  mark(head.company, "company");
  mark(head.location?.piece, "location");
  const known = head.location && readLocation(head.location.piece.text, true) ? 2 : 0;
  const confidence = (ordered ? 2 : 0) + known + wordsEvidence(head, normalizer);
  // Title and company inside one fragment ("Engineer, Acme, Aarhus") is no layout of fragments:
  // such a header is neither copied nor overruled by another entry's layout.
  return { ...head, layout: { shape: shared ? `${shape},` : shape, roles }, confidence, roleConfidence };
}
