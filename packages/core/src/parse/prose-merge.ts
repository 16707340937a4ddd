import type { Evidence } from "../card/shared";
import type { WorkExperience } from "../resume/resume-card-v1";
import { normalizedTitle, type ParsedJob, undatedRole } from "./experience";
import type { ParseNormalizer } from "./normalizer";
import type { ProseEmployer } from "./prose-employers";
import type { ProseJob } from "./prose-jobs";
import { evidenceIn, type Line, words } from "./text";

/** The jobs read so far, and the evidence for their fields. */
type ReadJobs = { jobs: ParsedJob[]; evidence: Evidence[] };

/**
 * Where the card's k-th job names its employer, when the statement names one: the line that
 * names it, at its offset.
 */
function companyEvidence(
  k: number,
  named: Pick<ProseJob, "line" | "companyLine" | "company" | "companyAt">,
): Evidence[] {
  if (!named.company || named.companyAt === null) return [];
  const line = named.companyLine ?? named.line;
  return [evidenceIn(`work_experience[${k}].company`, line, named.company, named.companyAt)];
}

const titleKey = (text: string | null | undefined) =>
  words((text ?? "").toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, " ")).join(" ");

/** One name holds the other, word for word ("Quellin" and "Quellin Technologies Pvt Ltd"). */
function sameName(a: string | null | undefined, b: string): boolean {
  const x = titleKey(a);
  const y = titleKey(b);
  return x !== "" && y !== "" && (` ${x} `.includes(` ${y} `) || ` ${y} `.includes(` ${x} `));
}

/** The line is part of the entry read from headers (not a job an earlier sentence on it stated). */
function holdsLine(job: ParsedJob, line: Line): boolean {
  const statedThere = job.entry.start === null && job.lines.length === 1 && job.lines[0]?.i === line.i;
  return !statedThere && job.lines.some((l) => l.i === line.i);
}

/**
 * The jobs stated in sentences, merged into the entries read from headers: a job already on the
 * card (one title holding the other) is not repeated; a sentence inside an entry whose header left
 * the title or employer open fills it ("Worked as Analyst with Contoso" under "2015 - 2017");
 * any other becomes an undated entry.
 */
export function withProseJobs(parsed: ReadJobs, found: ProseJob[], normalizer: ParseNormalizer): ReadJobs {
  const jobs = [...parsed.jobs];
  const evidence = [...parsed.evidence];
  for (const prose of found) {
    // Outside every entry, "Quellin Consultancy Services as CRM Consultant" is another job than
    // the card's "CRM Consultant" at Zentra AG; inside an entry's body the other name is a client.
    const inEntry = jobs.some((j) => holdsLine(j, prose.line));
    const holder = jobs.findIndex(
      (j) =>
        sameName(j.entry.title, prose.title) &&
        (inEntry || !prose.company || j.entry.company === null || sameName(j.entry.company, prose.company)),
    );
    if (holder >= 0) {
      // The job is on the card already; the sentence may name the employer its header left open.
      const held = jobs[holder] as ParsedJob;
      if (held.entry.company === null && prose.company && prose.companyAt !== null) {
        jobs[holder] = { ...held, entry: { ...held.entry, company: prose.company } };
        evidence.push(...companyEvidence(holder, prose));
      }
      continue;
    }
    const home = jobs.findIndex((j) => holdsLine(j, prose.line));
    const open = home >= 0 && jobs[home]?.entry.title === null ? home : -1;
    const k = open >= 0 ? open : jobs.length;
    const entry: WorkExperience = jobs[open]?.entry ?? {
      ...undatedRole(prose.title, null, normalizer),
      ...(prose.dates ?? {}),
    };
    // "Promoted to Team Lead" inside Quellin's entry: a role at the entry's employer.
    const homeCompany = open < 0 && prose.promoted ? (jobs[home]?.entry.company ?? null) : null;
    const company = entry.company ?? prose.company ?? homeCompany;
    const filled = {
      ...entry,
      title: prose.title,
      normalized_title: normalizedTitle(prose.title, normalizer) ?? null,
      company,
    };
    if (open >= 0) jobs[open] = { ...(jobs[open] as ParsedJob), entry: filled };
    else jobs.push({ entry: filled, lines: [prose.line], heads: [prose.line] });
    evidence.push(evidenceIn(`work_experience[${k}].title`, prose.line, prose.title, prose.titleAt));
    if (entry.company === null) evidence.push(...companyEvidence(k, prose));
    const homeEvidence = evidence.find((e) => e.field === `work_experience[${home}].company`);
    if (homeCompany && homeEvidence)
      evidence.push({ ...homeEvidence, field: `work_experience[${k}].company` });
  }
  return { jobs, evidence };
}

