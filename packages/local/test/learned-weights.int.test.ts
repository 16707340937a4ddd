import { afterAll, beforeAll, expect, it } from "vitest";
import type { LocalRuntime } from "../src/runtime";
import { call, startTestRuntime, tokenFor, waitUntilSettled } from "./support";

/*
 * Issue 14 item 4 on a synthetic tenant, over HTTP: its recruiters keep choosing candidates in
 * town over ones with more skills far away. Once there are enough verdicts, the next step-1 run
 * weighs location more, says so on the session, and ranks the recruiters' kind of candidate higher.
 */

const tenant = "learning-tenant";
const job = `Backend Engineer

Nordlys Data ApS — Copenhagen, Denmark (on site)

Requirements
- TypeScript
- PostgreSQL

Nice to have
- Docker
- Kubernetes
- Terraform
`;

const cv = (name: string, place: string, skills: string) =>
  `${name}\n${name.toLowerCase().replace(" ", ".")}@example.com | ${place}\n\nExperience\nBackend Engineer, Acme — Jan 2018 – Present\n- Worked with ${skills}.\n\nSkills\n${skills}\n\nLanguages\nEnglish (fluent)\n`;

const far = ["Ava Brown", "Liam Smith", "Noah Jones", "Mia Wilson", "Ella Taylor", "Jack White"].map((name) =>
  cv(name, "Sydney, Australia", "TypeScript, PostgreSQL, Docker, Kubernetes, Terraform"),
);
const local = ["Maja Jensen", "Lars Berg", "Ida Holm", "Emil Lund", "Freja Dahl", "Oskar Vest"].map((name) =>
  cv(name, "Copenhagen, Denmark", "TypeScript, PostgreSQL"),
);

let runtime: LocalRuntime;
let recruiter: string;
let jobId: string;
const farIds = new Set<string>();
const localIds = new Set<string>();

async function post(path: string, json: unknown) {
  const res = await call(runtime, "POST", path, { token: recruiter, json });
  expect(res.status, JSON.stringify(res.body)).toBeLessThan(300);
  return res.body;
}

beforeAll(async () => {
  runtime = await startTestRuntime();
  recruiter = await tokenFor(runtime, tenant, "recruiter");
  jobId = String((await post("/api/jobs", { text: job })).id);
  for (const [texts, ids] of [
    [far, farIds],
    [local, localIds],
  ] as const) {
    for (const text of texts) ids.add(String((await post("/api/resumes", { text })).id));
  }
  for (const id of [...farIds, ...localIds]) {
    expect((await waitUntilSettled(runtime, recruiter, `/api/resumes/${id}`)).body.status).toBe("parsed");
  }
  expect((await waitUntilSettled(runtime, recruiter, `/api/jobs/${jobId}`)).body.status).toBe("parsed");
}, 180_000);
afterAll(async () => {
  await runtime?.stop();
});

type Session = {
  id: string;
  results: { resumeId: string; rank: number }[];
  weighting: Record<string, unknown>;
};

const meanRank = (session: Session, ids: Set<string>) => {
  const ranks = session.results.filter((r) => ids.has(r.resumeId)).map((r) => r.rank);
  return ranks.reduce((a, b) => a + b, 0) / ranks.length;
};

it("learns the tenant's weights from its verdicts and ranks toward the recruiters' choices", async () => {
  const before = (await post(`/api/jobs/${jobId}/match/step1`, {})) as Session;
  expect(before.weighting).toMatchObject({ source: "codex", verdicts: 0 });
  // With the codex weights the more skilled candidates far away come first.
  expect(meanRank(before, farIds)).toBeLessThan(meanRank(before, localIds));

  for (const id of localIds)
    await post(`/api/match-sessions/${before.id}/feedback`, { resumeId: id, verdict: "positive" });
  for (const id of farIds)
    await post(`/api/match-sessions/${before.id}/feedback`, { resumeId: id, verdict: "negative" });

  const after = (await post(`/api/jobs/${jobId}/match/step1`, {})) as Session;
  const codex = before.weighting.weights as Record<string, number>;
  const learned = after.weighting.weights as Record<string, number>;
  expect(after.weighting).toMatchObject({ source: "learned", verdicts: 12, relevant: 6 });
  expect(learned.location).toBeGreaterThan(codex.location ?? 0);
  expect(learned.nice_to_have).toBeLessThan(codex.nice_to_have ?? 0);
  expect(meanRank(after, localIds)).toBeLessThan(meanRank(after, farIds));

  // A run that brings its own weights uses them, not the learned ones.
  const asked = (await post(`/api/jobs/${jobId}/match/step1`, { weights: { location: 0 } })) as Session;
  expect(asked.weighting).toMatchObject({ source: "request", weights: { location: 0 } });
  // The session read back shows the same weighting.
  const read = await call(runtime, "GET", `/api/match-sessions/${after.id}`, { token: recruiter });
  expect(read.body.weighting).toEqual(after.weighting);
}, 120_000);
