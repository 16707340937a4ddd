import { routes } from "@futodama/functions/routes";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LocalRuntime } from "../src/runtime";
import { analyticsProbes } from "./analytics-probes";
import { auditProbes } from "./audit-probes";
import { batchProbes } from "./batch-probes";
import { call, fileForm, startTestRuntime, tokenFor, waitUntilSettled } from "./support";
import { webhookProbes } from "./webhook-probes";

let runtime: LocalRuntime;
let alice: string;
let bob: string;
const owned: Record<"job" | "resume", string> = { job: "", resume: "" };

beforeAll(async () => {
  runtime = await startTestRuntime();
  alice = await tokenFor(runtime, "tenant-a", "admin");
  bob = await tokenFor(runtime, "tenant-b", "admin");
  const job = await call(runtime, "POST", "/api/jobs", {
    token: alice,
    json: { text: "Secret Role\nConfidential" },
  });
  const cv = await call(runtime, "POST", "/api/resumes/upload", {
    token: alice,
    form: fileForm("Private Person\nprivate@example.com\n\nSummary\nConfidential candidate.", "private.txt"),
  });
  owned.job = String(job.body.id);
  owned.resume = String(cv.body.id);
  await waitUntilSettled(runtime, alice, `/api/jobs/${owned.job}`);
  await waitUntilSettled(runtime, alice, `/api/resumes/${owned.resume}`);
});
afterAll(async () => {
  await runtime?.stop();
});

type Probe = () => Promise<void>;

