import * as z from "zod";
import { MatchAnalysisV1Schema } from "../analysis/match-analysis-v1";
import { CreativeJobV1Schema } from "../job/creative-job-v1";
import { JobCardV1Schema } from "../job/job-card-v1";
import { ResumeCardV1Schema } from "../resume/resume-card-v1";
import { ResumeTailorV1Schema } from "../tailoring/resume-tailor-v1";

/** The card schemas of the codex, by their stable name (also their `schema` literal). */
export const CardSchemaByName = {
  "job-card-v1": JobCardV1Schema,
  "creative-job-v1": CreativeJobV1Schema,
  "resume-card-v1": ResumeCardV1Schema,
} as const;

export type CardSchemaName = keyof typeof CardSchemaByName;
export type CardByName = { [N in CardSchemaName]: z.infer<(typeof CardSchemaByName)[N]> };

/** Every schema of the codex: the cards plus what matching produces (generated into codex/). */
export const CodexSchemaByName = {
  ...CardSchemaByName,
  "match-analysis-v1": MatchAnalysisV1Schema,
  "resume-tailor-v1": ResumeTailorV1Schema,
} as const;
export type CodexSchemaName = keyof typeof CodexSchemaByName;

export const codexSchemaNames = Object.keys(CodexSchemaByName) as CodexSchemaName[];

export function isCodexSchemaName(value: string): value is CodexSchemaName {
  return Object.hasOwn(CodexSchemaByName, value);
}

/** Any card, told apart by its `schema` field. */
export const CardSchema = z.discriminatedUnion("schema", [
  JobCardV1Schema,
  CreativeJobV1Schema,
  ResumeCardV1Schema,
]);
export type Card = z.infer<typeof CardSchema>;
