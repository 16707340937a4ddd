import type { CreativeJobV1, JobCardV1, MatchResult } from "@futodama/core";

/*
 * What the model reads besides the CV: the job, compacted (requirements as written, no evidence
 * spans), and the step-1 result it starts from. Both are fenced like the CV: data, never
 * instructions.
 */

const strip = (text: string, tag: string) => text.replace(new RegExp(`</?${tag}>`, "gi"), "");

export function jobContext(job: JobCardV1 | CreativeJobV1): string {
  const compact = {
    title: job.basics.title,
    seniority: job.basics.seniority ?? null,
    company: job.basics.company ?? null,
    location: job.basics.location ?? null,
    work_mode: job.basics.work_mode ?? null,
    years_required: job.years_required ?? null,
    summary: job.overview?.summary ?? null,
    responsibilities: job.overview?.responsibilities ?? [],
    must_have: job.requirements.must_have.map((r) => r.text),
    nice_to_have: job.requirements.nice_to_have.map((r) => r.text),
    languages: job.language_requirements ?? [],
  };
  return `<job>\n${strip(JSON.stringify(compact, null, 1), "job")}\n</job>`;
}

export function step1Context(step1: MatchResult): string {
  const lines = [`score: ${step1.score} / 100`];
  if (step1.missingMustHaves.length > 0)
    lines.push(`missing must-haves: ${step1.missingMustHaves.join("; ")}`);
  for (const [category, c] of Object.entries(step1.breakdown)) {
    if (c.weight === 0) continue;
    const evidence = c.evidence
      .map(
        (e) =>
          `${e.matched ? (e.via === "related" || e.via === "similar" ? "~" : "+") : "-"} ${e.requirement}`,
      )
      .join("; ");
    lines.push(`${category}: ${Math.round(c.score * 100)}%${evidence ? ` (${evidence})` : ""}`);
  }
  return `<step1>\n${strip(lines.join("\n"), "step1")}\n</step1>`;
}