/** How tenant B tries to reach tenant A's data on each route, and what it must get. */
function probes(domain: "jobs" | "resumes", kind: "job" | "resume", Noun: string): Record<string, Probe> {
  return {
    [`get${Noun}`]: async () => {
      const res = await call(runtime, "GET", `/api/${domain}/${owned[kind]}`, { token: bob });
      expect(res.status).toBe(404);
      expect(res.body.code).toBe(`${kind}.not_found`);
    },
    [`retry${Noun}`]: async () => {
      const before = await runtime.deps.storage.getRecord("tenant-a", kind, owned[kind]);
      const res = await call(runtime, "POST", `/api/${domain}/${owned[kind]}/retry`, { token: bob });
      expect(res.status).toBe(404);
      expect(res.body.code).toBe(`${kind}.not_found`);
      const after = await runtime.deps.storage.getRecord("tenant-a", kind, owned[kind]);
      expect(after?.updatedAt).toEqual(before?.updatedAt);
    },
    [`list${Noun}s`]: async () => {
      for (const query of ["", "?q=private", "?status=parsed", "?limit=100"]) {
        const res = await call(runtime, "GET", `/api/${domain}${query}`, { token: bob });
        expect(res.status).toBe(200);
        const ids = (res.body.items as Array<{ id: string }>).map((i) => i.id);
        expect(ids).not.toContain(owned[kind]);
        for (const id of ids)
          expect(await runtime.deps.storage.getRecord("tenant-b", kind, id)).not.toBeNull();
      }
    },
    [`create${Noun}FromText`]: async () => {
      // The same text as tenant A's is a new record for B, not a handle on A's.
      const res = await call(runtime, "POST", `/api/${domain}`, {
        token: bob,
        json: { text: kind === "job" ? "Secret Role\nConfidential" : "Private Person\nprivate@example.com" },
      });
      expect(res.status).toBe(202);
      expect(res.body.id).not.toBe(owned[kind]);
      expect(await runtime.deps.storage.getRecord("tenant-b", kind, owned[kind])).toBeNull();
    },
    [`upload${Noun}`]: async () => {
      const res = await call(runtime, "POST", `/api/${domain}/upload`, {
        token: bob,
        form: fileForm(
          "Private Person\nprivate@example.com\n\nSummary\nConfidential candidate.",
          "private.txt",
        ),
      });
      if (kind === "resume") {
        // Byte-identical to tenant A's CV: still a fresh record for B, never A's id.
        expect(res.status).toBe(202);
        expect(res.body).toMatchObject({ duplicate: false });
      }
      expect(res.body.id).not.toBe(owned[kind]);
    },
    [`patch${Noun}`]: async () => {
      const before = await runtime.deps.storage.getRecord("tenant-a", kind, owned[kind]);
      const json =
        kind === "job"
          ? { jobStatus: "closed", title: "Stolen" }
          : { pipelineStatus: "hired", title: "Stolen" };
      const res = await call(runtime, "PATCH", `/api/${domain}/${owned[kind]}`, { token: bob, json });
      expect([res.status, res.body.code]).toEqual([404, `${kind}.not_found`]);
      const after = await runtime.deps.storage.getRecord("tenant-a", kind, owned[kind]);
      expect(after).toEqual(before);
    },
    [`delete${Noun}`]: async () => {
      const res = await call(runtime, "DELETE", `/api/${domain}/${owned[kind]}`, { token: bob });
      expect([res.status, res.body.code]).toEqual([404, `${kind}.not_found`]);
      const record = await runtime.deps.storage.getRecord("tenant-a", kind, owned[kind]);
      expect(record).not.toBeNull();
      // The original file is still there: tenant A can still download it.
      const file = await call(runtime, "GET", `/api/${domain}/${owned[kind]}/file`, { token: alice });
      expect(file.status).toBe(200);
    },
    [`get${Noun}File`]: async () => {
      const res = await call(runtime, "GET", `/api/${domain}/${owned[kind]}/file`, { token: bob });
      expect([res.status, res.body.code]).toEqual([404, `${kind}.not_found`]);
      expect(JSON.stringify(res.body)).not.toContain("X-Amz-Signature");
    },
    [`presign${Noun}Upload`]: async () => {
      const res = await call(runtime, "POST", `/api/${domain}/presign`, {
        token: bob,
        json: { filename: "x.txt", contentType: "text/plain", size: 10 },
      });
      expect(res.status).toBe(201);
      expect(String(res.body.key)).toMatch(/^tenants\/tenant-b\//);
    },
  };
}

async function skillId(name: string): Promise<string> {
  const res = await call(runtime, "GET", `/api/codex/skills?q=${encodeURIComponent(name)}`, { token: alice });
  return String((res.body.items as Array<{ id: string }>)[0]?.id);
}

const codexProbes: Record<string, Probe> = {
  visionExtract: async () => {
    // Stateless: it reads the file and answers; nothing is stored for either tenant.
    const before = await runtime.deps.storage.countRecords("tenant-b", "resume");
    const form = fileForm("Plain text needs no OCR\nbut is read all the same", "note.txt");
    const res = await call(runtime, "POST", "/api/vision/extract", { token: bob, form });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ provider: "text-layer" });
    expect(await runtime.deps.storage.countRecords("tenant-b", "resume")).toBe(before);
  },
  searchSkills: async () => {
    // The taxonomy is shared reference data; what each tenant adds to it is not (below).
    const res = await call(runtime, "GET", "/api/codex/skills?q=postgres", { token: bob });
    expect(res.status).toBe(200);
  },
  listCodexSchemas: async () => {
    // The card schemas are shared reference data: every tenant reads the same list.
    const theirs = await call(runtime, "GET", "/api/codex", { token: bob });
    const mine = await call(runtime, "GET", "/api/codex", { token: alice });
    expect(theirs.status).toBe(200);
    expect(theirs.body).toEqual(mine.body);
  },
  getCodexSchema: async () => {
    const theirs = await call(runtime, "GET", "/api/codex/resume-card-v1", { token: bob });
    const mine = await call(runtime, "GET", "/api/codex/resume-card-v1", { token: alice });
    expect(theirs.status).toBe(200);
    expect(theirs.body).toEqual(mine.body);
    expect(JSON.stringify(theirs.body)).not.toContain("Private Person");
  },
  listSkillAliases: async () => {
    await call(runtime, "POST", "/api/codex/aliases", {
      token: alice,
      json: { alias: "Elephant DB", skillId: await skillId("postgresql") },
    });
    const res = await call(runtime, "GET", "/api/codex/aliases", { token: bob });
    expect((res.body.items as Array<{ alias: string }>).map((a) => a.alias)).not.toContain("elephant db");
  },
  putSkillAlias: async () => {
    const postgres = await skillId("postgresql");
    await call(runtime, "POST", "/api/codex/aliases", {
      token: alice,
      json: { alias: "Tusk", skillId: postgres },
    });
    const res = await call(runtime, "POST", "/api/codex/aliases", {
      token: bob,
      json: { alias: "Tusk", skillId: await skillId("mysql") },
    });
    expect(res.status).toBe(201);
    const mine = await call(runtime, "GET", "/api/codex/aliases", { token: alice });
    expect(mine.body.items).toContainEqual(expect.objectContaining({ alias: "tusk", skillId: postgres }));
  },
  deleteSkillAlias: async () => {
    await call(runtime, "POST", "/api/codex/aliases", {
      token: alice,
      json: { alias: "Mammoth", skillId: await skillId("postgresql") },
    });
    const res = await call(runtime, "DELETE", "/api/codex/aliases/mammoth", { token: bob });
    expect(res.status).toBe(404);
    expect(res.body.code).toBe("codex.alias_not_found");
    const mine = await call(runtime, "GET", "/api/codex/aliases", { token: alice });
    expect((mine.body.items as Array<{ alias: string }>).map((a) => a.alias)).toContain("mammoth");
  },
};

