import type { Evidence, Location } from "../card/shared";
import type { WorkExperience } from "../resume/resume-card-v1";
import { type DatedBlock, datedBlocks, isEntryPart, isHeaderish, printsDuration } from "./dated-blocks";
import type { DateRange } from "./dates";
import { type EntryHead, type HeadPiece, type ReadHead, readHead } from "./entry-head";
import {
  bareLabel,
  type EntryLabel,
  entryLabel,
  entryLabels,
  type LabelledField,
  labelledCells,
  labelRow,
  otherFieldLine,
} from "./entry-labels";
import { carvePlace } from "./head-places";
import { sentencePieces } from "./head-sentences";
import { isDuration } from "./header-lines";
import { isResumeHeading } from "./headings";
import type { ParseNormalizer } from "./normalizer";
import { readLocation } from "./places";
import { companyScore, hasRoleWord, titleScore } from "./roles";
import { bulletItem, type Line, words, writtenAsName } from "./text";
import { readsAsEmployer, readsAsRoleLine, withUndatedEntries } from "./undated-entries";
import { evidenceOn, physical } from "./wrapped-lines";

/** Work entries of an experience section: each dated block (or undated "Title, Employer" line) read as title, company, place, dates and bullets. */

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
  /** The lines that name the job (its header, a labelled title or employer): their words claim no skill. */
  heads: Line[];
}

type LayoutModel = Pick<ReadHead, "layout" | "confidence" | "roleConfidence"> & { agreed: boolean };

/**
 * One CV, one layout: for each shape of entry header, the layout its other entries follow. The
 * surest entry's (a known place, a title word and a company cue…), or, when no entry is that sure,
 * the layout that two entries or more read on some evidence and no entry with evidence contradicts
 * ("Quellin Software" / dates, "Zentra Agency" / dates: a bare "Tarvo" / dates is an employer too).
 */
function layoutModels(heads: ReadHead[]): Map<string, LayoutModel> {
  const byShape = Map.groupBy(heads, (head) => head.layout.shape);
  const models = new Map<string, LayoutModel>();
  for (const [shape, same] of byShape) {
    const surest = same.reduce((a, b) => (b.confidence > a.confidence ? b : a));
    if (surest.confidence >= 2) {
      models.set(shape, { ...surest, agreed: false });
      continue;
    }
    const evident = same.filter((head) => head.confidence >= 1 && head.roleConfidence >= 0.5);
    const votes = Map.groupBy(evident, (head) => head.layout.roles.join("/"));
    const [agreeing] = votes.values();
    if (votes.size === 1 && agreeing && agreeing.length >= 2)
      models.set(shape, { ...(agreeing[0] as ReadHead), agreed: true });
  }
  return models;
}

/**
 * An entry read with less confidence follows its shape's model, unless its own words settle it
 * ("Oracle Inc -" alone is an employer whatever the others say); an agreed model moves only an
 * entry with no evidence at all.
 */
function followsModel(own: ReadHead, model: LayoutModel): boolean {
  if (own.roleConfidence >= 0.5) return false;
  if (!model.agreed) return model.confidence > own.confidence && own.confidence < 2;
  // A bare name, not a list ("Holt, M., Tarvo, J." is a citation's authors) or an address.
  const text = own.title?.text ?? own.company?.text ?? "";
  return own.confidence < 1 && !/[,@]/u.test(text);
}

/** "Achievements", "Duties:": a section's or an entry part's heading, word for word, names no job ("Internship" does: a role noun). */
function namesSection(text: string): boolean {
  return isResumeHeading(text.replace(/[\s:.]+$/u, "")) && !hasRoleWord(text);
}

