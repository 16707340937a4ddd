import { monthNames, seasons } from "./date-words";
import type { EntryHead, HeadPiece } from "./entry-head";
import { headOf, placeLike, placeTail, splitCommas, townRunOn, withoutStreet } from "./head-places";
import { employmentTypeOf, onlyEmploymentType } from "./job-terms";
import { rolesLexicon } from "./lexicon";
import type { ParseNormalizer } from "./normalizer";
import { isStreetAddress, readLocation } from "./places";
import { companyScore, hasRoleWord, namesField, titleScore } from "./roles";
import { closesSentence, words, writtenAsSentence } from "./text";

/**
 * Which fragment of an entry header is the title, the employer and the place, decided by what
 * each says: a role word or a title from the taxonomy (O*NET, ESCO), an organisation cue (legal
 * suffix, "bank", "technologies"…), a city from the gazetteer. Every assignment of roles to
 * fragments is scored and the best one wins; where the fragments sit is one feature among these
 * (a weak "title first" prior; "X at Y" is a strong one). The margin over the runner-up is the
 * confidence.
 */

type Role = "title" | "company" | "location" | null;

interface Candidate {
  piece: HeadPiece;
  /** The fragment written just before a place on the same line (people write "Company, City"), or before an empty one ("Quellin -"). */
  placeMate: boolean;
  title: number;
  company: number;
  place: number;
}

export interface JointHead extends EntryHead {
  /** 0–1: how clearly the best assignment beat the next one. */
  confidence: number;
}

/** Score of leaving a fragment without a role: a header rarely holds a piece that is none of them. */
const unused = -1.5;
const maxFragments = 5;

function placeScore(piece: HeadPiece, normalizer: ParseNormalizer, field: boolean): number {
  const text = piece.text;
  if (readLocation(text, true)) return 3;
  if (wholePlace(piece, normalizer)) return 2.5;
  // An unknown capitalised name is more often an employer than a place we do not know; a field of
  // work ("Manager, Customer Success") is neither.
  return placeLike(text, normalizer) && !field ? -0.5 : -4;
}

/** A fragment that is a place and nothing else: "Aarhus, Denmark", or "Conshohocken, PA" (an unknown town, a known state). */
function wholePlace(fragment: HeadPiece, normalizer: ParseNormalizer): boolean {
  if (readLocation(fragment.text, true)) return true;
  const commas = splitCommas(fragment);
  // "Zentra Soft Bengaluru, Karnataka": a name before a known town is no place.
  if (townRunOn(commas).length > commas.length) return false;
  const region = commas.length === 2 ? readLocation(commas[1]?.text ?? "", true) : null;
  return region !== null && region.city === null && placeLike(commas[0]?.text ?? "", normalizer);
}

/**
 * "Zentra Labs (Leeds, UK)": a place in brackets closing a fragment is a fragment of its own, the
 * place of what it follows ("Quellin (India) Pvt Ltd", brackets inside a name, and "Pune
 * (Maharashtra - India)", brackets after a place, stay).
 */
function placeInBrackets(fragment: HeadPiece): HeadPiece[] {
  const m = /^(.*\S)\s*\(([^()]+)\)$/u.exec(fragment.text);
  if (!m?.[1] || !m[2] || !readLocation(m[2], true)) return [fragment];
  // "Pune (Maharashtra - India)", "10115 Berlin (Germany)": the brackets say more of a place before them.
  const last = m[1].split(",").at(-1) ?? "";
  if (readLocation(last, true) || readLocation(last)) return [fragment];
  const inside = fragment.text.lastIndexOf(m[2]);
  return [
    { ...fragment, text: m[1] },
    { text: m[2], source: fragment.source, at: fragment.at < 0 ? -1 : fragment.at + inside },
  ];
}

/**
 * Fragments with a trailing place split off ("Acme ApS, Aarhus"); a lone fragment's comma list
 * split at its commas, and with `atCommas` every fragment's ("Intern, The Mira Holt Agency").
 */
