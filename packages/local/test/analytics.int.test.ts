import { beforeAll, describe, expect, it, vi } from "vitest";
import type { LocalRuntime } from "../src/runtime";
import { call, fileForm, tokenFor, useTestRuntime, waitUntilSettled } from "./support";

/*
 * Issue 13 item 4: the dashboard and the skills report, over jobs and CVs that went in through
 * the API (generated text) and a step-1 run, must say exactly what the records and rankings say;
 * another tenant sees zeros.
 */
let runtime: LocalRuntime;
let token: string;

useTestRuntime({ tenant: "analytics", role: "recruiter" }, (started) => {
  ({ runtime, token } = started);
});

const jobTexts = [
  "Data Engineer\nRemote\n\nRequirements\n- Python\n- SQL\n- Apache Airflow\n\nNice to have\n- Docker",
  "Backend Developer\nBerlin\n\nRequirements\n- Java\n- PostgreSQL\n- Docker\n- Kubernetes",
  "Frontend Developer\nParis\n\nRequirements\n- React\n- TypeScript\n- CSS",
];
const cvTexts = [
  "Ava Stone\nava@example.com\n\nSkills\nPython, SQL, Apache Airflow, Docker\n",
  "Ben Lake\nben@example.com\n\nSkills\nJava, Spring, PostgreSQL, Docker, Kubernetes\n",
  "Cleo Hart\ncleo@example.com\n\nSkills\nPython, Java\n",
  "Dan Reed\ndan@example.com\n\nSkills\nWatercolour painting\n",
];

interface Card {
  skills?: { id?: string | null }[];
  requirements?: Record<string, { skill_id?: string | null }[]>;
}
const get = async (path: string, as = token) => {
  const res = await call(runtime, "GET", path, { token: as });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as Record<string, unknown> & { items?: unknown[] };
};
const distinct = (ids: (string | null | undefined)[]) => [...new Set(ids.filter((id): id is string => !!id))];

const jobs: string[] = [];
const cvs: string[] = [];
let failedCv = "";
let step1Session = "";

beforeAll(async () => {
  for (const text of jobTexts) {
    const up = await call(runtime, "POST", "/api/jobs", { token, json: { text } });
    const id = String(up.body.id);
    expect((await waitUntilSettled(runtime, token, `/api/jobs/${id}`, 90_000)).body.status).toBe("parsed");
    // Its ingest ends with a step-1 ranking: wait for it, so no CV races it.
    await vi.waitFor(
      async () => expect((await get(`/api/jobs/${id}/match-sessions`)).items).toHaveLength(1),
      { timeout: 60_000, interval: 100 },
    );
    jobs.push(id);
  }
  // The third job stops hiring: out of the demand, its live ranking dropped.
  const closed = await call(runtime, "PATCH", `/api/jobs/${jobs[2]}`, {
    token,
    json: { jobStatus: "closed" },
  });
  expect(closed.status).toBe(200);
  for (const [i, text] of cvTexts.entries()) {
    const up = await call(runtime, "POST", "/api/resumes/upload", {
      token,
      form: fileForm(text, `cv-${i}.txt`),
    });
    const id = String(up.body.id);
    expect((await waitUntilSettled(runtime, token, `/api/resumes/${id}`, 90_000)).body.status).toBe("parsed");
    cvs.push(id);
  }
  const bad = await call(runtime, "POST", "/api/resumes/upload", {
    token,
    form: fileForm("%PDF-1.7\nnot really a pdf", "broken.pdf"),
  });
  failedCv = String(bad.body.id);
  expect((await waitUntilSettled(runtime, token, `/api/resumes/${failedCv}`, 60_000)).body.status).toBe(
    "failed",
  );
  // Every CV scored against both open jobs (DocumentIngest's Match step runs after the record is parsed).
  for (const job of jobs.slice(0, 2)) {
    await vi.waitFor(
      async () => expect((await get(`/api/jobs/${job}/candidates?limit=500`)).items).toHaveLength(cvs.length),
      { timeout: 60_000, interval: 100 },
    );
  }
  const run = await call(runtime, "POST", `/api/jobs/${jobs[0]}/match/step1`, { token, json: {} });
  expect(run.status).toBe(200);
  step1Session = String(run.body.id);
}, 600_000);

