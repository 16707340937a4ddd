import { ReceiveMessageCommand, SQSClient } from "@aws-sdk/client-sqs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LocalRuntime } from "../src/runtime";
import { call, fileForm, startTestRuntime, tokenFor, waitUntilSettled } from "./support";
import { type Receiver, registerWebhook, startReceiver, verifiedEvent } from "./webhook-receiver";

/*
 * Webhooks end to end on the local runtime (issue 13): registered over HTTP, emitted by the
 * workflows, carried by the fauxqs delivery queue, POSTed to a real receiver on 127.0.0.1.
 * Three attempts and no backoff keep the retry and DLQ cases to a second or two.
 */
let runtime: LocalRuntime;
let admin: string;
let receiver: Receiver;

beforeAll(async () => {
  runtime = await startTestRuntime({ WEBHOOK_MAX_ATTEMPTS: "3", WEBHOOK_RETRY_BASE_SECONDS: "0" });
  admin = await tokenFor(runtime, "hooks-tenant", "admin");
  // /flaky fails its first delivery; /down fails them all.
  receiver = await startReceiver((path, nth) =>
    path === "/down" || (path === "/flaky" && nth === 1) ? 500 : 204,
  );
});
afterAll(async () => {
  await receiver?.stop();
  await runtime?.stop();
});

const register = (path: string, events: string[]) =>
  registerWebhook(runtime, admin, receiver.url(path), events);

async function deliveriesOf(webhookId: string) {
  const res = await call(runtime, "GET", `/api/webhooks/${webhookId}/deliveries`, { token: admin });
  expect(res.status).toBe(200);
  return res.body.items as Array<Record<string, unknown>>;
}