function candidatesOf(fragments: HeadPiece[], normalizer: ParseNormalizer, atCommas: boolean): Candidate[] {
  const pieces: Array<{ piece: HeadPiece; placeMate: boolean }> = [];
  for (const fragment of fragments.flatMap(placeInBrackets)) {
    if (fragments.length > 1 && wholePlace(fragment, normalizer)) {
      const before = pieces.at(-1);
      if (before && before.piece.source === fragment.source) before.placeMate = true;
      pieces.push({ piece: fragment, placeMate: false });
      continue;
    }
    const commas = townRunOn(withoutEmploymentTypes(splitCommas(fragment)));
    const tail = commas.length > 1 ? placeTail(commas, normalizer, false) : null;
    const keep = tail ? commas.length - tail.n : commas.length;
    const kept = titlesJoined(
      fragment,
      tail ? withoutStreet(commas.slice(0, keep)) : commas.slice(0, keep),
      normalizer,
    );
    if ((fragments.length === 1 || atCommas) && kept.length >= 2 && kept.length <= 3) {
      pieces.push(...kept.map((piece) => ({ piece, placeMate: false })));
    } else if (kept[0]) {
      const last = kept.at(-1) as HeadPiece;
      const text = fragment.text.slice(kept[0].at - fragment.at, last.at - fragment.at + last.text.length);
      pieces.push({ piece: { ...kept[0], text }, placeMate: tail !== null || fragment.openEnd === true });
    }
    if (tail) pieces.push({ piece: tail.location.piece, placeMate: false });
  }
  return pieces.slice(0, maxFragments).map(({ piece, placeMate }) => {
    const cue = companyScore(piece.text);
    // A field of work with no organisation cue ("Customer Success") names no employer and no place
    // (with a cue, placeLike refuses it anyway).
    const field = cue < 2 && namesField(piece.text, normalizer);
    // "Build internal tools for the studio." under the title is its first duty, not the employer;
    // so is a short one closed by a full stop ("Reconciled the bank's accounts each week."),
    // unless the closing word is an organisation's ("Zentra foods ltd.").
    const closing = words(piece.text).at(-1) ?? "";
    const sentence =
      writtenAsSentence(piece.text) || (closesSentence(piece.text) && companyScore(closing) < 2) ? 6 : 0;
    // Dates only, or a template's placeholder: no title, employer or place.
    const none = noField(piece.text);
    return {
      piece,
      placeMate,
      title: labelled(
        piece,
        "title",
        none ? -3 : titleScore(piece.text, normalizer) || (uncapitalised(piece.text) ? -3 : 0),
      ),
      company: labelled(
        piece,
        "company",
        none ? -3 : (field ? cue - 2 : cue) + (placeMate ? 1.5 : 0) - sentence,
      ),
      place: none ? -4 : placeScore(piece, normalizer, field),
    };
  });
}

/** "Sales Assistant, Part-time, Zentra Foods": a comma part that only says how the job was held is none of its fields. */
function withoutEmploymentTypes(parts: HeadPiece[]): HeadPiece[] {
  const kept = parts.filter((part) => !onlyEmploymentType(part.text) || hasRoleWord(part.text));
  return kept.length > 0 ? kept : parts;
}

/**
 * A fragment in lower case that no title list knows is the rest of a sentence ("…, since Oct 2008
 * to Jan 2014, with"), and one without letters a number ("2004 - 2009"), not a title: people
 * capitalise titles, and those written in lower case ("software engineer") hold a role word.
 * Scripts without capitals (Arabic) are never "lower case".
 */
function uncapitalised(text: string): boolean {
  return !/\p{Lu}/u.test(text) && (/\p{Ll}/u.test(text) || !/\p{L}/u.test(text));
}

/** What a template leaves where a title, employer or place goes ("Job Title", "City, ST"): codex/lexicon/roles.json. */
const fieldPlaceholders = new Set(rolesLexicon.field_placeholders.map((p) => p.toLowerCase()));

