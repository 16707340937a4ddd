import type { ReconcileOutput } from "@futodama/workflow";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LocalRuntime } from "../src/runtime";
import { call, fileForm, startTestRuntime, tokenFor, waitUntilSettled } from "./support";
import { type Receiver, registerWebhook, startReceiver, verifiedEvent } from "./webhook-receiver";

/*
 * Issue 13 with issue 11's reconciler: what happened but was never told. A crash between
 * "recorded" and "queued" leaves a webhook delivery no worker will see; a crash after a batch's
 * last file settled leaves the batch open; a record the reconciler fails must be announced like
 * one a workflow fails. Each fault is made for real, then one Reconcile execution repairs it.
 */
let runtime: LocalRuntime;
let admin: string;
let receiver: Receiver;
const tenant = "reconcile-events";

beforeAll(async () => {
  runtime = await startTestRuntime({ WEBHOOK_MAX_ATTEMPTS: "3", WEBHOOK_RETRY_BASE_SECONDS: "0" });
  admin = await tokenFor(runtime, tenant, "admin");
  receiver = await startReceiver();
});
afterAll(async () => {
  await receiver?.stop();
  await runtime?.stop();
});

const register = (path: string, events: string[]) =>
  registerWebhook(runtime, admin, receiver.url(path), events);

let runs = 0;
/** One Reconcile execution judging everything touched before `olderThan` (default: now). */
async function reconcile(olderThan = new Date()): Promise<ReconcileOutput> {
  await new Promise((r) => setTimeout(r, 5));
  runs += 1;
  const started = await runtime.executor.start(
    runtime.executor.stateMachineArn("Reconcile"),
    `reconcile-events-${runs}`,
    { olderThan: olderThan.toISOString() },
  );
  const done = await runtime.executor.waitFor(started.executionArn);
  expect(done.status).toBe("SUCCEEDED");
  return done.output as ReconcileOutput;
}

describe("the reconciler's events pass", () => {
  it("queues a delivery recorded but never queued, once, and it arrives signed", async () => {
    const hook = await register("/lost", ["document.parsed"]);
    // What the emitting step had done when it crashed: the row, not the queue message.
    const [recorded] = await runtime.deps.storage.createDeliveries(tenant, [
      {
        webhookId: hook.id,
        eventId: "evt_lost_before_queue",
        eventType: "document.parsed",
        payload: { type: "document.parsed", data: { documentId: "d-lost", status: "parsed" } },
      },
    ]);
    await new Promise((r) => setTimeout(r, 300));
    expect(receiver.on("/lost")).toHaveLength(0);

    const out = await reconcile();
    expect(out.events?.deliveriesRequeued).toBeGreaterThanOrEqual(1);
    const [delivery] = await receiver.waitFor("/lost", 1);
    expect(delivery?.headers["webhook-id"]).toBe("evt_lost_before_queue");
    expect(verifiedEvent(hook.secret, delivery)).toMatchObject({ data: { documentId: "d-lost" } });

    // Delivered: the next run finds nothing to send.
    const deadline = Date.now() + 10_000;
    while (
      (await runtime.deps.storage.getDeliveryToSend(tenant, String(recorded?.id)))?.status !== "delivered"
    ) {
      if (Date.now() > deadline) throw new Error("delivery never recorded as delivered");
      await new Promise((r) => setTimeout(r, 50));
    }
    const again = await reconcile();
    expect(again.events?.deliveriesRequeued).toBe(0);
    await new Promise((r) => setTimeout(r, 300));
    expect(receiver.on("/lost")).toHaveLength(1);
  });

  it("completes and announces a batch whose files all settled but that nobody completed", async () => {
    const hook = await register("/batches", ["batch.completed"]);
    const cv = await call(runtime, "POST", "/api/resumes/upload", {
      token: admin,
      form: fileForm("Bo Batchless\nbo@example.com\n\nSkills\nTriage, Patient care", "bo.txt"),
    });
    await waitUntilSettled(runtime, admin, `/api/resumes/${String(cv.body.id)}`);
    // Persist completes the batches holding its document after the record reads parsed: let it end.
    const ingest = runtime.executor.stateMachineArn("DocumentIngest");
    while (runtime.executor.list(ingest).some((e) => e.status === "RUNNING")) {
      await new Promise((r) => setTimeout(r, 20));
    }
    // A batch whose last file settled before a crash took the step that would complete it.
    const batch = await runtime.deps.storage.createBatch(tenant, { kind: "resume", source: "api" });
    await runtime.deps.storage.addBatchItems(tenant, String(batch?.id), [
      { filename: "bo.txt", documentId: String(cv.body.documentId) },
    ]);
    const open = await call(runtime, "GET", `/api/batch/${String(batch?.id)}`, { token: admin });
    expect(open.body.status).toBe("processing");

    const out = await reconcile();
    expect(out.events).toMatchObject({ batchesCompleted: 1 });
    const done = await call(runtime, "GET", `/api/batch/${String(batch?.id)}`, { token: admin });
    expect(done.body).toMatchObject({ status: "completed" });
    const [delivery] = await receiver.waitFor("/batches", 1);
    expect(verifiedEvent(hook.secret, delivery)).toMatchObject({
      type: "batch.completed",
      data: { batchId: batch?.id, total: 1, parsed: 1 },
    });
    expect((await reconcile()).events?.batchesCompleted).toBe(0);
  });

  it("announces document.failed for a record the records pass fails", async () => {
    const hook = await register("/failed", ["document.failed"]);
    const presign = await call(runtime, "POST", "/api/resumes/presign", {
      token: admin,
      json: { filename: "never.pdf", contentType: "application/pdf", size: 1234 },
    });
    expect(presign.status).toBe(201);
    // As the reconciler sees it once the URL expired unused (PRESIGN_TTL_SECONDS, 900 by default).
    await reconcile(new Date(Date.now() + 901_000));
    const [delivery] = await receiver.waitFor("/failed", 1);
    expect(verifiedEvent(hook.secret, delivery)).toMatchObject({
      type: "document.failed",
      data: { documentId: presign.body.documentId, code: "upload.never_arrived" },
    });
  });
});