export function parseExperience(
  lines: Line[],
  normalizer: ParseNormalizer,
  now: Date,
): { jobs: ParsedJob[]; evidence: Evidence[] } {
  const jobs: ParsedJob[] = [];
  const evidence: Evidence[] = [];
  const isTitle = (text: string) => text !== "" && titleScore(text, normalizer) >= 2;
  const cues = {
    isTitle,
    isEmployer: (text: string) => readsAsEmployer(text, normalizer),
    isSubheading: isEntryPart,
  };
  const entries = withUndatedEntries(datedBlocks(lines, now, cues), lines, normalizer);
  const blocks = entries.map((block) => {
    const pieces: HeadPiece[] = block.head
      .flatMap((line, source): HeadPiece | HeadPiece[] => {
        // A header written as a sentence ("Worked at X as Y from …") is read as the sentence says.
        const told = sentencePieces(line, source, normalizer, line === block.anchor);
        if (told) return told;
        const at = lines.indexOf(line);
        // "Client: Harlow Bank" names neither the title nor the employer.
        if (otherFieldLine(line) || labelRow(lines, at)) return [];
        // A labelled header line ("Company: Contoso", "Company: Contoso (2015 – 2017)") is read by its value.
        const isAnchor = line === block.anchor;
        // "Dates 03/2018 - present": the label a date line leaves names nothing.
        if (isAnchor && bareLabel(block.inline)) return [];
        const cells = labelledCells(isAnchor ? block.inline : line.text);
        if (cells)
          return cells.map((cell) => ({
            text: cell.value,
            source,
            at: isAnchor ? -1 : cell.at,
            labelled: cell.field === "title" ? ("title" as const) : ("company" as const),
          }));
        const label = entryLabel(isAnchor ? { ...line, text: block.inline } : line);
        if (label)
          return {
            text: label.value,
            source,
            at: isAnchor ? -1 : label.at,
            labelled: label.field === "title" ? ("title" as const) : ("company" as const),
          };
        // "Quellin" / "3 years 8 months" / "Group Product Manager": LinkedIn's employer over its roles,
        // its total time under it, says what it is, cue or none.
        if (!isAnchor && isDuration(lines[at + 1]?.text ?? ""))
          return { text: line.text, source, at: 0, labelled: "company" as const };
        const text = line === block.anchor ? block.inline : line.text;
        return { text, source, at: line === block.anchor ? -1 : 0 };
      })
      // A piece with no letter or digit ("." left by a removed date) is no field.
      .filter((p) => /[\p{L}\p{N}]/u.test(p.text));
    return { block, pieces, head: readHead(pieces, normalizer) };
  });
  const groups = employerGroups(blocks);
  const models = layoutModels(blocks.map((b) => b.head));
  for (const [k, { block, pieces, head: own }] of blocks.entries()) {
    // An employer line over its roles states no job of its own: the roles carry its name.
    if (groups.heads.has(k)) continue;
    const group = groups.roles.get(k);
    const model = models.get(own.layout.shape);
    const head =
      model && followsModel(own, model)
        ? { ...readHead(pieces, normalizer, model.layout), roleConfidence: model.roleConfidence }
        : own;
    const previous = jobs.at(-1)?.entry;
    const ownHeaderAbove = block.head[0] !== block.anchor;
    // "Quellin" / "Team Lead" / dates / "Process Expert" / dates: a role listed right under the
    // previous one's dates (nothing between) is another role at the same employer.
    const prior = blocks[k - 1]?.block;
    // An export that prints each role's length lists an employer's roles so, duties or none
    // between them ("Team Lead" / dates (2 years) / duties / "Process Expert" / dates (2 years)).
    const listedRole = prior !== undefined && printsDuration(prior) && printsDuration(block);
    const nextRole =
      prior !== undefined &&
      linesAbove(block) === 1 &&
      (listedRole || (prior.body.length === 0 && linesAbove(prior) > linesAbove(block)));
    const inherits = block.above && (!ownHeaderAbove || nextRole) && head.title !== null;
    // "Position: …" / "Company: …" (or a title line) at the top of the body fill what the header left open.
    const labels = entryLabels(block.body);
    const nearTop = (field: LabelledField) =>
      labels.find((l) => l.field === field && block.body.indexOf(l.line) < 4);
    const firstLine = block.body[0];
    const titleAtTop =
      firstLine && readsAsRoleLine(firstLine, normalizer)
        ? { field: "title" as const, line: firstLine, value: firstLine.text, at: 0 }
        : undefined;
    const labelledTitle = head.title ? undefined : (nearTop("title") ?? titleAtTop);
    const labelledEmployer = placed(
      head.company
        ? undefined
        : (nearTop("employer") ?? (inherits ? undefined : employerAtTop(block.body, normalizer))),
      normalizer,
    );
    const company =
      head.company?.text ??
      labelledEmployer?.value ??
      group?.piece.text ??
      (inherits ? previous?.company : null) ??
      null;
    const titlePiece = withTail(head, block.head);
    const named = titlePiece?.text ?? labelledTitle?.value ?? null;
    const title = named !== null && namesSection(named) ? null : named;
    const field = `work_experience[${jobs.length}]`;
    const quote = (
      piece: HeadPiece | null | undefined,
      name: string,
      line = block.head[piece?.source ?? 0],
    ) => {
      if (!piece || !line) return;
      const e = evidenceOn(`${field}.${name}`, line, piece.text, line.text.indexOf(piece.text));
      if (e) evidence.push(e);
    };
    if (title !== null) quote(titlePiece, "title");
    quote(head.company, "company");
    // A role's employer is quoted on its employer's line above.
    if (group && company === group.piece.text) quote(group.piece, "company", group.line);
    const quoteLabel = (label: EntryLabel | undefined, path: string) => {
      const e = label && evidenceOn(path, label.line, label.value, label.at);
      if (e) evidence.push(e);
    };
    if (title !== null) quoteLabel(labelledTitle, `${field}.title`);
    quoteLabel(labelledEmployer, `${field}.company`);
    quote(head.location?.piece, "location");
    const dateQuote = block.anchor.text.substr(block.date.index, block.date.length);
    const dated =
      block.date.length > 0 ? evidenceOn(`${field}.start`, block.anchor, dateQuote, block.date.index) : null;
    if (dated) evidence.push(dated);
    const normalized = title ? normalizedTitle(title, normalizer) : undefined;
    jobs.push({
      entry: {
        title,
        normalized_title: normalized ?? null,
        company,
        location: head.location?.value ?? labelledEmployer?.location ?? null,
        start: block.date.start,
        end: block.date.end,
        current: block.date.current,
        bullets: bodyItems(block.body.filter((l) => !labels.some((label) => label.line === l))),
        role_confidence: Math.round(head.roleConfidence * 100) / 100,
      },
      lines: [...block.head, ...block.body].flatMap(physical),
      heads: [
        ...block.head,
        ...[labelledTitle, labelledEmployer].flatMap((l) => (l ? [l.line] : [])),
      ].flatMap(physical),
    });
    // Further "Role: …" lines, and short lines that are a job title and nothing else, name the
    // roles held within this job (projects, promotions: "Senior IT Manager" / duties / "Architect").
    const held = new Set(title ? [words(title.toLowerCase()).join(" ")] : []);
    const roleLines = block.body
      .filter(
        (line, k) => line !== labelledTitle?.line && block.body[k + 1] && readsAsRoleLine(line, normalizer),
      )
      .map((line) => ({ field: "title" as const, line, value: line.text, at: 0 }));
    const furtherRoles = [...labels.filter((l) => l.field === "title" && l !== labelledTitle), ...roleLines];
    for (const role of furtherRoles) {
      const key = words(role.value.toLowerCase()).join(" ");
      if (held.has(key)) continue;
      held.add(key);
      quoteLabel(role, `work_experience[${jobs.length}].title`);
      jobs.push({
        entry: undatedRole(role.value, company, normalizer),
        lines: physical(role.line),
        heads: physical(role.line),
      });
    }
  }
  strayRoles(lines, jobs, evidence, normalizer);
  return { jobs, evidence };
}

