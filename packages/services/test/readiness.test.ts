import { describe, expect, it } from "vitest";
import { checkReadiness } from "../src/ops/readiness";

describe("readiness", () => {
  it("names the database when it cannot be reached, and still checks the buckets", async () => {
    let headed = 0;
    const report = await checkReadiness({
      storage: () =>
        Promise.reject(
          Object.assign(new Error("connect ECONNREFUSED postgres://u:p@h/db"), { code: "ECONNREFUSED" }),
        ),
      s3: async () =>
        ({
          s3: { send: async () => void headed++ },
          buckets: { uploads: "u", drops: "d" },
        }) as never,
    });
    expect(report).toMatchObject({
      status: "not_ready",
      failing: ["database"],
      checks: {
        database: { ok: false, error: "ECONNREFUSED" },
        uploadsBucket: { ok: true },
        dropsBucket: { ok: true },
      },
    });
    expect(headed).toBe(2);
    expect(JSON.stringify(report)).not.toContain("postgres://");
  });

  it("reports a schema older than the code by its code", async () => {
    const outdated = Object.assign(new Error("schema"), { code: "storage.schema_outdated" });
    const report = await checkReadiness({
      storage: async () => ({ storage: { checkDatabase: () => Promise.reject(outdated) } }) as never,
      s3: async () =>
        ({ s3: { send: async () => undefined }, buckets: { uploads: "u", drops: "d" } }) as never,
    });
    expect(report.failing).toEqual(["database"]);
    expect(report.checks.database.error).toBe("storage.schema_outdated");
  });
});
