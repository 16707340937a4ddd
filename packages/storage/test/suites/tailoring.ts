import { NotFoundError } from "@futodama/core";
import { expect, it } from "vitest";
import type { Storage } from "../../src/index";
import type { SuiteContext } from "../support/drivers";
import { addParsed, newTenant } from "../support/fixtures";

async function jobAndResume(storage: Storage, tenant: string) {
  const job = await addParsed(storage, tenant, "job", `tailor job ${tenant}`, {
    title: "Backend Engineer",
    language: "en",
  });
  const resume = await addParsed(storage, tenant, "resume", `tailor cv ${tenant}`, {
    title: "Ada",
    language: "en",
  });
  return { jobId: job.record.id, resumeId: resume.record.id };
}

const bundle = { schema: "resume-tailor-v1", tailored_card: { personal_info: { name: "Ada" } }, changes: [] };

export function tailoringSuite(ctx: () => SuiteContext): void {
  it("moves a tailoring through queued → running → done with its bundle", async () => {
    const { storage } = ctx();
    const tenant = newTenant("tl");
    const { jobId, resumeId } = await jobAndResume(storage, tenant);
    const options = { style: "modern", strategy: "keywords", language: "da" };
    const created = await storage.createTailoring(tenant, { jobId, resumeId, options, provider: "rules" });
    expect(created).toMatchObject({
      tenantId: tenant,
      jobId,
      resumeId,
      status: "queued",
      options,
      bundle: null,
      provider: "rules",
      error: null,
      finishedAt: null,
    });
    expect(await storage.getTailoring(tenant, created.id)).toEqual(created);

    const running = await storage.markTailoringRunning(tenant, created.id);
    expect(running.status).toBe("running");
    // A retried LoadInputs finds it running already.
    expect((await storage.markTailoringRunning(tenant, created.id)).status).toBe("running");

    const done = await storage.completeTailoring(tenant, created.id, { bundle, provider: "rules" });
    expect(done).toMatchObject({ status: "done", bundle, provider: "rules", error: null });
    expect(done.finishedAt).toBeInstanceOf(Date);
    expect(done.updatedAt.getTime()).toBeGreaterThanOrEqual(created.updatedAt.getTime());
    expect(await storage.getTailoring(tenant, created.id)).toEqual(done);

    // Finished is final: neither a late failure report nor a stray LoadInputs undoes it.
    await storage.failTailoring(tenant, created.id, { code: "test.failed", reason: "late failure" });
    expect((await storage.markTailoringRunning(tenant, created.id)).status).toBe("done");
    expect(await storage.getTailoring(tenant, created.id)).toMatchObject({
      status: "done",
      bundle,
      error: null,
    });
  });

  it("records a failed tailoring with its reason and when it ended", async () => {
    const { storage } = ctx();
    const tenant = newTenant("tl");
    const { jobId, resumeId } = await jobAndResume(storage, tenant);
    const created = await storage.createTailoring(tenant, { jobId, resumeId, options: {} });
    expect(created.provider).toBeNull();
    await storage.markTailoringRunning(tenant, created.id);
    await storage.failTailoring(tenant, created.id, {
      code: "test.failed",
      reason: "The CV's extracted text is missing; upload it again",
    });
    const failed = await storage.getTailoring(tenant, created.id);
    expect(failed).toMatchObject({
      status: "failed",
      error: "The CV's extracted text is missing; upload it again",
      errorCode: "test.failed",
      bundle: null,
    });
    expect(failed?.finishedAt).toBeInstanceOf(Date);
  });

  it("never shows or changes another tenant's tailorings", async () => {
    const { storage } = ctx();
    const [a, b] = [newTenant("ta"), newTenant("tb")];
    const { jobId, resumeId } = await jobAndResume(storage, a);
    const mine = await storage.createTailoring(a, { jobId, resumeId, options: { style: "impact" } });

    expect(await storage.getTailoring(b, mine.id)).toBeNull();
    await expect(storage.markTailoringRunning(b, mine.id)).rejects.toMatchObject({
      code: "tailoring.not_found",
    });
    await expect(
      storage.completeTailoring(b, mine.id, { bundle: { stolen: true }, provider: "rules" }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await storage.failTailoring(b, mine.id, { code: "test.failed", reason: "sabotage" });

    // ...and tenant A's row is untouched by all of that.
    expect(await storage.getTailoring(a, mine.id)).toEqual(mine);
  });

  it("answers a malformed tailoring id with not found rather than a database error", async () => {
    const { storage } = ctx();
    const tenant = newTenant("tl");
    expect(await storage.getTailoring(tenant, "1 or 1=1")).toBeNull();
    await expect(storage.markTailoringRunning(tenant, "x")).rejects.toBeInstanceOf(NotFoundError);
    await expect(storage.completeTailoring(tenant, "x", { bundle, provider: null })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(
      storage.failTailoring(tenant, "x", { code: "test.failed", reason: "r" }),
    ).resolves.toBeUndefined();
  });
}
