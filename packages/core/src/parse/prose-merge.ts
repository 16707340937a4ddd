import type { Evidence } from "../card/shared";
import type { WorkExperience } from "../resume/resume-card-v1";
import { normalizedTitle, type ParsedJob, undatedRole } from "./experience";
import type { ParseNormalizer } from "./normalizer";
import type { ProseJob } from "./prose-jobs";
import { evidenceIn, words } from "./text";

const titleKey = (text: string | null | undefined) =>
  words((text ?? "").toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, " ")).join(" ");

/**
 * The jobs stated in sentences, merged into the entries read from headers: a job already on the
 * card (one title holding the other) is not repeated; a sentence inside an entry whose header left
 * the title or employer open fills it ("Worked as Analyst with Contoso" under "2015 - 2017");
 * any other becomes an undated entry.
 */
export function withProseJobs(
  parsed: { jobs: ParsedJob[]; evidence: Evidence[] },
  found: ProseJob[],
  normalizer: ParseNormalizer,
): { jobs: ParsedJob[]; evidence: Evidence[] } {
  const jobs = [...parsed.jobs];
  const evidence = [...parsed.evidence];
  for (const prose of found) {
    const key = titleKey(prose.title);
    const holder = jobs.findIndex((j) => {
      const other = titleKey(j.entry.title);
      return other !== "" && (` ${other} `.includes(` ${key} `) || ` ${key} `.includes(` ${other} `));
    });
    if (holder >= 0) {
      // The job is on the card already; the sentence may name the employer its header left open.
      const held = jobs[holder] as ParsedJob;
      if (held.entry.company === null && prose.company && prose.companyAt !== null) {
        jobs[holder] = { ...held, entry: { ...held.entry, company: prose.company } };
        evidence.push(
          evidenceIn(`work_experience[${holder}].company`, prose.line, prose.company, prose.companyAt),
        );
      }
      continue;
    }
    const home = jobs.findIndex((j) => j.lines.some((l) => l.i === prose.line.i));
    const open = home >= 0 && jobs[home]?.entry.title === null ? home : -1;
    const k = open >= 0 ? open : jobs.length;
    const entry: WorkExperience = jobs[open]?.entry ?? undatedRole(prose.title, null, normalizer);
    const company = entry.company ?? prose.company;
    const filled = {
      ...entry,
      title: prose.title,
      normalized_title: normalizedTitle(prose.title, normalizer) ?? null,
      company,
    };
    if (open >= 0) jobs[open] = { ...(jobs[open] as ParsedJob), entry: filled };
    else jobs.push({ entry: filled, lines: [prose.line] });
    evidence.push(evidenceIn(`work_experience[${k}].title`, prose.line, prose.title, prose.titleAt));
    if (prose.company && prose.companyAt !== null && entry.company === null)
      evidence.push(evidenceIn(`work_experience[${k}].company`, prose.line, prose.company, prose.companyAt));
  }
  return { jobs, evidence };
}
