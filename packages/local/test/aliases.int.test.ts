import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LocalRuntime } from "../src/runtime";
import { call, fileForm, startTestRuntime, tokenFor, waitUntilSettled } from "./support";

let runtime: LocalRuntime;
let admin: string;

beforeAll(async () => {
  runtime = await startTestRuntime();
  admin = await tokenFor(runtime, "aliases", "admin");
});
afterAll(async () => {
  await runtime?.stop();
});

const cv = (name: string) =>
  `${name}\n${name.toLowerCase().replace(" ", ".")}@example.com\n\nSkills\nGreenhouse Ledger, Excel, Payroll\n`;

async function skillIds(resumeId: string): Promise<string[]> {
  const res = await waitUntilSettled(runtime, admin, `/api/resumes/${resumeId}`);
  return ((res.body.card as { skills: Array<{ id: string | null }> }).skills ?? []).map((s) => s.id ?? "");
}

describe("tenant skill aliases", () => {
  it("are applied from the next parse: an in-house name maps to the taxonomy skill", async () => {
    const before = await call(runtime, "POST", "/api/resumes/upload", {
      token: admin,
      form: fileForm(cv("Ann Before"), "a.txt"),
    });
    expect(await skillIds(String(before.body.id))).not.toContain("sk_dynamics_nav");

    const put = await call(runtime, "POST", "/api/codex/aliases", {
      token: admin,
      json: { alias: "Greenhouse Ledger", skillId: "sk_dynamics_nav" },
    });
    expect(put.status).toBe(201);
    expect(put.body).toMatchObject({ alias: "greenhouse ledger", skillId: "sk_dynamics_nav" });

    const after = await call(runtime, "POST", "/api/resumes/upload", {
      token: admin,
      form: fileForm(cv("Bo After"), "b.txt"),
    });
    expect(await skillIds(String(after.body.id))).toContain("sk_dynamics_nav");
  });

  it("refuse an unknown skill id and need the admin role", async () => {
    const unknown = await call(runtime, "POST", "/api/codex/aliases", {
      token: admin,
      json: { alias: "Foo", skillId: "sk_does_not_exist" },
    });
    expect(unknown).toMatchObject({ status: 400, body: { code: "codex.unknown_skill" } });
    const recruiter = await tokenFor(runtime, "aliases", "recruiter");
    const forbidden = await call(runtime, "POST", "/api/codex/aliases", {
      token: recruiter,
      json: { alias: "Foo", skillId: "sk_dynamics_nav" },
    });
    expect(forbidden).toMatchObject({ status: 403, body: { code: "auth.forbidden" } });
  });

  it("search finds skills by alias, curated first", async () => {
    const res = await call(runtime, "GET", "/api/codex/skills?q=k8s", { token: admin });
    expect((res.body.items as Array<{ id: string }>)[0]?.id).toBe("sk_kubernetes");
  });
});