/**
 * Header lines above the dates: "Quellin" / "Data Engineer" / dates is two, "Data Engineer" /
 * dates is one. The place a LinkedIn export prints under the dates is no header of the role's own.
 */
function linesAbove(block: DatedBlock): number {
  return Math.max(0, block.head.indexOf(block.anchor));
}

/**
 * "Name and address of employer Quellin AB, Hamngatan 2, 41104 Gothenburg (Sweden)": the
 * employer a label names, with the place (and the street before it) its value ends in split off.
 */
function placed(
  label: EntryLabel | undefined,
  normalizer: ParseNormalizer,
): (EntryLabel & { location: Location | null }) | undefined {
  if (!label) return undefined;
  const carved = carvePlace({ text: label.value, source: 0, at: label.at }, normalizer);
  return { ...label, value: carved.piece.text, location: carved.location?.value ?? null };
}

/** Whether a role's dates lie within its employer's ("2017" within "2014" – "2020", or – now). */
function within(role: DateRange, outer: DateRange): boolean {
  const after = (a: string | null, b: string | null) =>
    a !== null && b !== null && a.slice(0, b.length) >= b.slice(0, a.length);
  if (!after(role.start, outer.start)) return false;
  if (outer.current) return true;
  return !role.current && after(outer.end, role.end);
}

/**
 * "Quellin Labs (2014 – 2020)" / "Senior Analyst (2017 – 2020)" / "Analyst (2014 – 2017)": an
 * employer with its own dates, nothing under it, over roles with no employer whose dates lie
 * within its own. The roles are the jobs, held at that employer.
 */
