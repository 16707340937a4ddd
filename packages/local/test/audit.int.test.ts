import { createHash } from "node:crypto";
import type { FakeOpenAi } from "@futodama/ai/testing";
import { signToken } from "@futodama/functions/auth";
import type { Role } from "@futodama/functions/routes";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LocalRuntime } from "../src/runtime";
import { auditRecordings, promptVersion, waitForTailoring } from "./audit-support";
import {
  deepDiveCv,
  deepDiveJob,
  startWithFakeOpenAi,
  uploadParsed,
  waitForSession,
} from "./deep-dive-support";
import { type ApiResponse, call } from "./support";

/*
 * Issue 13, item 5: every AI output leaves one audit row — model, codex prompt version, a hash of
 * the exact request, the tokens the (fake) OpenAI server reported, outcome, the verifier's verdict,
 * who asked (the token's `sub`) and about what — and no text. Through the real `openai` client.
 */

const tenant = "audit-tenant";
let fake: FakeOpenAi;
let runtime: LocalRuntime;
const token = (tenantId: string, role: Role, subject: string) =>
  signToken({
    secret: runtime.jwtSecret,
    tenantId,
    role,
    subject,
    issuer: "futodama",
    audience: "futodama-api",
  });
let recruiter: string;
let admin: string;
let jobId: string;
let resumeId: string;
let resumeDocumentId: string;
let sessionId: string;
let tailoringId: string;

type AuditEvent = {
  id: string;
  kind: string;
  model: string;
  promptVersion: string | null;
  inputHash: string;
  usage: { promptTokens: number; completionTokens: number; totalTokens: number } | null;
  outcome: string;
  verdict: { result: string; checked: number; rejected: number } | null;
  retries: number;
  actor: { type: string; id: string };
  subject: Record<string, string | null>;
  createdAt: string;
};
const events = async (query: string, as = admin): Promise<ApiResponse> =>
  call(runtime, "GET", `/api/audit/events${query}`, { token: as });
const itemsOf = (res: ApiResponse) => res.body.items as AuditEvent[];
const sha256 = (value: unknown) => createHash("sha256").update(JSON.stringify(value)).digest("hex");

beforeAll(async () => {
  ({ fake, runtime } = await startWithFakeOpenAi(auditRecordings));
  recruiter = await token(tenant, "recruiter", "recruiter-7");
  admin = await token(tenant, "admin", "admin-1");
  jobId = await uploadParsed(runtime, recruiter, "job", deepDiveJob, "job.txt");
  // The CV's extraction meets one 500 first: the enhancer's client retries it once.
  fake.failNext(500);
  const cv = deepDiveCv("Maja Jensen", "maja@example.com", "Senior Backend Engineer", "TypeScript, Node.js");
  resumeId = await uploadParsed(runtime, recruiter, "resume", cv, "maja.txt");
  const record = await call(runtime, "GET", `/api/resumes/${resumeId}`, { token: recruiter });
  resumeDocumentId = String(record.body.documentId);

  const step2 = await call(runtime, "POST", `/api/jobs/${jobId}/match/step2`, {
    token: recruiter,
    json: { resumeIds: [resumeId] },
  });
  sessionId = String(step2.body.id);
  expect((await waitForSession(runtime, recruiter, sessionId)).body.status).toBe("done");
  const tailored = await call(runtime, "POST", "/api/tailor-resume", {
    token: recruiter,
    json: { jobId, resumeId },
  });
  tailoringId = String(tailored.body.id);
  expect((await waitForTailoring(runtime, recruiter, tailoringId)).body.status).toBe("done");
}, 90_000);
afterAll(async () => {
  await runtime?.stop();
  await fake?.stop();
});

