import { describe, expect, it } from "vitest";
import type { LocalRuntime } from "../src/runtime";
import { call, fileForm, useTestRuntime } from "./support";

/** Issue 9 item 7: a multipart upload is only as big as API Gateway can hand a Lambda. */
let runtime: LocalRuntime;
let token: string;

useTestRuntime({ env: { MAX_UPLOAD_BYTES: String(10 * 1024 * 1024) } }, (started) => {
  ({ runtime, token } = started);
});

/** Bytes that are no document at all: the upload is read, then refused for its type. */
const junk = (size: number) => new Uint8Array(size).fill(0x01);

describe("uploads that fit API Gateway", () => {
  it("a 5 MB file through multipart is a 413 that points to the presigned upload", async () => {
    const res = await call(runtime, "POST", "/api/resumes/upload", {
      token,
      form: fileForm(junk(5_000_000), "big.pdf"),
    });
    expect(res.status).toBe(413);
    expect(res.body.code).toBe("upload.use_presigned");
    expect(String(res.body.error)).toContain("POST /api/resumes/presign");
  });

  it("the same 5 MB file may be presigned (the file limit is still 10 MB)", async () => {
    const res = await call(runtime, "POST", "/api/jobs/presign", {
      token,
      json: { filename: "big.pdf", contentType: "application/pdf", size: 5_000_000 },
    });
    expect(res.status).toBe(201);
  });

  it("a 4.4 MB multipart body is read by the handler (refused only for what it is)", async () => {
    const res = await call(runtime, "POST", "/api/jobs/upload", {
      token,
      form: fileForm(junk(4_400_000), "junk.bin"),
    });
    expect(res.status).toBe(415);
    expect(res.body.code).toBe("document.unrecognized_type");
  });
});