async function waitForDelivery(webhookId: string, status: string) {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const [latest] = await deliveriesOf(webhookId);
    if (latest?.status === status) return latest;
    if (Date.now() > deadline) throw new Error(`delivery still ${String(latest?.status)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe("webhooks", () => {
  it("announces a parsed CV with a Standard Webhooks signature the receiver can verify", async () => {
    const hook = await register("/parsed", ["document.parsed", "document.failed"]);
    expect(hook.secret).toMatch(/^whsec_/);
    const cv = await call(runtime, "POST", "/api/resumes/upload", {
      token: admin,
      form: fileForm("Hook Person\nhook@example.com\n\nSkills\nTypeScript, PostgreSQL", "hook.txt"),
    });
    await waitUntilSettled(runtime, admin, `/api/resumes/${String(cv.body.id)}`);
    const [delivery] = await receiver.waitFor("/parsed", 1);
    const payload = verifiedEvent(hook.secret, delivery);
    expect(payload).toMatchObject({
      type: "document.parsed",
      data: { documentId: cv.body.documentId, resumeId: cv.body.id, kind: "resume", status: "parsed" },
    });
    // Ids only: the CV's text never travels in an event.
    expect(delivery?.body).not.toContain("hook@example.com");
    const recorded = await waitForDelivery(hook.id, "delivered");
    expect(recorded).toMatchObject({ attempts: 1, lastStatusCode: 204, eventType: "document.parsed" });
    expect(recorded.eventId).toBe(delivery?.headers["webhook-id"]);
  });

  it("announces a failed document with its code", async () => {
    const hook = await register("/failed", ["document.failed"]);
    const bad = await call(runtime, "POST", "/api/resumes/upload", {
      token: admin,
      form: fileForm("%PDF-1.7\nnot really a pdf", "broken.pdf"),
    });
    const settled = await waitUntilSettled(runtime, admin, `/api/resumes/${String(bad.body.id)}`);
    expect(settled.body.status).toBe("failed");
    const [delivery] = await receiver.waitFor("/failed", 1);
    expect(JSON.parse(delivery?.body ?? "{}")).toMatchObject({
      type: "document.failed",
      data: { documentId: bad.body.documentId, code: settled.body.errorCode, status: "failed" },
    });
    await waitForDelivery(hook.id, "delivered");
  });

  it("announces step 1, step 2 and a tailoring when each ends", async () => {
    const hook = await register("/matching", [
      "match.step1.completed",
      "match.step2.completed",
      "tailoring.completed",
      "tailoring.failed",
    ]);
    const cv = await call(runtime, "POST", "/api/resumes", {
      token: admin,
      json: { text: "Ada Match\nada@example.com\n\nSkills\nTypeScript, PostgreSQL, AWS" },
    });
    const job = await call(runtime, "POST", "/api/jobs", {
      token: admin,
      json: { text: "Backend Engineer\n\nRequirements\n- TypeScript\n- PostgreSQL" },
    });
    await waitUntilSettled(runtime, admin, `/api/resumes/${String(cv.body.id)}`);
    await waitUntilSettled(runtime, admin, `/api/jobs/${String(job.body.id)}`);
    const step1 = await call(runtime, "POST", `/api/jobs/${String(job.body.id)}/match/step1`, {
      token: admin,
      json: {},
    });
    expect(step1.status).toBe(200);
    const step2 = await call(runtime, "POST", `/api/jobs/${String(job.body.id)}/match/step2`, {
      token: admin,
      json: { resumeIds: [cv.body.id] },
    });
    expect(step2.status).toBe(202);
    const tailoring = await call(runtime, "POST", "/api/tailor-resume", {
      token: admin,
      json: { jobId: job.body.id, resumeId: cv.body.id },
    });
    expect(tailoring.status).toBe(202);
    const events = (await receiver.waitFor("/matching", 3)).map((d) => JSON.parse(d.body));
    expect(events).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          type: "match.step1.completed",
          data: expect.objectContaining({ sessionId: step1.body.id, jobId: job.body.id, status: "done" }),
        }),
        expect.objectContaining({
          type: "match.step2.completed",
          data: expect.objectContaining({ sessionId: step2.body.id, status: "done", total: 1, done: 1 }),
        }),
        expect.objectContaining({
          type: "tailoring.completed",
          data: { tailoringId: tailoring.body.id, jobId: job.body.id, resumeId: cv.body.id, status: "done" },
        }),
      ]),
    );
    expect(events).toHaveLength(3);
    await waitForDelivery(hook.id, "delivered");
  });

  it("retries a delivery the receiver answered 500, with the same webhook-id", async () => {
    const hook = await register("/flaky", ["tailoring.completed"]);
    const fired = await call(runtime, "POST", `/api/webhooks/${hook.id}/test`, { token: admin });
    expect(fired.status).toBe(202);
    expect(fired.headers.location).toBe(`/api/webhooks/${hook.id}/deliveries`);
    const attempts = await receiver.waitFor("/flaky", 2);
    expect(new Set(attempts.map((a) => a.headers["webhook-id"])).size).toBe(1);
    for (const attempt of attempts) {
      expect(verifiedEvent(hook.secret, attempt)).toMatchObject({ type: "webhook.test" });
    }
    expect(await waitForDelivery(hook.id, "delivered")).toMatchObject({ attempts: 2, lastStatusCode: 204 });
  });

  it("gives up after the last attempt: the delivery is dead and its message is on the DLQ", async () => {
    const hook = await register("/down", ["batch.completed"]);
    const fired = await call(runtime, "POST", `/api/webhooks/${hook.id}/test`, { token: admin });
    expect(fired.status).toBe(202);
    await receiver.waitFor("/down", 3);
    expect(await waitForDelivery(hook.id, "dead")).toMatchObject({ attempts: 3, lastStatusCode: 500 });
    const sqs = new SQSClient({
      region: "us-east-1",
      endpoint: runtime.emulator.endpoint,
      credentials: runtime.emulator.credentials,
    });
    const dlq = runtime.emulator.queueUrl("futodama-local-webhooks-dlq");
    let dead: string[] = [];
    const deadline = Date.now() + 10_000;
    while (dead.length === 0 && Date.now() < deadline) {
      const out = await sqs.send(new ReceiveMessageCommand({ QueueUrl: dlq, WaitTimeSeconds: 1 }));
      dead = (out.Messages ?? []).map((m) => m.Body ?? "");
    }
    sqs.destroy();
    expect(dead.map((body) => JSON.parse(body))).toContainEqual({
      tenantId: "hooks-tenant",
      deliveryId: fired.body.id,
    });
    // Nothing more is tried once it is dead.
    await new Promise((r) => setTimeout(r, 500));
    expect(receiver.on("/down")).toHaveLength(3);
  });

  it("refuses URLs that are not http(s) or point at private, link-local or metadata addresses", async () => {
    for (const [url, code] of [
      ["ftp://127.0.0.1/x", "webhook.invalid_url"],
      ["http://169.254.169.254/latest/meta-data", "webhook.url_not_allowed"],
      ["http://10.0.0.7/hook", "webhook.url_not_allowed"],
    ] as const) {
      const res = await call(runtime, "POST", "/api/webhooks", {
        token: admin,
        json: { url, events: ["document.parsed"] },
      });
      expect([res.status, res.body.code]).toEqual([400, code]);
    }
  });

  it("lists without secrets, deletes, and is admin-only", async () => {
    const hook = await register("/listed", ["match.step1.completed"]);
    const list = await call(runtime, "GET", "/api/webhooks", { token: admin });
    expect(list.body.items).toContainEqual(expect.objectContaining({ id: hook.id }));
    expect(JSON.stringify(list.body)).not.toContain(hook.secret);
    const recruiter = await tokenFor(runtime, "hooks-tenant", "recruiter");
    const denied = await call(runtime, "GET", "/api/webhooks", { token: recruiter });
    expect([denied.status, denied.body.code]).toEqual([403, "auth.forbidden"]);
    expect((await call(runtime, "DELETE", `/api/webhooks/${hook.id}`, { token: admin })).status).toBe(204);
    const gone = await call(runtime, "GET", `/api/webhooks/${hook.id}/deliveries`, { token: admin });
    expect([gone.status, gone.body.code]).toEqual([404, "webhook.not_found"]);
  });
});
