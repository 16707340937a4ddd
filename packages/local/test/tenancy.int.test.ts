import { routes } from "@futodama/functions/routes";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LocalRuntime } from "../src/runtime";
import { call, fileForm, startTestRuntime, tokenFor, waitUntilSettled } from "./support";

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

const byOperation: Record<string, Probe> = {
  ...probes("jobs", "job", "Job"),
  ...probes("resumes", "resume", "Resume"),
  ...codexProbes,
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
