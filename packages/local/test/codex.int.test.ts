import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { imageOnlyPdf, singleColumnCv, textPng } from "../../documents/test/fixtures";
import type { LocalRuntime } from "../src/runtime";
import { call, fileForm, startTestRuntime, tokenFor, waitUntilSettled } from "./support";

let runtime: LocalRuntime;
let viewer: string;
let recruiter: string;

beforeAll(async () => {
  runtime = await startTestRuntime({ MAX_UPLOAD_BYTES: String(4 * 1024 * 1024) });
  viewer = await tokenFor(runtime, "codex", "viewer");
  recruiter = await tokenFor(runtime, "codex", "recruiter");
});
afterAll(async () => {
  await runtime?.stop();
});

describe("the codex over HTTP", () => {
  it("lists every card type with its version, and serves each as JSON Schema", async () => {
    const list = await call(runtime, "GET", "/api/codex", { token: viewer });
    expect(list.status).toBe(200);
    const items = list.body.items as Array<{ id: string; version: string; schemaUrl: string }>;
    expect(items.map((i) => i.id).sort()).toEqual(
      ["creative-job-v1", "job-card-v1", "match-analysis-v1", "resume-card-v1", "resume-tailor-v1"].sort(),
    );
    for (const item of items) {
      expect(item.version).toMatch(/^1\.\d+\.\d+$/);
      const schema = await call(runtime, "GET", item.schemaUrl, { token: viewer });
      expect(schema.status).toBe(200);
      expect(schema.body).toMatchObject({ $id: `urn:futodama:codex:${item.id}`, type: "object" });
    }
  });

  it("serves a schema that validates the cards the API returns", async () => {
    const upload = await call(runtime, "POST", "/api/resumes", {
      token: recruiter,
      json: { text: "Ada Lovelace\nada@example.com\n\nSkills\nTypeScript, PostgreSQL" },
    });
    const cv = await waitUntilSettled(runtime, recruiter, `/api/resumes/${String(upload.body.id)}`);
    const schema = await call(runtime, "GET", "/api/codex/resume-card-v1", { token: viewer });
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats.default(ajv);
    const validate = ajv.compile(schema.body);
    expect(validate(cv.body.card), JSON.stringify(validate.errors)).toBe(true);
  });

  it("needs a token, and answers 404 codex.not_found for an unknown schema", async () => {
    expect((await call(runtime, "GET", "/api/codex")).status).toBe(401);
    expect((await call(runtime, "GET", "/api/codex/resume-card-v1")).status).toBe(401);
    const unknown = await call(runtime, "GET", "/api/codex/resume-card-v9", { token: viewer });
    expect([unknown.status, unknown.body.code]).toEqual([404, "codex.not_found"]);
  });
});

describe("small contract fixes", () => {
  it("skill search ranks exact label and alias matches first at any limit", async () => {
    for (const [q, id] of [
      ["react", "sk_react"],
      ["k8s", "sk_kubernetes"],
      ["java", "sk_java"],
    ] as const) {
      for (const limit of [1, 5, 20]) {
        const res = await call(runtime, "GET", `/api/codex/skills?q=${q}&limit=${limit}`, { token: viewer });
        const ids = (res.body.items as Array<{ id: string }>).map((s) => s.id);
        expect(ids[0], `${q} limit ${limit}: ${ids.join(", ")}`).toBe(id);
        expect(ids.length).toBeLessThanOrEqual(limit);
      }
    }
  });

  it("step 1 takes no body at all (every field is optional)", async () => {
    const job = await call(runtime, "POST", "/api/jobs", {
      token: recruiter,
      json: { text: "Backend Engineer\nRemote\n\nRequirements\n- TypeScript" },
    });
    await waitUntilSettled(runtime, recruiter, `/api/jobs/${String(job.body.id)}`);
    const run = await call(runtime, "POST", `/api/jobs/${String(job.body.id)}/match/step1`, {
      token: recruiter,
    });
    expect(run.status).toBe(200);
    expect(run.body).toMatchObject({ kind: "step1", status: "done" });
  });

  it("vision reads PDFs: a text layer directly, a scan by OCR", async () => {
    const text = await call(runtime, "POST", "/api/vision/extract", {
      token: recruiter,
      form: fileForm(await singleColumnCv(), "cv.pdf"),
    });
    expect(text.status, JSON.stringify(text.body)).toBe(200);
    expect(text.body).toMatchObject({ method: "pdf-text", provider: "text-layer", pages: 1 });
    expect(String(text.body.text)).toContain("Nordlys Software");
    const scan = await call(runtime, "POST", "/api/vision/extract", {
      token: recruiter,
      form: fileForm(await imageOnlyPdf(textPng(["Scanned Person", "Payroll specialist"])), "scan.pdf"),
    });
    expect(scan.status, JSON.stringify(scan.body)).toBe(200);
    expect(scan.body).toMatchObject({ method: "ocr", provider: expect.stringMatching(/^tesseract/) });
    expect(String(scan.body.text)).toMatch(/Scanned Person/i);
  });
});