const address = /\S*(?:[\p{L}\d._%+-]@[\p{L}\d-]+\.\p{L}|https?:\/\/|\bwww\.)\S*/giu;

/**
 * "March 2014", "June 2011, June 2012", "January": months, seasons and years only; or a template's
 * placeholder ("Company Name", "Location"); an e-mail or web address; a street address ("12 Harbour
 * Street"). No title, no employer.
 */
function noField(text: string): boolean {
  // An e-mail or web address alone says how to reach someone, not where they worked; beside a
  // name ("Zentra Studio (www.zentra.example)") it is the employer's.
  if (!/\p{L}/u.test(text.replace(address, "")) || isStreetAddress(text)) return true;
  const parts = text.split(",").map((p) => p.trim().toLowerCase().replace(/\s+/gu, " "));
  if (parts.every((p) => fieldPlaceholders.has(p))) return true;
  const all = words(text);
  return (
    all.length > 0 &&
    all.every(
      (w) =>
        /^\d{1,4}$/u.test(w) || Object.hasOwn(monthNames, w.toLowerCase()) || seasons.has(w.toLowerCase()),
    )
  );
}

/**
 * "Data Engineer / Team Lead, Architect, Mentor, Quellin India": more comma parts than
 * a header has roles, of which the leading ones are each a title, are the titles of one job, listed.
 * They are joined back into one part, so the rest can be read for the employer.
 */
function titlesJoined(fragment: HeadPiece, parts: HeadPiece[], normalizer: ParseNormalizer): HeadPiece[] {
  if (parts.length <= 3) return parts;
  let n = 0;
  while (n < parts.length - 1 && titleScore((parts[n] as HeadPiece).text, normalizer) >= 2) n += 1;
  if (n < 2) return parts;
  const first = parts[0] as HeadPiece;
  const last = parts[n - 1] as HeadPiece;
  const text = fragment.text.slice(first.at - fragment.at, last.at - fragment.at + last.text.length);
  return [{ ...first, text }, ...parts.slice(n)];
}

/** A label outweighs every cue: "Company: Mindtree" / "Designation: Quality Assurance" is read as labelled. */
const labelWeight = 6;
function labelled(piece: HeadPiece, role: "title" | "company", score: number): number {
  if (!piece.labelled) return score;
  return piece.labelled === role ? score + labelWeight : score - labelWeight;
}

function scoreOf(candidates: Candidate[], roles: Role[], ordered: boolean): number {
  let total = 0;
  let titleAt = -1;
  let companyAt = -1;
  let placeAt = -1;
  roles.forEach((role, k) => {
    const c = candidates[k] as Candidate;
    if (role === "title") {
      total += c.title - 0.5 * Math.max(0, c.company);
      titleAt = k;
    } else if (role === "company") {
      total += c.company - 0.5 * Math.max(0, c.title);
      companyAt = k;
    } else if (role === "location") {
      total += c.place;
      placeAt = k;
    } else total += unused;
  });
  if (titleAt >= 0 && companyAt >= 0) {
    const titleFirst = titleAt < companyAt;
    total += ordered ? (titleFirst ? 3 : -3) : titleFirst ? 0.3 : 0;
  }
  // People write "Company — City" (the place after the employer, on the same line).
  const company = candidates[companyAt];
  const place = candidates[placeAt];
  if (company && place && company.piece.source === place.piece.source && placeAt > companyAt) total += 0.5;
  // A lone fragment with no cue either way reads as the title (the employer is often above).
  if (candidates.length === 1 && roles[0] === "title") total += 0.1;
  return total;
}

const choices: Role[] = ["title", "company", "location", null];