let aliceSession: Promise<string> | undefined;
/** A step-1 session of tenant A's job (created once, on first need). */
function sessionOfAlice(): Promise<string> {
  aliceSession ??= call(runtime, "POST", `/api/jobs/${owned.job}/match/step1`, {
    token: alice,
    json: {},
  }).then((res) => {
    expect(res.status).toBe(200);
    return String(res.body.id);
  });
  return aliceSession;
}

/** Tenant B's own job and CV, parsed, and a step-1 run of the job. */
async function sessionOfBob(): Promise<{ id: string; jobId: string; resumeIds: string[] }> {
  const cv = await call(runtime, "POST", "/api/resumes/upload", {
    token: bob,
    form: fileForm("Bob Builder\nbob@example.com\n\nSkills\nTypeScript", "bob.txt"),
  });
  await waitUntilSettled(runtime, bob, `/api/resumes/${String(cv.body.id)}`);
  const job = await call(runtime, "POST", "/api/jobs", {
    token: bob,
    json: { text: "Bob Role\nConfidential" },
  });
  await waitUntilSettled(runtime, bob, `/api/jobs/${String(job.body.id)}`);
  const run = await call(runtime, "POST", `/api/jobs/${String(job.body.id)}/match/step1`, {
    token: bob,
    json: {},
  });
  expect(run.status).toBe(200);
  const results = run.body.results as Array<{ resumeId: string }>;
  return { id: String(run.body.id), jobId: String(job.body.id), resumeIds: results.map((r) => r.resumeId) };
}

