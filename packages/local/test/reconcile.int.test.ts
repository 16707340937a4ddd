import { PutObjectCommand } from "@aws-sdk/client-s3";
import type { ReconcileOutput } from "@futodama/workflow";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LocalRuntime } from "../src/runtime";
import { call, fileForm, startTestRuntime, tokenFor, waitUntilSettled } from "./support";

/*
 * Issue 11 item 3: the Reconcile workflow, run by the local executor through the same SFN
 * endpoint as on AWS, repairs what a lost notification, a dead execution or a crash leaves.
 * Each case makes the fault for real (a notification that never arrives, an execution that
 * fails without marking its record) and asks Reconcile to judge everything older than now.
 */
let runtime: LocalRuntime;
let token: string;
const tenant = "reconcile-t";

beforeAll(async () => {
  runtime = await startTestRuntime();
  token = await tokenFor(runtime, tenant);
});
afterAll(async () => {
  await runtime?.stop();
});

const cv = (name: string) =>
  `${name}\n${name.toLowerCase().replace(" ", ".")}@example.com\n\nSummary\nTheatre nurse, ten years.`;

/** Bucket notifications are lost while `run` runs, as if S3 → SQS had dropped them. */
async function withoutNotifications<T>(run: () => Promise<T>): Promise<T> {
  const server = runtime.emulator.server;
  const send = server.sendMessage.bind(server);
  server.sendMessage = (() => undefined) as unknown as typeof server.sendMessage;
  try {
    return await run();
  } finally {
    server.sendMessage = send;
  }
}

/** An upload whose record is registered but whose notification never arrives: stuck `queued`. */
async function stuckUpload(name: string): Promise<{ id: string; documentId: string }> {
  const up = await withoutNotifications(() =>
    call(runtime, "POST", "/api/resumes/upload", { token, form: fileForm(cv(name), `${name}.txt`) }),
  );
  expect(up.status).toBe(202);
  return { id: String(up.body.id), documentId: String(up.body.documentId) };
}

let runs = 0;
/** One Reconcile execution over everything touched before now; its output is the summary. */
async function reconcile(olderThan?: Date): Promise<ReconcileOutput> {
  await new Promise((r) => setTimeout(r, 5));
  const arn = runtime.executor.stateMachineArn("Reconcile");
  runs += 1;
  const started = await runtime.executor.start(arn, `reconcile-test-${runs}`, {
    olderThan: (olderThan ?? new Date()).toISOString(),
  });
  const done = await runtime.executor.waitFor(started.executionArn);
  expect(done.status).toBe("SUCCEEDED");
  return done.output as ReconcileOutput;
}

async function status(id: string) {
  return (await call(runtime, "GET", `/api/resumes/${id}`, { token })).body;
}

