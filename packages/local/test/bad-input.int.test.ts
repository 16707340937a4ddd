import { ListObjectsV2Command } from "@aws-sdk/client-s3";
import { signToken } from "@futodama/functions/auth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LocalRuntime } from "../src/runtime";
import { call, fileForm, startTestRuntime, tokenFor } from "./support";

let runtime: LocalRuntime;
let token: string;

beforeAll(async () => {
  runtime = await startTestRuntime();
  token = await tokenFor(runtime, "acme");
});
afterAll(async () => {
  await runtime?.stop();
});

async function objectCount(): Promise<number> {
  const out = await runtime.deps.s3.send(new ListObjectsV2Command({ Bucket: runtime.deps.buckets.uploads }));
  return out.KeyCount ?? 0;
}

async function rowCount(): Promise<number> {
  const { storage } = runtime.deps;
  let total = 0;
  for (const tenant of ["acme", "other"]) {
    total += (await storage.countRecords(tenant, "resume")) + (await storage.countRecords(tenant, "job"));
  }
  return total;
}

describe("bad input gets a 4xx with a stable code, and nothing is written", () => {
  const expired = () => tokenFor(runtime, "acme", "admin", -3600);
  const forged = () =>
    signToken({
      secret: "x".repeat(48),
      tenantId: "acme",
      role: "admin",
      issuer: "futodama",
      audience: "futodama-api",
    });

  const cases: Array<
    [string, () => Promise<{ status: number; body: Record<string, unknown> }>, number, string]
  > = [
    [
      "empty JSON body",
      () =>
        call(runtime, "POST", "/api/jobs", {
          token,
          body: "",
          headers: { "content-type": "application/json" },
        }),
      400,
      "request.empty_body",
    ],
    [
      "invalid JSON",
      () =>
        call(runtime, "POST", "/api/jobs", {
          token,
          body: "{nope",
          headers: { "content-type": "application/json" },
        }),
      400,
      "request.invalid_json",
    ],
    [
      "blank text",
      () => call(runtime, "POST", "/api/jobs", { token, json: { text: "   " } }),
      400,
      "request.invalid",
    ],
    [
      "unknown field",
      () => call(runtime, "POST", "/api/jobs", { token, json: { text: "x", admin: true } }),
      400,
      "request.invalid",
    ],
    [
      "JSON where a form is expected",
      () => call(runtime, "POST", "/api/resumes/upload", { token, json: { file: "x" } }),
      415,
      "upload.unsupported_media_type",
    ],
    [
      "text/plain where JSON is expected",
      () =>
        call(runtime, "POST", "/api/jobs", {
          token,
          body: "hello",
          headers: { "content-type": "text/plain" },
        }),
      415,
      "request.unsupported_media_type",
    ],
    [
      "form without a file field",
      () => {
        const form = new FormData();
        form.append("note", "no file");
        return call(runtime, "POST", "/api/resumes/upload", { token, form });
      },
      400,
      "upload.missing_file",
    ],
    [
      "empty file",
      () => call(runtime, "POST", "/api/resumes/upload", { token, form: fileForm("", "empty.txt") }),
      400,
      "upload.empty",
    ],
    [
      "file over the limit",
      () =>
        call(runtime, "POST", "/api/resumes/upload", {
          token,
          form: fileForm("a".repeat(300 * 1024), "big.txt"),
        }),
      413,
      "upload.too_large",
    ],
    [
      "body over the gateway limit",
      () =>
        call(runtime, "POST", "/api/resumes/upload", {
          token,
          form: fileForm("a".repeat(1400 * 1024), "huge.txt"),
        }),
      413,
      "upload.too_large",
    ],
    [
      "binary junk",
      () =>
        call(runtime, "POST", "/api/resumes/upload", {
          token,
          form: fileForm(new Uint8Array([0, 1, 2, 3, 0, 255, 254, 0]), "cv.txt"),
        }),
      415,
      "document.unrecognized_type",
    ],
    [
      "a cut-off PNG named .txt",
      () =>
        call(runtime, "POST", "/api/resumes/upload", {
          token,
          form: fileForm(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), "cv.txt"),
        }),
      400,
      "document.corrupt",
    ],
    [
      "a legacy Word file named .pdf",
      () =>
        call(runtime, "POST", "/api/resumes/upload", {
          token,
          form: fileForm(
            new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
            "cv.pdf",
          ),
        }),
      415,
      "document.unsupported_type",
    ],
    [
      "presign over the limit",
      () =>
        call(runtime, "POST", "/api/resumes/presign", {
          token,
          json: { filename: "a.pdf", contentType: "application/pdf", size: 10 ** 9 },
        }),
      413,
      "upload.too_large",
    ],
    ["unknown route", () => call(runtime, "GET", "/api/nothing-here", { token }), 404, "route.not_found"],
    ["wrong method", () => call(runtime, "DELETE", "/api/jobs", { token }), 405, "route.method_not_allowed"],
    ["no token", () => call(runtime, "GET", "/api/resumes"), 401, "auth.missing_token"],
    [
      "not a bearer header",
      () => call(runtime, "GET", "/api/resumes", { headers: { authorization: "Basic abc" } }),
      401,
      "auth.invalid_token",
    ],
    [
      "malformed JWT",
      () => call(runtime, "GET", "/api/resumes", { token: "not.a.jwt" }),
      401,
      "auth.invalid_token",
    ],
    [
      "JWT signed with another secret",
      async () => call(runtime, "GET", "/api/resumes", { token: await forged() }),
      401,
      "auth.invalid_token",
    ],
    [
      "expired JWT",
      async () => call(runtime, "GET", "/api/resumes", { token: await expired() }),
      401,
      "auth.token_expired",
    ],
    [
      "viewer uploading",
      async () =>
        call(runtime, "POST", "/api/jobs", {
          token: await tokenFor(runtime, "acme", "viewer"),
          json: { text: "Job" },
        }),
      403,
      "auth.forbidden",
    ],
    [
      "id that is not a UUID",
      () => call(runtime, "GET", "/api/resumes/123", { token }),
      400,
      "request.invalid",
    ],
    [
      "unknown id",
      () => call(runtime, "GET", "/api/resumes/00000000-0000-4000-8000-000000000000", { token }),
      404,
      "resume.not_found",
    ],
    [
      "bad list filter",
      () => call(runtime, "GET", "/api/jobs?status=done", { token }),
      400,
      "request.invalid",
    ],
    [
      "bad cursor",
      () => call(runtime, "GET", "/api/jobs?cursor=garbage", { token }),
      400,
      "list.invalid_cursor",
    ],
  ];

  it.each(cases)("%s", async (_name, request, status, code) => {
    const [objectsBefore, rowsBefore] = [await objectCount(), await rowCount()];
    const res = await request();
    expect(res.status).toBe(status);
    expect(res.body.code).toBe(code);
    expect(typeof res.body.error).toBe("string");
    expect([await objectCount(), await rowCount()]).toEqual([objectsBefore, rowsBefore]);
  });

  it("an unexpected failure is a 500 with a generic body, not a stack trace", async () => {
    const saved = runtime.deps.storage.readRecord;
    runtime.deps.storage.readRecord = async () => {
      throw new Error("connection reset by peer at 10.0.0.12");
    };
    try {
      const res = await call(runtime, "GET", "/api/resumes/00000000-0000-4000-8000-000000000000", { token });
      expect(res.status).toBe(500);
      expect(res.body).toEqual({
        error: "Something went wrong on our side; it has been logged",
        code: "internal.error",
      });
    } finally {
      runtime.deps.storage.readRecord = saved;
    }
  });
});
