import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LocalRuntime } from "../src/runtime";
import { call, startTestRuntime, tokenFor } from "./support";
import { type Receiver, startReceiver } from "./webhook-receiver";

/*
 * Issue 13 item 2: a batch upload through the API, its progress (counts, duplicates, failures
 * with reasons), its export and its batch.completed event, on the local runtime over HTTP.
 */
let runtime: LocalRuntime;
let token: string;
let receiver: Receiver;

beforeAll(async () => {
  runtime = await startTestRuntime({ WEBHOOK_MAX_ATTEMPTS: "3", WEBHOOK_RETRY_BASE_SECONDS: "0" });
  token = await tokenFor(runtime, "batch-tenant", "admin");
  receiver = await startReceiver();
});
afterAll(async () => {
  await receiver?.stop();
  await runtime?.stop();
});

const cv = (name: string, skills: string) =>
  `${name}\n${name.toLowerCase().replace(" ", ".")}@example.com\nCopenhagen, Denmark\n\nSkills\n${skills}\n`;

function filesForm(files: Array<[string, string]>): FormData {
  const form = new FormData();
  for (const [filename, content] of files) form.append("files", new Blob([content]), filename);
  return form;
}

async function waitForBatch(id: string) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const res = await call(runtime, "GET", `/api/batch/${id}`, { token });
    expect(res.status).toBe(200);
    if (res.body.status === "completed") return res;
    if (Date.now() > deadline) throw new Error(`batch still ${JSON.stringify(res.body)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe("batches", () => {
  it("uploads many CVs at once, counts them to the end, announces and exports the batch", async () => {
    const hook = await call(runtime, "POST", "/api/webhooks", {
      token,
      json: { url: receiver.url("/batches"), events: ["batch.completed"] },
    });
    expect(hook.status).toBe(201);
    const ada = cv("Ada Batch", "TypeScript, PostgreSQL");
    const res = await call(runtime, "POST", "/api/resumes/batch", {
      token,
      form: filesForm([
        ["ada.txt", ada],
        ["bo.txt", cv("Bo Batch", "Python, AWS")],
        ["ada-again.txt", ada],
        ["empty.txt", ""],
      ]),
    });
    expect(res.status, JSON.stringify(res.body)).toBe(202);
    const id = String(res.body.id);
    expect(res.headers.location).toBe(`/api/batch/${id}`);
    expect(Number(res.headers["retry-after"])).toBeGreaterThan(0);
    expect(res.body).toMatchObject({ kind: "resume", source: "api" });
    expect(res.body.counts).toMatchObject({ total: 4, duplicates: 1 });

    const done = await waitForBatch(id);
    expect(done.body.counts).toEqual({
      total: 4,
      queued: 0,
      processing: 0,
      parsed: 2,
      failed: 1,
      duplicates: 1,
    });
    expect(done.body.progress).toBe(1);
    expect(done.body.failures).toEqual([
      {
        filename: "empty.txt",
        documentId: null,
        code: "document.empty",
        reason: expect.stringMatching(/empty/),
      },
    ]);

    const [event] = await receiver.waitFor("/batches", 1);
    expect(JSON.parse(event?.body ?? "{}")).toMatchObject({
      type: "batch.completed",
      data: { batchId: id, kind: "resume", total: 4, parsed: 2, failed: 1, duplicates: 1 },
    });

    const csv = await fetch(`${runtime.apiUrl}/api/batch/${id}/export?format=csv`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toMatch(/^text\/csv/);
    const lines = (await csv.text()).trim().split("\n");
    expect(lines[0]).toMatch(/^recordId,documentId,filename,name,email/);
    // Both parsed CVs, the duplicate once more (it is the batch's file too).
    expect(lines).toHaveLength(4);
    expect(lines.some((l) => l.includes("Bo Batch") && l.includes("bo.txt"))).toBe(true);
    const json = await fetch(`${runtime.apiUrl}/api/batch/${id}/export?format=json`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const body = (await json.json()) as {
      batch: { id: string };
      items: Array<{ card: unknown; skills: string }>;
    };
    expect(body.batch.id).toBe(id);
    expect(body.items).toHaveLength(3);
    expect(body.items.every((item) => item.card !== null)).toBe(true);
  });

  it("refuses a batch none of whose files can be taken, as a single upload, and stores nothing", async () => {
    const res = await call(runtime, "POST", "/api/jobs/batch", {
      token,
      form: filesForm([["nothing.txt", ""]]),
    });
    expect([res.status, res.body.code]).toEqual([400, "document.empty"]);
    expect(await runtime.deps.storage.countRecords("batch-tenant", "job")).toBe(0);
  });

  it("refuses a batch without files, and answers 404 for a batch that is not the tenant's", async () => {
    const empty = await call(runtime, "POST", "/api/resumes/batch", { token, form: new FormData() });
    expect(empty.status).toBe(400);
    const missing = await call(runtime, "GET", "/api/batch/00000000-0000-4000-8000-000000000000", { token });
    expect([missing.status, missing.body.code]).toEqual([404, "batch.not_found"]);
  });
});
