import { readFileSync } from "node:fs";
import { HeadObjectCommand, PutObjectCommand } from "@aws-sdk/client-s3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { textPng, twoColumnCv } from "../../documents/test/fixtures";
import type { LocalRuntime } from "../src/runtime";
import { call, fileForm, startTestRuntime, tokenFor, waitUntilSettled } from "./support";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));

let runtime: LocalRuntime;
let token: string;

beforeAll(async () => {
  runtime = await startTestRuntime();
  token = await tokenFor(runtime, "acme");
});
afterAll(async () => {
  await runtime?.stop();
});

describe("the ingest path, through every real hop", () => {
  it("uploads a CV and a job description and reads both back parsed", async () => {
    const cv = await call(runtime, "POST", "/api/resumes/upload", {
      token,
      form: fileForm(fixture("cv-ada.txt"), "cv-ada.txt"),
    });
    expect(cv.status).toBe(202);
    expect(cv.body).toMatchObject({ status: "queued", duplicate: false });
    const job = await call(runtime, "POST", "/api/jobs/upload", {
      token,
      form: fileForm(fixture("job-backend.txt"), "job-backend.txt"),
    });
    expect(job.status).toBe(202);

    const resume = await waitUntilSettled(runtime, token, `/api/resumes/${cv.body.id}`);
    expect(resume.body).toMatchObject({ status: "parsed", title: "Ada Nordlund", filename: "cv-ada.txt" });
    expect(resume.body.card).toMatchObject({
      schema: "resume-card-v1",
      personal_info: { name: "Ada Nordlund", email: "ada.nordlund@example.org" },
    });
    const parsedJob = await waitUntilSettled(runtime, token, `/api/jobs/${job.body.id}`);
    expect(parsedJob.body).toMatchObject({ status: "parsed", title: "Senior Backend Engineer" });
    expect(parsedJob.body.card).toMatchObject({ schema: "job-card-v1" });

    // Every hop was real: the object is in the bucket, the execution ran and succeeded.
    const execution = runtime.executor.describe(
      `arn:aws:states:us-east-1:000000000000:execution:DocumentIngest:${cv.body.documentId}`,
    );
    expect(execution.status).toBe("SUCCEEDED");
    const list = await call(runtime, "GET", "/api/resumes", { token });
    expect((list.body.items as Array<{ id: string }>).map((i) => i.id)).toContain(cv.body.id);
  });

  it("reads a legacy Word (.doc) and an OpenDocument (.odt) CV to a card", async () => {
    const legacy = (name: string) =>
      readFileSync(new URL(`../../documents/test/fixtures/${name}`, import.meta.url));
    for (const name of ["cv-legacy.doc", "cv-legacy.odt"]) {
      const up = await call(runtime, "POST", "/api/resumes/upload", {
        token,
        form: fileForm(legacy(name), name),
      });
      expect(up.status, JSON.stringify(up.body)).toBe(202);
      const parsed = await waitUntilSettled(runtime, token, `/api/resumes/${up.body.id}`);
      expect(parsed.body, name).toMatchObject({ status: "parsed", title: "Freja Testdottir" });
      expect(parsed.body.card).toMatchObject({
        personal_info: { name: "Freja Testdottir", email: "freja.testdottir@example.com" },
        work_experience: [{ title: "Senior Backend Developer", company: "Kvistholm Logistics" }, {}],
      });
    }
  });

  it("reads a two-column PDF, and a scanned CV through the OcrText branch", async () => {
    const pdf = await call(runtime, "POST", "/api/resumes/upload", {
      token,
      form: fileForm(await twoColumnCv(), "alex.pdf"),
    });
    expect(pdf.status).toBe(202);
    const parsedPdf = await waitUntilSettled(runtime, token, `/api/resumes/${pdf.body.id}`);
    expect(parsedPdf.body).toMatchObject({ status: "parsed", title: "Alex Testperson" });

    const png = textPng([
      "Maria Scanlon",
      "maria.scanlon@example.com",
      "",
      "Experience",
      "Staff Nurse, Riverside Hospital, 2018 - 2023",
    ]);
    const scan = await call(runtime, "POST", "/api/resumes/upload", {
      token,
      form: fileForm(png, "scan.png"),
    });
    expect(scan.status).toBe(202);
    const parsedScan = await waitUntilSettled(runtime, token, `/api/resumes/${scan.body.id}`, 60_000);
    expect(parsedScan.body).toMatchObject({ status: "parsed" });
    expect(parsedScan.body.card).toMatchObject({ personal_info: { email: "maria.scanlon@example.com" } });
    const arn = `arn:aws:states:us-east-1:000000000000:execution:DocumentIngest:${scan.body.documentId}`;
    const states = runtime.executor.history(arn).map((e) => e.stateName);
    expect(states).toContain("OcrText");
  });

  it("creates a job from pasted text through the same workflow", async () => {
    const created = await call(runtime, "POST", "/api/jobs", {
      token,
      json: { text: "Data Analyst\nRemote\n\nRequirements\n- SQL\n- Python", title: "Data Analyst" },
    });
    expect(created.status).toBe(202);
    const job = await waitUntilSettled(runtime, token, `/api/jobs/${created.body.id}`);
    expect(job.body).toMatchObject({ status: "parsed", title: "Data Analyst" });
  });

  it("the same file twice makes one document and one execution", async () => {
    const content = "Bo Example\nbo@example.net\n\nSummary\nWarehouse lead.";
    const first = await call(runtime, "POST", "/api/resumes/upload", {
      token,
      form: fileForm(content, "bo.txt"),
    });
    const second = await call(runtime, "POST", "/api/resumes/upload", {
      token,
      form: fileForm(content, "bo-again.txt"),
    });
    expect(first.status).toBe(202);
    expect(second.status).toBe(200);
    expect(second.body).toMatchObject({ id: first.body.id, duplicate: true });
    await waitUntilSettled(runtime, token, `/api/resumes/${first.body.id}`);
    const executions = runtime.executor
      .list("DocumentIngest")
      .filter((e) => e.name === first.body.documentId);
    expect(executions).toHaveLength(1);
    const all = await runtime.deps.storage.listRecords("acme", "resume", { q: "bo" });
    expect(all.items.filter((r) => r.documentId === first.body.documentId)).toHaveLength(1);
  });

  it("a step that throws marks the document failed with a reason and keeps the file", async () => {
    const res = await call(runtime, "POST", "/api/resumes/upload", {
      token,
      form: fileForm("   \n\n  \t\n", "blank.txt"),
    });
    expect(res.status).toBe(202);
    const failed = await waitUntilSettled(runtime, token, `/api/resumes/${res.body.id}`);
    expect(failed.body).toMatchObject({ status: "failed", error: "The document contains no readable text" });
    expect(failed.body.card).toBeUndefined();
    const document = await runtime.deps.storage.getDocument("acme", String(res.body.documentId));
    const head = await runtime.deps.s3.send(
      new HeadObjectCommand({ Bucket: document!.bucket, Key: document!.s3Key }),
    );
    expect(head.ContentLength).toBeGreaterThan(0);
    const execution = runtime.executor.list("DocumentIngest").find((e) => e.name === res.body.documentId);
    expect(execution?.status).toBe("FAILED");
  });

  it("a file dropped into the drops bucket is ingested for the tenant its key names", async () => {
    await runtime.deps.s3.send(
      new PutObjectCommand({
        Bucket: runtime.deps.buckets.drops,
        Key: "acme/resumes/batch 1/cv ada (copy).txt",
        Body: fixture("cv-ada.txt").toString("utf8").replace("Ada Nordlund", "Ada Dropped"),
      }),
    );
    const deadline = Date.now() + 15_000;
    let found: string | undefined;
    while (!found && Date.now() < deadline) {
      const page = await call(runtime, "GET", "/api/resumes?q=cv%20ada", { token });
      found = (page.body.items as Array<{ id: string; status: string }>).find(
        (i) => i.status === "parsed",
      )?.id;
      if (!found) await new Promise((r) => setTimeout(r, 100));
    }
    expect(found).toBeDefined();
    const resume = await call(runtime, "GET", `/api/resumes/${found}`, { token });
    expect(resume.body).toMatchObject({ title: "Ada Dropped", filename: "cv ada (copy).txt" });
  });

  it("a presigned upload is a record from the start, and its PUT ingests into that record", async () => {
    const body = "Cy Example\ncy@example.com\n\nSummary\nNurse with ten years in intensive care.";
    const presignCy = () =>
      call(runtime, "POST", "/api/resumes/presign", {
        token,
        json: { filename: "cy.txt", contentType: "text/plain", size: Buffer.byteLength(body) },
      });
    const put = (presign: Awaited<ReturnType<typeof presignCy>>) =>
      fetch(String(presign.body.url), {
        method: "PUT",
        headers: presign.body.headers as Record<string, string>,
        body,
      });
    const presign = await presignCy();
    expect(presign.status).toBe(201);
    const id = String(presign.body.id);
    expect(presign.body).toMatchObject({ status: "queued" });
    expect((await call(runtime, "GET", `/api/resumes/${id}`, { token })).body).toMatchObject({
      status: "queued",
      filename: "cy.txt",
    });
    expect((await put(presign)).status).toBe(200);
    const settled = await waitUntilSettled(runtime, token, `/api/resumes/${id}`);
    expect(settled.body).toMatchObject({ id, status: "parsed", title: "Cy Example" });

    // The same bytes through another presigned URL: that record says whose they are.
    const again = await presignCy();
    expect((await put(again)).status).toBe(200);
    const duplicate = await waitUntilSettled(runtime, token, `/api/resumes/${String(again.body.id)}`);
    expect(duplicate.body).toMatchObject({ status: "failed", errorCode: "upload.duplicate" });
    expect(String(duplicate.body.error)).toContain(id);
  });
});