describe("GET /api/analytics/dashboard", () => {
  it("counts the jobs, CVs, documents and sessions, and buckets the live rankings' scores exactly", async () => {
    const dashboard = await get("/api/analytics/dashboard?recent=100");
    expect(dashboard.jobs).toEqual({
      total: 3,
      byStatus: { queued: 0, processing: 0, parsed: 3, failed: 0 },
      byJobStatus: { open: 2, on_hold: 0, closed: 1 },
      open: 2,
    });
    expect(dashboard.candidates).toEqual({
      total: 5,
      byStatus: { queued: 0, processing: 0, parsed: 4, failed: 1 },
      byPipelineStatus: { available: 5, interviewing: 0, hired: 0, archived: 0 },
    });
    expect(dashboard.documents).toEqual({ total: 8, queued: 0, processing: 0, parsed: 7, failed: 1 });

    const scores: number[] = [];
    for (const job of jobs) {
      const ranking = (await get(`/api/jobs/${job}/candidates?limit=500`)).items as { score: number }[];
      scores.push(...ranking.map((c) => c.score));
    }
    expect(scores).toHaveLength(8); // 4 CVs × 2 open jobs; the closed job's ranking is gone
    const buckets = Array.from({ length: 10 }, (_, b) => ({
      from: b * 10,
      to: b * 10 + 10,
      count: scores.filter((s) => Math.min(9, Math.floor(s / 10)) === b).length,
    }));
    const average = Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 100) / 100;
    expect(dashboard.scores).toEqual({ count: 8, average: expect.closeTo(average, 1), buckets });

    // One step-1 session per job's ingest, and the one run above.
    const matching = dashboard.matching as { step1Sessions: unknown; deepDives: unknown };
    expect(matching.step1Sessions).toEqual({
      total: 4,
      byStatus: { queued: 0, running: 0, done: 4, failed: 0 },
    });
    expect(matching.deepDives).toMatchObject({ sessions: 0, analyses: 0, failedAnalyses: 0 });
    expect(dashboard.tailorings).toMatchObject({ total: 0 });

    const activity = dashboard.recentActivity as { kind: string; id: string; status: string; at: string }[];
    expect(activity[0]).toMatchObject({ kind: "match.step1", id: step1Session, status: "done" });
    expect(activity.find((e) => e.id === failedCv)).toMatchObject({
      kind: "resume",
      status: "failed",
      errorCode: expect.any(String),
    });
    for (const id of [...jobs, ...cvs]) expect(activity.map((e) => e.id)).toContain(id);
    const times = activity.map((e) => Date.parse(e.at));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(((await get("/api/analytics/dashboard?recent=2")).recentActivity as unknown[]).length).toBe(2);
  });

  it("refuses a bad query", async () => {
    const res = await call(runtime, "GET", "/api/analytics/dashboard?recent=0x10", { token });
    expect([res.status, res.body.code]).toEqual([400, "request.invalid"]);
  });
});

describe("GET /api/analytics/skills", () => {
  it("demand over the open jobs' cards, supply over the parsed CVs' cards, shares and gap", async () => {
    const demand = new Map<string, number>();
    for (const job of jobs.slice(0, 2)) {
      const card = (await get(`/api/jobs/${job}`)).card as Card;
      const ids = distinct(
        Object.values(card.requirements ?? {}).flatMap((list) => list.map((r) => r.skill_id)),
      );
      for (const id of ids) demand.set(id, (demand.get(id) ?? 0) + 1);
    }
    const supply = new Map<string, number>();
    for (const cv of cvs) {
      const card = (await get(`/api/resumes/${cv}`)).card as Card;
      for (const id of distinct((card.skills ?? []).map((s) => s.id)))
        supply.set(id, (supply.get(id) ?? 0) + 1);
    }
    expect(demand.get("sk_python")).toBe(1);
    expect(supply.get("sk_python")).toBe(2);
    const expected = [...demand].map(([skillId, jobsAsking]) => {
      const demandShare = jobsAsking / 2;
      const supplyShare = (supply.get(skillId) ?? 0) / cvs.length;
      return { skillId, jobsAsking, candidates: supply.get(skillId) ?? 0, gap: demandShare - supplyShare };
    });
    const report = await get("/api/analytics/skills?top=200");
    expect([report.openJobs, report.candidates, report.order]).toEqual([2, 4, "demand"]);
    type Item = {
      skillId: string;
      label: string;
      demand: { jobs: number };
      supply: { candidates: number };
      gap: number;
    };
    const items = report.items as Item[];
    expect(items.map((i) => i.skillId).sort()).toEqual(expected.map((e) => e.skillId).sort());
    for (const e of expected) {
      const item = items.find((i) => i.skillId === e.skillId);
      expect([item?.demand.jobs, item?.supply.candidates]).toEqual([e.jobsAsking, e.candidates]);
      expect(item?.gap).toBeCloseTo(e.gap, 4);
    }
    expect(items.map((i) => i.demand.jobs)).toEqual(items.map((i) => i.demand.jobs).sort((a, b) => b - a));
    expect(items.find((i) => i.skillId === "sk_python")?.label).toBe("Python");
    // React is asked for only by the closed job: no demand.
    const closedCard = (await get(`/api/jobs/${jobs[2]}`)).card as Card;
    expect(Object.values(closedCard.requirements ?? {}).flatMap((l) => l.map((r) => r.skill_id))).toContain(
      "sk_react",
    );
    expect(items.some((i) => i.skillId === "sk_react")).toBe(false);

    const byGap = (await get("/api/analytics/skills?top=3&order=gap")).items as Item[];
    const gaps = [...expected].sort((a, b) => b.gap - a.gap || a.skillId.localeCompare(b.skillId));
    expect(byGap.map((i) => i.gap)).toEqual(gaps.slice(0, 3).map((e) => expect.closeTo(e.gap, 4)));
  });
});

describe("analytics of another tenant", () => {
  it("is all zeros, for any role", async () => {
    const viewer = await tokenFor(runtime, "analytics-empty", "viewer");
    const dashboard = await get("/api/analytics/dashboard", viewer);
    expect(dashboard).toMatchObject({
      jobs: { total: 0, open: 0 },
      candidates: { total: 0 },
      documents: { total: 0, parsed: 0, failed: 0 },
      scores: { count: 0, average: null },
      matching: { step1Sessions: { total: 0 }, deepDives: { sessions: 0, analyses: 0 } },
      tailorings: { total: 0 },
      recentActivity: [],
    });
    expect((dashboard.scores as { buckets: { count: number }[] }).buckets.every((b) => b.count === 0)).toBe(
      true,
    );
    expect(await get("/api/analytics/skills", viewer)).toEqual({
      openJobs: 0,
      candidates: 0,
      order: "demand",
      items: [],
    });
  });
});
