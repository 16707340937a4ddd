import { readFileSync } from "node:fs";
import type { Recording } from "@futodama/ai/testing";
import type { LocalRuntime } from "../src/runtime";
import { emptyJob, emptyResume, fakeAnalysis } from "./deep-dive-support";
import { type ApiResponse, call } from "./support";

/* The audit test's fake model answers, and what it reads back (issue 13). */

export const promptVersion = (file: string) =>
  (
    JSON.parse(readFileSync(new URL(`../../../codex/prompts/${file}`, import.meta.url), "utf8")) as {
      version: string;
    }
  ).version;

const claim = (value: string, evidence: string) => ({ value, evidence });
const resumeExtraction = {
  ...emptyResume,
  // One claim the CV backs, one it does not (a place it never names): the evidence check drops it.
  name: claim("Maja Jensen", "Maja Jensen"),
  location: claim("Paris, France", "Lives in Paris, France"),
};
// One edit the verifier must refuse: a skill the CV does not have.
const tailoring = {
  edits: [
    {
      path: "skills[0]",
      kind: "rename",
      text: "Kubernetes",
      order: null,
      reason: "The job asks for it",
      requirement: null,
    },
  ],
  injection_suspected: false,
  injection_notes: [],
};
export const auditRecordings: Recording[] = [
  { match: "Extract the candidate's name", answer: resumeExtraction },
  { match: "Extract the job title", answer: emptyJob },
  {
    match: "<step1>",
    answer: fakeAnalysis(75, ["Built services with TypeScript", "Led a team of 200 engineers at Google"]),
  },
  { match: "<cv_card>", answer: tailoring },
];

/** Polls GET /api/tailorings/:id until it leaves queued/running. */
export async function waitForTailoring(
  runtime: LocalRuntime,
  token: string,
  id: string,
): Promise<ApiResponse> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const res = await call(runtime, "GET", `/api/tailorings/${id}`, { token });
    if (res.body.status !== "queued" && res.body.status !== "running") return res;
    if (Date.now() > deadline) throw new Error(`tailoring ${id} still ${String(res.body.status)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
