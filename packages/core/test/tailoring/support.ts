import { readdirSync, readFileSync } from "node:fs";
import type { CreativeJobV1, JobCardV1 } from "../../src/job";
import { parseJob, parseResume } from "../../src/parse";
import type { ResumeCardV1 } from "../../src/resume";
import type { ProposedEdit, TailorProposal } from "../../src/tailoring";
import { textDoc } from "../parse/helpers";

const dirs = [new URL("../fixtures/parse/", import.meta.url), new URL("../fixtures/", import.meta.url)];

function read(name: string): string {
  for (const dir of dirs) {
    try {
      return readFileSync(new URL(name, dir), "utf8");
    } catch {}
  }
  throw new Error(`no fixture ${name}`);
}

const languageOf = (name: string) => /-(da|ar|de)\.txt$/.exec(name)?.[1] ?? "en";

export function resumeFixture(name: string): ResumeCardV1 {
  return parseResume(textDoc(read(name), languageOf(name)));
}

export function jobFixture(name: string): JobCardV1 | CreativeJobV1 {
  return parseJob(textDoc(read(name), languageOf(name)));
}

export const resumeText = (text: string, language = "en") => parseResume(textDoc(text, language));
export const jobText = (text: string, language = "en") => parseJob(textDoc(text, language));

/** The team's fixture CVs and job ads (packages/core/test/fixtures). */
export function fixtureNames(): { resumes: string[]; jobs: string[] } {
  const names = dirs.flatMap((d) => readdirSync(d).filter((n) => n.endsWith(".txt")));
  return {
    resumes: names.filter((n) => n.startsWith("resume-")),
    jobs: names.filter((n) => n.startsWith("job-")),
  };
}

export function edit(e: Partial<ProposedEdit> & Pick<ProposedEdit, "path" | "kind">): ProposedEdit {
  return { text: null, order: null, reason: "test", requirement: null, ...e };
}

export function proposal(edits: ProposedEdit[], extra: Partial<TailorProposal> = {}): TailorProposal {
  return {
    edits,
    provider: "openai",
    model: "test-model",
    prompt_version: "1.0.0",
    output_language: null,
    warnings: [],
    injection_detected: false,
    ...extra,
  };
}

/** Everything tailoring must never change, for comparing a tailored card with its source. */
export function protectedFacts(card: ResumeCardV1) {
  const { headline: _h, ...contact } = card.personal_info;
  return {
    contact,
    roles: card.work_experience.map((r) => [r.company, r.title, r.start, r.end, r.current, r.bullets.length]),
    education: card.education,
    certifications: card.certifications,
    languages: card.languages,
    skills: card.skills.map((s) => s.id ?? s.raw ?? s.name).sort(),
  };
}