function employerGroups(blocks: Array<{ block: DatedBlock; head: ReadHead }>) {
  const heads = new Set<number>();
  const roles = new Map<number, { piece: HeadPiece; line: Line }>();
  blocks.forEach(({ block, head }, k) => {
    if (!head.company || head.title || block.body.length > 0 || roles.has(k)) return;
    const group = { piece: head.company, line: block.head[head.company.source] as Line };
    let j = k + 1;
    for (; j < blocks.length; j += 1) {
      const role = blocks[j] as (typeof blocks)[number];
      if (!role.head.title || role.head.company || !within(role.block.date, block.date)) break;
      roles.set(j, group);
    }
    if (j > k + 1) heads.add(k);
  });
  return { heads, roles };
}

/** The title as the line writes it through its tail ("Manager – Sales & Marketing"); the title alone when they are not side by side. */
function withTail(head: EntryHead, lines: Line[]): HeadPiece | null {
  const { title, titleTail: tail } = head;
  const line = title && lines[title.source];
  if (!title || !tail || !line) return title;
  const from = line.text.indexOf(title.text);
  const to = from < 0 ? -1 : line.text.indexOf(tail.text, from + title.text.length);
  if (to < 0 || !/^[\s,–—\-|:·]+$/u.test(line.text.slice(from + title.text.length, to))) return title;
  return { ...title, text: line.text.slice(from, to + tail.text.length) };
}

/**
 * A short line written as an organisation's name is ("Pinsent Hall, Aberdeen", "Hollis Systems
 * Ltd"): every word capitalised, an organisation word or a place after a comma, and not a place
 * alone. The text without a trailing full stop, or null.
 */
function employerLine(line: Line, normalizer: ParseNormalizer): string | null {
  const text = line.text.replace(/\.$/, "");
  if (!isHeaderish(line) || words(text).length > 8 || /[:;,]|[.]$/.test(text.replace(/,(?= )/g, "")))
    return null;
  const named = writtenAsName(text);
  const cue = companyScore(text) >= 2 || /, [^,]+$/.test(text);
  return named && cue && readLocation(text, true) === null && readsAsEmployer(text, normalizer) ? text : null;
}

/** "Summer Placement" / dates / "Pinsent Hall, Aberdeen": the employer among the first lines of a body. */
function employerAtTop(body: Line[], normalizer: ParseNormalizer): EntryLabel | undefined {
  for (const line of body.slice(0, 3)) {
    const value = employerLine(line, normalizer);
    if (value) return { field: "employer", line, value, at: 0 };
  }
  return undefined;
}

/**
 * A line of the section that is a job title and nothing else, yet no entry holds it: the header
 * of a job whose dates were not read ("Camp Counselor" over "May [year]"), or the last role
 * of a job. It is a job held, undated, with the employer of the entry it sits in.
 */
function strayRoles(lines: Line[], jobs: ParsedJob[], evidence: Evidence[], normalizer: ParseNormalizer) {
  const held = new Set(jobs.map((j) => words((j.entry.title ?? "").toLowerCase()).join(" ")));
  for (const line of lines) {
    const key = words(line.text.toLowerCase()).join(" ");
    if (held.has(key) || !readsAsRoleLine(line, normalizer)) continue;
    const home = jobs.find((j) => j.lines.some((l) => l.i === line.i));
    // "Quellin - Team Lead" over the dates gave its job the title "Team Lead": no other role.
    const homeTitle = words((home?.entry.title ?? "").toLowerCase()).join(" ");
    if (homeTitle !== "" && ` ${key} `.includes(` ${homeTitle} `)) continue;
    held.add(key);
    const e = evidenceOn(`work_experience[${jobs.length}].title`, line, line.text, 0);
    if (e) evidence.push(e);
    const company = employerAbove(lines, line, normalizer) ?? home?.entry.company ?? null;
    jobs.push({ entry: undatedRole(line.text, company, normalizer), lines: [line], heads: [line] });
  }
}

/** "Tarvo Day Camp, Dover, DE" / "Summers, 2019" / "Activities Leader": the employer line just above a title line. */
function employerAbove(lines: Line[], line: Line, normalizer: ParseNormalizer): string | null {
  const at = lines.indexOf(line);
  const above = lines
    .slice(Math.max(0, at - 3), at)
    .reverse()
    .find((l) => employerLine(l, normalizer) !== null);
  return above
    ? (readHead([{ text: above.text, source: 0, at: 0 }], normalizer).company?.text ?? null)
    : null;
}

/** A job held with no dates: the title, and the employer when one is known. */
export function undatedRole(
  title: string | null,
  company: string | null,
  normalizer: ParseNormalizer,
): WorkExperience {
  return {
    title,
    normalized_title: title === null ? null : (normalizedTitle(title, normalizer) ?? null),
    company,
    location: null,
    start: null,
    end: null,
    current: false,
    bullets: [],
    role_confidence: 1,
  };
}