const matchProbes: Record<string, Probe> = {
  listSessionFeedback: async () => {
    const id = await sessionOfAlice();
    await call(runtime, "POST", `/api/match-sessions/${id}/feedback`, {
      token: alice,
      json: { resumeId: owned.resume, verdict: "positive", notes: "private note" },
    });
    const res = await call(runtime, "GET", `/api/match-sessions/${id}/feedback`, { token: bob });
    expect([res.status, res.body.code]).toEqual([404, "match_session.not_found"]);
    expect(JSON.stringify(res.body)).not.toContain("private note");
  },
  listJobFeedback: async () => {
    const res = await call(runtime, "GET", `/api/jobs/${owned.job}/feedback`, { token: bob });
    expect([res.status, res.body.code]).toEqual([404, "job.not_found"]);
    const mine = await sessionOfBob();
    const own = await call(runtime, "GET", `/api/jobs/${mine.jobId}/feedback`, { token: bob });
    expect(JSON.stringify(own.body)).not.toContain(owned.resume);
  },
  listJobCandidates: async () => {
    const res = await call(runtime, "GET", `/api/jobs/${owned.job}/candidates`, { token: bob });
    expect([res.status, res.body.code]).toEqual([404, "job.not_found"]);
    // B's own job lists only B's candidates, never A's CV.
    const mine = await sessionOfBob();
    const own = await call(runtime, "GET", `/api/jobs/${mine.jobId}/candidates?limit=500`, { token: bob });
    expect((own.body.items as Array<{ resumeId: string }>).map((c) => c.resumeId)).not.toContain(
      owned.resume,
    );
  },
  listResumeJobs: async () => {
    const res = await call(runtime, "GET", `/api/resumes/${owned.resume}/jobs`, { token: bob });
    expect([res.status, res.body.code]).toEqual([404, "resume.not_found"]);
    const mine = await sessionOfBob();
    for (const resumeId of mine.resumeIds) {
      const own = await call(runtime, "GET", `/api/resumes/${resumeId}/jobs?limit=500`, { token: bob });
      expect((own.body.items as Array<{ jobId: string }>).map((j) => j.jobId)).not.toContain(owned.job);
    }
  },
  getJobCandidate: async () => {
    const res = await call(runtime, "GET", `/api/jobs/${owned.job}/candidates/${owned.resume}`, {
      token: bob,
    });
    expect([res.status, res.body.code]).toEqual([404, "job.not_found"]);
    const mine = await sessionOfBob();
    const theirCv = await call(runtime, "GET", `/api/jobs/${mine.jobId}/candidates/${owned.resume}`, {
      token: bob,
    });
    expect([theirCv.status, theirCv.body.code]).toEqual([404, "resume.not_found"]);
  },
  runMatchStep1: async () => {
    await sessionOfAlice();
    const before = await runtime.deps.storage.listMatchSessions("tenant-a", owned.job);
    const res = await call(runtime, "POST", `/api/jobs/${owned.job}/match/step1`, { token: bob, json: {} });
    expect([res.status, res.body.code]).toEqual([404, "job.not_found"]);
    expect(await runtime.deps.storage.listMatchSessions("tenant-a", owned.job)).toEqual(before);
    // B's own ranking runs over B's candidates only: A's CV is never among them.
    const mine = await sessionOfBob();
    expect(mine.resumeIds.length).toBeGreaterThan(0);
    expect(mine.resumeIds).not.toContain(owned.resume);
    for (const id of mine.resumeIds)
      expect(await runtime.deps.storage.getRecord("tenant-b", "resume", id)).not.toBeNull();
  },
  runMatchStep2: async () => {
    const aliceStep1 = await sessionOfAlice();
    const before = await runtime.deps.storage.listMatchSessions("tenant-a", owned.job);
    const res = await call(runtime, "POST", `/api/jobs/${owned.job}/match/step2`, {
      token: bob,
      json: { top: 3 },
    });
    expect([res.status, res.body.code]).toEqual([404, "job.not_found"]);
    expect(await runtime.deps.storage.listMatchSessions("tenant-a", owned.job)).toEqual(before);
    // B's own job cannot take A's candidates, nor A's step-1 session.
    const mine = await sessionOfBob();
    const theirCv = await call(runtime, "POST", `/api/jobs/${mine.jobId}/match/step2`, {
      token: bob,
      json: { resumeIds: [owned.resume] },
    });
    expect([theirCv.status, theirCv.body.code]).toEqual([404, "resume.not_found"]);
    const theirSession = await call(runtime, "POST", `/api/jobs/${mine.jobId}/match/step2`, {
      token: bob,
      json: { sessionId: aliceStep1 },
    });
    expect([theirSession.status, theirSession.body.code]).toEqual([404, "match_session.not_found"]);
    const bobs = await runtime.deps.storage.listMatchSessions("tenant-b", mine.jobId);
    expect(bobs.items.filter((x) => x.kind === "step2")).toEqual([]);
  },
  listJobMatchSessions: async () => {
    await sessionOfAlice();
    const res = await call(runtime, "GET", `/api/jobs/${owned.job}/match-sessions`, { token: bob });
    expect([res.status, res.body.code]).toEqual([404, "job.not_found"]);
  },
  getMatchSession: async () => {
    const res = await call(runtime, "GET", `/api/match-sessions/${await sessionOfAlice()}`, { token: bob });
    expect([res.status, res.body.code]).toEqual([404, "match_session.not_found"]);
    const mine = await call(runtime, "GET", `/api/match-sessions/${await sessionOfAlice()}`, {
      token: alice,
    });
    expect(mine.status).toBe(200);
  },
  addMatchFeedback: async () => {
    const theirs = await call(runtime, "POST", `/api/match-sessions/${await sessionOfAlice()}/feedback`, {
      token: bob,
      json: { resumeId: owned.resume, verdict: "negative" },
    });
    expect([theirs.status, theirs.body.code]).toEqual([404, "match_session.not_found"]);
    // B's own session cannot carry a verdict on A's candidate either.
    const mine = await sessionOfBob();
    const res = await call(runtime, "POST", `/api/match-sessions/${mine.id}/feedback`, {
      token: bob,
      json: { resumeId: owned.resume, verdict: "hired" },
    });
    expect([res.status, res.body.code]).toEqual([404, "resume.not_found"]);
  },
};

