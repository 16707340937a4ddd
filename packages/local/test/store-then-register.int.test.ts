import { PutObjectCommand } from "@aws-sdk/client-s3";
import { describe, expect, it } from "vitest";
import type { LocalRuntime } from "../src/runtime";
import { call, fileForm, useTestRuntime, waitUntilSettled } from "./support";

/** Issue 11 item 2: one failed storage write never blocks a file for good. */
let runtime: LocalRuntime;
let token: string;

useTestRuntime({}, (started) => {
  ({ runtime, token } = started);
});

/** The file store refuses the next PutObject once, as an outage would. */
function failNextPut(): void {
  const s3 = runtime.deps.s3;
  const send = s3.send.bind(s3);
  let failed = false;
  s3.send = ((command: unknown, ...rest: unknown[]) => {
    if (!failed && command instanceof PutObjectCommand) {
      failed = true;
      return Promise.reject(Object.assign(new Error("socket hang up"), { name: "TimeoutError" }));
    }
    return (send as (...a: unknown[]) => unknown)(command, ...rest);
  }) as typeof s3.send;
}

const cv = (name: string) =>
  `${name}\n${name.toLowerCase().replace(" ", ".")}@example.com\n\nSummary\nNurse in intensive care.`;

describe("store, then register: a failed store is retryable", () => {
  it("the store fails once during an upload; the same upload again re-drives it to parsed", async () => {
    failNextPut();
    const first = await call(runtime, "POST", "/api/resumes/upload", {
      token,
      form: fileForm(cv("Sam Store"), "sam.txt"),
    });
    expect(first.status).toBe(502);
    expect(first.body.code).toBe("storage.s3_unavailable");

    const again = await call(runtime, "POST", "/api/resumes/upload", {
      token,
      form: fileForm(cv("Sam Store"), "sam.txt"),
    });
    expect(again.status).toBe(202);
    expect(again.body.duplicate).toBe(false);
    const settled = await waitUntilSettled(runtime, token, `/api/resumes/${String(again.body.id)}`, 90_000);
    expect(settled.body).toMatchObject({ status: "parsed", title: "Sam Store" });
    expect(await runtime.deps.storage.countRecords("acme", "resume")).toBe(1);

    const third = await call(runtime, "POST", "/api/resumes/upload", {
      token,
      form: fileForm(cv("Sam Store"), "sam.txt"),
    });
    expect(third).toMatchObject({ status: 200, body: { id: again.body.id, duplicate: true } });
  });

  it("POST /api/resumes/:id/retry restarts a failed document from its stored file", async () => {
    const up = await call(runtime, "POST", "/api/resumes/upload", {
      token,
      form: fileForm(cv("Rita Retry"), "rita.txt"),
    });
    const id = String(up.body.id);
    await waitUntilSettled(runtime, token, `/api/resumes/${id}`, 90_000);
    const notFailed = await call(runtime, "POST", `/api/resumes/${id}/retry`, { token });
    expect(notFailed).toMatchObject({ status: 409, body: { code: "resume.not_failed" } });

    // As if a step had failed: the record is failed, its file still stored.
    await runtime.deps.storage.markFailed("acme", String(up.body.documentId), {
      code: "document.ocr_failed",
      reason: "The OCR worker crashed",
    });
    const failed = await call(runtime, "GET", `/api/resumes/${id}`, { token });
    expect(failed.body).toMatchObject({
      status: "failed",
      error: "The OCR worker crashed",
      errorCode: "document.ocr_failed",
    });
    const retry = await call(runtime, "POST", `/api/resumes/${id}/retry`, { token });
    expect(retry).toMatchObject({ status: 202, body: { id, status: "queued", duplicate: false } });
    const settled = await waitUntilSettled(runtime, token, `/api/resumes/${id}`, 90_000);
    expect(settled.body).toMatchObject({ status: "parsed", title: "Rita Retry" });
    // The retry cleared the failure: neither its reason nor its code is left on the record.
    expect(settled.body).not.toHaveProperty("error");
    expect(settled.body).not.toHaveProperty("errorCode");
  });

  it("uploading the same bytes after a processing failure runs it again, never a duplicate of a dead record", async () => {
    const up = await call(runtime, "POST", "/api/jobs", {
      token,
      json: { text: "Ward Nurse\nIntensive care" },
    });
    const id = String(up.body.id);
    await waitUntilSettled(runtime, token, `/api/jobs/${id}`, 90_000);
    await runtime.deps.storage.markFailed("acme", String(up.body.documentId), {
      code: "workflow.timeout",
      reason: "Normalize timed out",
    });
    const again = await call(runtime, "POST", "/api/jobs", {
      token,
      json: { text: "Ward Nurse\nIntensive care" },
    });
    expect(again).toMatchObject({ status: 202, body: { id, duplicate: false } });
    expect((await waitUntilSettled(runtime, token, `/api/jobs/${id}`, 90_000)).body.status).toBe("parsed");
  });

  it("a retry of a record whose file is gone says to upload it again", async () => {
    failNextPut();
    const first = await call(runtime, "POST", "/api/jobs/upload", {
      token,
      form: fileForm("Porter\nNight shifts", "porter.txt"),
    });
    expect(first.status).toBe(502);
    const page = await call(runtime, "GET", "/api/jobs?status=failed", { token });
    const failed = (page.body.items as Array<{ id: string }>)[0];
    const retry = await call(runtime, "POST", `/api/jobs/${String(failed?.id)}/retry`, { token });
    expect(retry).toMatchObject({ status: 409, body: { code: "document.file_missing" } });
  });
});