describe("Reconcile", () => {
  it("restarts a record whose execution never started, and leaves it alone once running", async () => {
    const stuck = await stuckUpload("Nora Lost");
    await new Promise((r) => setTimeout(r, 300));
    expect((await status(stuck.id)).status).toBe("queued");

    const out = await reconcile();
    expect(out.records?.restarted).toBeGreaterThanOrEqual(1);
    expect(out.records?.actions).toContainEqual(
      expect.objectContaining({ documentId: stuck.documentId, action: "restarted" }),
    );
    const settled = await waitUntilSettled(runtime, token, `/api/resumes/${stuck.id}`);
    expect(settled.body).toMatchObject({ status: "parsed", title: "Nora Lost" });

    // Settled now: the next run finds nothing to do for it.
    const again = await reconcile();
    expect(again.records?.actions.some((a) => a.documentId === stuck.documentId)).toBe(false);
  });

  it("registers and ingests an object that never got a record (lost notification)", async () => {
    const key = `${tenant}/resumes/lost/Olga Orphan.txt`;
    await withoutNotifications(() =>
      runtime.deps.s3.send(
        new PutObjectCommand({ Bucket: runtime.deps.buckets.drops, Key: key, Body: cv("Olga Orphan") }),
      ),
    );
    await new Promise((r) => setTimeout(r, 300));
    expect((await call(runtime, "GET", "/api/resumes?q=Orphan", { token })).body.items).toEqual([]);

    const out = await reconcile();
    expect(out.objects?.actions).toContainEqual(expect.objectContaining({ key, outcome: "started" }));
    const documentId = out.objects?.actions.find((a) => a.key === key)?.documentId ?? "";
    const record = await runtime.deps.storage.getRecordByDocument(tenant, documentId);
    const settled = await waitUntilSettled(runtime, token, `/api/resumes/${record?.id}`);
    expect(settled.body).toMatchObject({ status: "parsed", title: "Olga Orphan" });
    expect(await runtime.deps.storage.countRecords(tenant, "resume", { q: "Orphan" })).toBe(1);

    // Registered now: a second run does not start it again.
    const again = await reconcile();
    expect(again.objects?.actions.some((a) => a.key === key)).toBe(false);
  });

  it("marks failed, with the execution's error, a record whose execution failed without saying so", async () => {
    const stuck = await stuckUpload("Fay Failed");
    const document = await runtime.deps.storage.getDocument(tenant, stuck.documentId);
    // An execution under the document's own name that cannot touch the record (another tenant's
    // view of it): every step fails, MarkFailed too, and the record stays queued.
    const ingest = runtime.executor.stateMachineArn("DocumentIngest");
    const run = await runtime.executor.start(ingest, stuck.documentId, {
      tenantId: "someone-else",
      documentId: stuck.documentId,
      kind: "resume",
      bucket: document?.bucket,
      key: document?.s3Key,
    });
    expect((await runtime.executor.waitFor(run.executionArn)).status).toBe("FAILED");
    expect((await status(stuck.id)).status).toBe("queued");

    const out = await reconcile();
    expect(out.records?.actions).toContainEqual(
      expect.objectContaining({ documentId: stuck.documentId, code: "reconcile.execution_failed" }),
    );
    const record = await status(stuck.id);
    expect(record.status).toBe("failed");
    expect(String(record.error)).toContain("reconcile.execution_failed");
    expect(record.errorCode).toBe("reconcile.execution_failed");
    // The execution's own error is in the reason as a person reads it, without its code prefix.
    expect(String(record.error)).not.toMatch(/^\[/);
  });

  it("gives up after the maximum number of restarts, saying what to do", async () => {
    const stuck = await stuckUpload("Gus Gaveup");
    for (let attempt = 0; attempt < 3; attempt++) {
      expect(
        await runtime.deps.storage.claimRecovery(
          tenant,
          stuck.documentId,
          attempt,
          `${stuck.documentId}-gone`,
        ),
      ).toBe(true);
    }
    const out = await reconcile();
    expect(out.records?.actions).toContainEqual(
      expect.objectContaining({ documentId: stuck.documentId, code: "reconcile.gave_up" }),
    );
    const record = await status(stuck.id);
    expect(record).toMatchObject({ status: "failed", errorCode: "reconcile.gave_up" });
    expect(String(record.error)).toMatch(/restarted 3 times.*retry it or upload the file again/);
  });

  it("two runs at once restart a stuck record once (claims and execution names)", async () => {
    const stuck = await stuckUpload("Tim Twice");
    const [a, b] = await Promise.all([reconcile(), reconcile()]);
    const restarts = [a, b].flatMap((o) =>
      (o.records?.actions ?? []).filter((x) => x.documentId === stuck.documentId && x.action === "restarted"),
    );
    expect(restarts).toHaveLength(1);
    const ingest = runtime.executor.stateMachineArn("DocumentIngest");
    const executions = runtime.executor.list(ingest).filter((e) => e.name.startsWith(stuck.documentId));
    expect(executions).toHaveLength(1);
    expect((await waitUntilSettled(runtime, token, `/api/resumes/${stuck.id}`)).body.status).toBe("parsed");
  });

  it("a presigned upload never used: queued while its URL may still be used, then failed with a reason", async () => {
    const presign = await call(runtime, "POST", "/api/resumes/presign", {
      token,
      json: { filename: "never.pdf", contentType: "application/pdf", size: 1234 },
    });
    const id = String(presign.body.id);
    expect((await status(id)).status).toBe("queued");

    const early = await reconcile();
    expect(early.records?.actions.some((a) => a.documentId === presign.body.documentId)).toBe(false);
    expect((await status(id)).status).toBe("queued");

    // As the reconciler will see it once the URL has expired (PRESIGN_TTL_SECONDS, 900 by default).
    const late = await reconcile(new Date(Date.now() + 901_000));
    expect(late.records?.actions).toContainEqual(
      expect.objectContaining({ documentId: presign.body.documentId, code: "upload.never_arrived" }),
    );
    expect(await status(id)).toMatchObject({ status: "failed", errorCode: "upload.never_arrived" });
  });

  it("a presigned PUT whose notification was lost is ingested into its record by the reconciler", async () => {
    const body = cv("Pia Presigned");
    const presign = await call(runtime, "POST", "/api/resumes/presign", {
      token,
      json: { filename: "pia.txt", contentType: "text/plain", size: Buffer.byteLength(body) },
    });
    await withoutNotifications(() =>
      fetch(String(presign.body.url), {
        method: "PUT",
        headers: presign.body.headers as Record<string, string>,
        body,
      }),
    );
    const id = String(presign.body.id);
    expect((await status(id)).status).toBe("queued");
    await reconcile();
    const settled = await waitUntilSettled(runtime, token, `/api/resumes/${id}`);
    expect(settled.body).toMatchObject({ status: "parsed", title: "Pia Presigned" });
  });
});
