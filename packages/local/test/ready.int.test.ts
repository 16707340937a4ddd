import { describe, expect, it } from "vitest";
import { call, startTestRuntime } from "./support";

/** Issue 13: GET /ready answers 200 when every dependency does, and 503 naming the one that does not. */
describe("GET /ready", () => {
  it("is ready when the database is migrated and both buckets answer", async () => {
    const runtime = await startTestRuntime();
    try {
      const res = await call(runtime, "GET", "/ready");
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        status: "ready",
        failing: [],
        checks: { database: { ok: true }, uploadsBucket: { ok: true }, dropsBucket: { ok: true } },
      });
    } finally {
      await runtime.stop();
    }
  });

  it("answers 503 naming the bucket that does not answer", async () => {
    const runtime = await startTestRuntime({ UPLOADS_BUCKET: "futodama-local-not-there" });
    try {
      const res = await call(runtime, "GET", "/ready");
      expect(res.status).toBe(503);
      expect(res.body).toMatchObject({
        code: "ops.not_ready",
        error: expect.stringContaining("uploadsBucket"),
        details: { status: "not_ready", failing: ["uploadsBucket"], checks: { database: { ok: true } } },
      });
      expect(JSON.stringify(res.body)).not.toContain("futodama-local-not-there");
    } finally {
      await runtime.stop();
    }
  });
});
