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

    // Feedback reads: one current verdict per candidate and session, the earlier ones kept as history.
    type Verdict = {
      resumeId: string;
      sessionId: string;
      verdict: string;
      history: Array<{ verdict: string }>;
    };
    for (const path of [
      `/api/match-sessions/${String(session.body.id)}/feedback`,
      `/api/jobs/${jobId}/feedback`,
    ]) {
      const read = await call(runtime, "GET", path, { token: viewer });
      expect(read.status).toBe(200);
      expect(read.body.items as Verdict[]).toEqual([
        expect.objectContaining({
          resumeId: strong,
          sessionId: session.body.id,
          verdict: "positive",
          history: [expect.objectContaining({ verdict: "negative" })],
        }),
      ]);
    }
    const results = await call(runtime, "GET", `/api/match-sessions/${String(session.body.id)}`, { token });
    const byResume = new Map((results.body.results as Candidate[]).map((r) => [r.resumeId, r.verdict]));
    expect([byResume.get(strong), byResume.get(weak)]).toEqual(["positive", null]);

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
    // An on-hold job keeps its ranking, frozen; the pair's rank is the one its list gives.
    const frozen = await call(runtime, "GET", `/api/jobs/${other}/candidates`, { token });
    const weakRank = (frozen.body.items as Candidate[]).find((c) => c.resumeId === weak)?.rank;
    expect(onHold.body.live).toMatchObject({ rank: weakRank });
  });

  it("lists tailorings newest first, by job and by CV, without their bundles", async () => {
    const jobId = await parsed(
      "jobs",
      "Backend Engineer\nRemote\n\nRequirements\n- TypeScript\n- PostgreSQL",
      "be.txt",
    );
    const cv = await parsed(
      "resumes",
      "Cleo Tailor\ncleo@example.com\n\nSkills\nTypeScript, PostgreSQL\n",
      "cleo.txt",
    );
    const other = await parsed("resumes", "Dan Tailor\ndan@example.com\n\nSkills\nTypeScript\n", "dan.txt");
    const start = async (resumeId: string) =>
      String(
        (await call(runtime, "POST", "/api/tailor-resume", { token, json: { jobId, resumeId } })).body.id,
      );
    const first = await start(cv);
    const second = await start(other);
    const ids = (body: Record<string, unknown>) => (body.items as Array<{ id: string }>).map((t) => t.id);
    const byJob = await call(runtime, "GET", `/api/tailorings?jobId=${jobId}`, { token });
    expect(ids(byJob.body)).toEqual([second, first]);
    for (const item of byJob.body.items as object[]) expect(item).not.toHaveProperty("bundle");
    const byCv = await call(runtime, "GET", `/api/tailorings?jobId=${jobId}&resumeId=${cv}`, { token });
    expect(ids(byCv.body)).toEqual([first]);
    const page = await call(runtime, "GET", `/api/tailorings?jobId=${jobId}&limit=1`, { token });
    const next = await call(
      runtime,
      "GET",
      `/api/tailorings?jobId=${jobId}&limit=1&cursor=${String(page.body.nextCursor)}`,
      {
        token,
      },
    );
    expect([...ids(page.body), ...ids(next.body)]).toEqual([second, first]);
    expect((await call(runtime, "GET", "/api/tailorings?jobId=nope", { token })).status).toBe(400);
  });
});