describe("the audit of AI decisions (GET /api/audit/events)", () => {
  it("an enhanced parse leaves one extraction row: model, prompt version, request hash, tokens, retries, verdict, who", async () => {
    const res = await events(`?documentId=${resumeDocumentId}&kind=extraction`);
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(1);
    const [row] = itemsOf(res);
    expect(row).toMatchObject({
      kind: "extraction",
      provider: "openai",
      model: "gpt-4o-mini",
      promptVersion: promptVersion("resume-extract-v1.json"),
      usage: { promptTokens: 100, completionTokens: 50, totalTokens: 150 },
      outcome: "ok",
      errorCode: null,
      retries: 1,
      cached: false,
      verdict: { result: "adjusted", rejected: 1 },
      actor: { type: "user", id: "recruiter-7" },
      subject: { documentId: resumeDocumentId, documentKind: "resume", resumeId },
    });
    // The hash is of the exact messages the server received.
    const sent = fake.requests.filter((r) =>
      r.messages.some((m) => m.content.includes("maja@example.com") && m.content.includes("Extract the")),
    );
    expect(sent.map((r) => sha256(r.messages))).toContain(row?.inputHash);
  });

  it("a deep dive leaves one analysis row with the evidence check's verdict and the session", async () => {
    const res = await events(`?resumeId=${resumeId}&kind=analysis`);
    expect(res.body.total).toBe(1);
    expect(itemsOf(res)[0]).toMatchObject({
      model: "gpt-4o-mini",
      promptVersion: promptVersion("match-analysis-v1.json"),
      usage: { promptTokens: 100, completionTokens: 50, totalTokens: 150 },
      outcome: "ok",
      // Two quotes, one not in the CV.
      verdict: { result: "adjusted", checked: 2, rejected: 1 },
      actor: { type: "user", id: "recruiter-7" },
      subject: { jobId, resumeId, sessionId, documentId: resumeDocumentId },
    });
  });

  it("a tailoring leaves one row, with the verifier's verdict from the Verify step", async () => {
    const res = await events(`?kind=tailoring`);
    expect(res.body.total).toBe(1);
    const tailored = await call(runtime, "GET", `/api/tailorings/${tailoringId}`, { token: recruiter });
    const bundle = tailored.body.bundle as { rejected: unknown[] };
    expect(itemsOf(res)[0]).toMatchObject({
      promptVersion: promptVersion("resume-tailor-v1.json"),
      usage: { totalTokens: 150 },
      verdict: { result: "adjusted", checked: 1, rejected: bundle.rejected.length },
      actor: { type: "user", id: "recruiter-7" },
      subject: { tailoringId, jobId, resumeId },
    });
    expect(bundle.rejected.length).toBe(1);
  });

  it("holds no text: not the CV's name or e-mail, not the job, not the prompt", async () => {
    const all = JSON.stringify(itemsOf(await events("?limit=100")));
    for (const text of ["Maja", "Jensen", "maja@example.com", "Nordlys", "Kubernetes", "recruiting system"]) {
      expect(all).not.toContain(text);
    }
  });

  it("filters by job, kind and time, pages by cursor, and counts the total", async () => {
    // The job's own extraction, the analysis against it, the tailoring to it.
    const byJob = await events(`?jobId=${jobId}`);
    expect(
      itemsOf(byJob)
        .map((e) => e.kind)
        .sort(),
    ).toEqual(["analysis", "extraction", "tailoring"]);
    const everything = await events("");
    expect(everything.body.total).toBe(4);

    const first = await events("?limit=3");
    expect(first.body).toMatchObject({ total: 4 });
    expect(itemsOf(first)).toHaveLength(3);
    const second = await events(`?limit=3&cursor=${String(first.body.nextCursor)}`);
    expect(second.body).toMatchObject({ nextCursor: null, total: 4 });
    const paged = [...itemsOf(first), ...itemsOf(second)].map((e) => e.id);
    expect(paged).toEqual(itemsOf(everything).map((e) => e.id));

    const times = itemsOf(everything)
      .map((e) => e.createdAt)
      .sort();
    const oldest = times[0] ?? "";
    expect((await events(`?to=${encodeURIComponent(oldest)}`)).body.total).toBe(0);
    expect((await events(`?from=${encodeURIComponent(oldest)}`)).body.total).toBe(4);
    expect((await events("?kind=vision")).body).toMatchObject({ items: [], total: 0 });
    expect((await events("?kind=poetry")).status).toBe(400);
  });

  it("is the admins': a recruiter is refused, and another tenant's admin sees nothing", async () => {
    expect((await events("", recruiter)).status).toBe(403);
    const stranger = await token("audit-other", "admin", "admin-2");
    for (const query of ["", `?documentId=${resumeDocumentId}`, `?jobId=${jobId}`, `?resumeId=${resumeId}`]) {
      expect((await events(query, stranger)).body).toMatchObject({ items: [], total: 0 });
    }
  });

  it("GET /metrics counts the model calls, retries and tokens by kind and model", async () => {
    const text = await (await fetch(`${runtime.apiUrl}/metrics`)).text();
    const labels = (kind: string) => `kind="${kind}",model="gpt-4o-mini"`;
    for (const kind of ["extraction", "analysis", "tailoring"]) {
      expect(text).toMatch(
        new RegExp(`^futodama_model_calls_total\\{${labels(kind)},outcome="ok"\\} \\d+$`, "m"),
      );
    }
    expect(text).toMatch(
      /^futodama_model_calls_total\{kind="extraction",model="gpt-4o-mini",outcome="ok"\} 2$/m,
    );
    expect(text).toMatch(/^futodama_model_call_retries_total\{kind="extraction",model="gpt-4o-mini"\} 1$/m);
    expect(text).toMatch(
      /^futodama_model_tokens_total\{kind="analysis",model="gpt-4o-mini",type="prompt"\} 100$/m,
    );
    expect(text).toMatch(
      /^futodama_model_tokens_total\{kind="analysis",model="gpt-4o-mini",type="completion"\} 50$/m,
    );
  });
});

describe("erasure and the audit trail", () => {
  it("erasing the CV keeps its audit rows, ids and numbers only, and they still name nothing of the person", async () => {
    const before = itemsOf(await events(`?resumeId=${resumeId}`));
    expect(before.map((e) => e.kind).sort()).toEqual(["analysis", "extraction", "tailoring"]);
    const erased = await call(runtime, "DELETE", `/api/resumes/${resumeId}`, { token: recruiter });
    expect(erased.status).toBe(204);
    expect((await call(runtime, "GET", `/api/resumes/${resumeId}`, { token: recruiter })).status).toBe(404);
    const after = await events(`?resumeId=${resumeId}`);
    expect(itemsOf(after)).toEqual(before);
    for (const text of ["Maja", "Jensen", "maja@example.com"]) {
      expect(JSON.stringify(after.body)).not.toContain(text);
    }
  });
});