/**
 * Employers named in sentences without a title ("Worked for Harwick Informatics Centre"): one
 * already on the card is not repeated; inside an entry with no employer the sentence names it;
 * inside an entry that has one, it is someone else (a client, a partner) and is left out, unless
 * the sentence states the writer's own job there ("Employed with Quellin Pvt Ltd, placed at the
 * client's site"); outside every entry (the summary, the header) it is an undated job of its own.
 */
export function withProseEmployers(
  parsed: ReadJobs,
  found: ProseEmployer[],
  normalizer: ParseNormalizer,
): ReadJobs {
  const jobs = [...parsed.jobs];
  const evidence = [...parsed.evidence];
  // The jobs added here: a dated one ("Quellin Technologies (2015 - 2017), Tarvo …") is no entry
  // whose line the next name on it sits in.
  const added = new Set<ParsedJob>();
  for (const prose of found) {
    if (jobs.some((j) => sameName(j.entry.company, prose.company))) continue;
    const home = jobs.findIndex((j) => !added.has(j) && holdsLine(j, prose.line));
    const other = jobs[home]?.entry.company != null;
    if (other && !prose.stated) continue;
    // A consultancy's staff list the client as the entry's employer: their own firm is a job of its own.
    const held = other ? undefined : jobs[home];
    const k = held ? home : jobs.length;
    const entry: WorkExperience = held?.entry ?? {
      ...undatedRole(null, null, normalizer),
      ...(prose.dates ?? {}),
    };
    const filled = {
      entry: { ...entry, company: prose.company },
      lines: held?.lines ?? [prose.line],
      heads: held?.heads ?? [prose.line],
    };
    if (held) jobs[home] = filled;
    else {
      jobs.push(filled);
      added.add(filled);
    }
    evidence.push(...companyEvidence(k, prose));
  }
  return { jobs, evidence };
}

/**
 * A table's rows read by their columns (table-jobs.ts) replace what the header reader made of the
 * same dated line ("Quellin Ltd Process Expert" as one title under "Organization Designation
 * Duration" as the employer); rows no entry read are stated jobs like any other.
 */
export function withTableRows(parsed: ReadJobs, rows: ProseJob[], normalizer: ParseNormalizer): ReadJobs {
  const jobs = [...parsed.jobs];
  let evidence = [...parsed.evidence];
  const rest: ProseJob[] = [];
  for (const row of rows) {
    const k = jobs.findIndex((j) => j.entry.start !== null && j.lines.some((l) => l.i === row.line.i));
    const held = jobs[k];
    if (!held || row.dates?.start !== held.entry.start) {
      rest.push(row);
      continue;
    }
    const entry = {
      ...held.entry,
      title: row.title,
      normalized_title: normalizedTitle(row.title, normalizer) ?? null,
      company: row.company,
    };
    jobs[k] = { ...held, entry };
    const fields = new Set([`work_experience[${k}].title`, `work_experience[${k}].company`]);
    evidence = evidence.filter((e) => !fields.has(e.field));
    evidence.push(evidenceIn(`work_experience[${k}].title`, row.line, row.title, row.titleAt));
    evidence.push(...companyEvidence(k, row));
  }
  return withProseJobs({ jobs, evidence }, rest, normalizer);
}