let aliceTailoring: Promise<string> | undefined;
/** A tailoring of tenant A's CV to A's job (created once, on first need). */
function tailoringOfAlice(): Promise<string> {
  aliceTailoring ??= call(runtime, "POST", "/api/tailor-resume", {
    token: alice,
    json: { jobId: owned.job, resumeId: owned.resume },
  }).then((res) => {
    expect(res.status).toBe(202);
    return String(res.body.id);
  });
  return aliceTailoring;
}

const tailoringProbes: Record<string, Probe> = {
  listTailorings: async () => {
    const id = await tailoringOfAlice();
    for (const query of ["", `?jobId=${owned.job}`, `?resumeId=${owned.resume}`]) {
      const res = await call(runtime, "GET", `/api/tailorings${query}`, { token: bob });
      expect(res.status).toBe(200);
      expect((res.body.items as Array<{ id: string }>).map((t) => t.id)).not.toContain(id);
    }
  },
  tailorResume: async () => {
    const res = await call(runtime, "POST", "/api/tailor-resume", {
      token: bob,
      json: { jobId: owned.job, resumeId: owned.resume },
    });
    expect([res.status, res.body.code]).toEqual([404, "job.not_found"]);
    // B's own job cannot take A's CV either.
    const mine = await sessionOfBob();
    const theirCv = await call(runtime, "POST", "/api/tailor-resume", {
      token: bob,
      json: { jobId: mine.jobId, resumeId: owned.resume },
    });
    expect([theirCv.status, theirCv.body.code]).toEqual([404, "resume.not_found"]);
  },
  getTailoring: async () => {
    const id = await tailoringOfAlice();
    const res = await call(runtime, "GET", `/api/tailorings/${id}`, { token: bob });
    expect([res.status, res.body.code]).toEqual([404, "tailoring.not_found"]);
    const mine = await call(runtime, "GET", `/api/tailorings/${id}`, { token: alice });
    expect(mine.status).toBe(200);
  },
  exportTailoring: async () => {
    const id = await tailoringOfAlice();
    for (const format of ["md", "docx", "pdf"]) {
      const res = await call(runtime, "GET", `/api/tailorings/${id}/export?format=${format}`, { token: bob });
      expect([res.status, res.body.code]).toEqual([404, "tailoring.not_found"]);
    }
  },
};

const byOperation: Record<string, Probe> = {
  ...probes("jobs", "job", "Job"),
  ...probes("resumes", "resume", "Resume"),
  ...codexProbes,
  ...matchProbes,
  ...tailoringProbes,
  ...webhookProbes(() => ({ runtime, alice, bob })),
  ...batchProbes(() => ({ runtime, alice, bob })),
  ...auditProbes(() => ({ runtime, alice, bob, owned })),
  ...analyticsProbes(() => ({ runtime, alice, bob })),
};

describe("a tenant never reaches another tenant's rows", () => {
  const guarded = routes.filter((r) => r.auth !== "public");

  it("every authenticated route has an isolation probe", () => {
    expect(guarded.map((r) => r.operationId).filter((id) => !byOperation[id])).toEqual([]);
  });

  it.each(guarded.map((r) => [r.operationId, r.method, r.path] as const))(
    "%s (%s %s)",
    async (operationId) => {
      await byOperation[operationId]!();
    },
  );

  it("tenant A still sees its own rows", async () => {
    const res = await call(runtime, "GET", `/api/resumes/${owned.resume}`, { token: alice });
    expect(res.body).toMatchObject({ status: "parsed", title: "Private Person" });
  });
});