/** Every way to give each fragment a role, each role to one fragment at most (4^n codes, n ≤ 5). */
function eachAssignment(n: number, visit: (roles: Role[]) => void): void {
  const roles: Role[] = new Array(n).fill(null);
  for (let code = 0; code < 4 ** n; code += 1) {
    let rest = code;
    let used = 0;
    let valid = true;
    // The first fragment is the most significant digit: ties go to the earlier "title, company…" reading.
    for (let k = n - 1; k >= 0 && valid; k -= 1) {
      const r = rest % 4;
      rest = (rest - r) / 4;
      if (r < 3) {
        valid = (used & (1 << r)) === 0;
        used |= 1 << r;
      }
      roles[k] = choices[r] ?? null;
    }
    if (valid) visit(roles);
  }
}

export function assignRoles(
  fragments: HeadPiece[],
  ordered: boolean,
  normalizer: ParseNormalizer,
): JointHead {
  const whole = candidatesOf(fragments, normalizer, false);
  if (whole.length === 0) return { title: null, company: null, location: null, confidence: 0 };
  // A header line may also hold "Title, Company" between its commas: both readings compete.
  const split = fragments.length > 1 ? candidatesOf(fragments, normalizer, true) : whole;
  const readings =
    split.length === whole.length
      ? [bestOf(whole, ordered)]
      : [bestOf(whole, ordered), bestOf(split, ordered)];
  const best = readings.reduce((a, b) => (b.score > a.score ? b : a));
  const second = Math.max(best.second, ...readings.filter((r) => r !== best).map((r) => r.score));
  const margin = Number.isFinite(second) ? best.score - second : 1;
  const head = headOf(
    best.candidates.map((c) => c.piece),
    best.roles,
    normalizer,
  );
  const fieldFirst =
    head.title && head.company ? fieldOfEmployer(head.title, head.company, normalizer) : null;
  if (fieldFirst) head.company = fieldFirst.employer;
  const titleTail = fieldFirst?.field ?? tailOfTitle(best.candidates, best.roles);
  return { ...head, ...(titleTail ? { titleTail } : {}), confidence: margin / (margin + 1) };
}

/**
 * "Floor Manager, Customer Service, Tarvo Bank": when the employer read is a list whose first part
 * names a field of work with no organisation cue and the rest is an organisation, the field is the
 * title's (right after it on the line) and the rest the employer.
 */
function fieldOfEmployer(
  title: HeadPiece,
  company: HeadPiece,
  normalizer: ParseNormalizer,
): { field: HeadPiece; employer: HeadPiece } | null {
  if (title.source !== company.source || title.at > company.at) return null;
  const [field, ...rest] = splitCommas(company);
  const first = rest[0];
  if (!field || !first || companyScore(field.text) >= 2 || !namesField(field.text, normalizer)) return null;
  const employer = { ...first, text: company.text.slice(first.at - company.at) };
  return companyScore(employer.text) >= 2 ? { field, employer } : null;
}

/**
 * "Manager, Customer Success", "Manager – Sales & Marketing": the fragment after the title on the
 * same line that no role took (no place, no employer) names the title's field, and is part of it.
 * An employment type ("Analyst – Contract", "Full-time") is not.
 */
function tailOfTitle(candidates: Candidate[], roles: Role[]): HeadPiece | undefined {
  const at = roles.indexOf("title");
  const title = candidates[at];
  const next = candidates[at + 1];
  if (!title || !next || roles[at + 1] !== null || next.piece.source !== title.piece.source) return undefined;
  const text = next.piece.text;
  // "&" alone is a weak organisation cue ("Sales & Marketing"); an organisation word or a legal suffix is not.
  if (next.company >= 2 || words(text).length > 5 || /\d/.test(text) || employmentTypeOf(text))
    return undefined;
  return next.piece;
}

function bestOf(candidates: Candidate[], ordered: boolean) {
  const top = {
    candidates,
    roles: [] as Role[],
    score: Number.NEGATIVE_INFINITY,
    second: Number.NEGATIVE_INFINITY,
  };
  eachAssignment(candidates.length, (roles) => {
    const score = scoreOf(candidates, roles, ordered);
    if (score > top.score) {
      top.second = top.score;
      top.score = score;
      top.roles = [...roles];
    } else if (score > top.second) top.second = score;
  });
  return top;
}
