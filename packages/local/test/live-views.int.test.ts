import { describe, expect, it } from "vitest";
import type { LocalRuntime } from "../src/runtime";
import { call, fileForm, tokenFor, useTestRuntime, waitUntilSettled } from "./support";

/*
 * Issue 10 item 6: the live rankings a frontend reads — a job's candidates (minScore, paging,
 * breakdown, latest verdict), the best open jobs for a CV, and one pair explained.
 */
let runtime: LocalRuntime;
let token: string;

useTestRuntime({}, (started) => {
  ({ runtime, token } = started);
});

async function parsed(kind: "jobs" | "resumes", text: string, filename: string): Promise<string> {
  const up =
    kind === "jobs"
      ? await call(runtime, "POST", "/api/jobs", { token, json: { text } })
      : await call(runtime, "POST", "/api/resumes/upload", { token, form: fileForm(text, filename) });
  const id = String(up.body.id);
  expect((await waitUntilSettled(runtime, token, `/api/${kind}/${id}`, 90_000)).body.status).toBe("parsed");
  return id;
}

type Candidate = { rank: number; resumeId: string; score: number; verdict: string | null; breakdown: object };

describe("live views", () => {
  it("a job's candidates best first, filtered and paged; a CV's best jobs; one pair explained", async () => {
    const jobId = await parsed(
      "jobs",
      "Data Engineer\nRemote\n\nRequirements\n- Python\n- SQL\n- Airflow",
      "job.txt",
    );
    const other = await parsed(
      "jobs",
      "Registered Nurse\nOslo\n\nRequirements\n- Nursing\n- Triage",
      "nurse.txt",
    );
    const strong = await parsed(
      "resumes",
      "Ava Strong\nava@example.com\n\nSkills\nPython, SQL, Airflow\n",
      "ava.txt",
    );
    const weak = await parsed(
      "resumes",
      "Ben Weak\nben@example.com\n\nSkills\nWatercolour painting\n",
      "ben.txt",
    );
    const viewer = await tokenFor(runtime, "acme", "viewer");

    const all = await call(runtime, "GET", `/api/jobs/${jobId}/candidates`, { token: viewer });
    expect(all.status).toBe(200);
    const items = all.body.items as Candidate[];
    expect(items.map((c) => c.resumeId)).toEqual([strong, weak]);
    expect(items.map((c) => c.rank)).toEqual([1, 2]);
    expect(items[0]?.score).toBeGreaterThan(items[1]?.score ?? 100);
    expect(items[0]?.breakdown).toHaveProperty("must_have");
    expect(items.every((c) => c.verdict === null)).toBe(true);

    const cut = (items[0]?.score ?? 0) - 0.05;
    const filtered = await call(runtime, "GET", `/api/jobs/${jobId}/candidates?minScore=${cut.toFixed(2)}`, {
      token,
    });
    expect((filtered.body.items as Candidate[]).map((c) => c.resumeId)).toEqual([strong]);
    const first = await call(runtime, "GET", `/api/jobs/${jobId}/candidates?limit=1`, { token });
    expect((first.body.items as Candidate[]).map((c) => c.resumeId)).toEqual([strong]);
    const second = await call(
      runtime,
      "GET",
      `/api/jobs/${jobId}/candidates?limit=1&cursor=${String(first.body.nextCursor)}`,
      {
        token,
      },
    );
    expect((second.body.items as Candidate[]).map((c) => [c.rank, c.resumeId])).toEqual([[2, weak]]);
    expect(second.body.nextCursor).toBeNull();
    expect((await call(runtime, "GET", `/api/jobs/${jobId}/candidates?minScore=101`, { token })).status).toBe(
      400,
    );

    // The latest verdict given in any session of the job shows on the live row.
    const session = await call(runtime, "POST", `/api/jobs/${jobId}/match/step1`, { token, json: {} });
    const feedback = (verdict: string) =>
      call(runtime, "POST", `/api/match-sessions/${String(session.body.id)}/feedback`, {
        token,
        json: { resumeId: strong, verdict },
      });
    await feedback("negative");
    await new Promise((r) => setTimeout(r, 5));
    await feedback("positive");
    const withVerdict = await call(runtime, "GET", `/api/jobs/${jobId}/candidates`, { token });
    expect((withVerdict.body.items as Candidate[]).find((c) => c.resumeId === strong)?.verdict).toBe(
      "positive",
    );

    // The CV's side: open jobs only, best fit first; a closed job drops out.
    const jobs = await call(runtime, "GET", `/api/resumes/${strong}/jobs`, { token: viewer });
    expect((jobs.body.items as Array<{ jobId: string }>).map((j) => j.jobId)).toEqual([jobId, other]);
    await call(runtime, "PATCH", `/api/jobs/${other}`, { token, json: { jobStatus: "on_hold" } });
    const open = await call(runtime, "GET", `/api/resumes/${strong}/jobs`, { token });
    expect((open.body.items as Array<{ jobId: string }>).map((j) => j.jobId)).toEqual([jobId]);

    const pair = await call(runtime, "GET", `/api/jobs/${jobId}/candidates/${strong}`, { token: viewer });
    expect(pair.status).toBe(200);
    expect(pair.body).toMatchObject({
      jobId,
      resumeId: strong,
      name: "Ava Strong",
      verdict: "positive",
      analysis: null,
    });
    expect(pair.body.live).toMatchObject({ rank: 1 });
    expect(pair.body.score).toBe(items[0]?.score);
    expect(pair.body.breakdown).toEqual(items[0]?.breakdown);
    const onHold = await call(runtime, "GET", `/api/jobs/${other}/candidates/${weak}`, { token });
    expect(onHold.status).toBe(200);
    expect(onHold.body.live).toMatchObject({ rank: 2 }); // an on-hold job keeps its ranking, frozen
  });
});
