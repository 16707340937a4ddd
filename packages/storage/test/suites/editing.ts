import { expect, it } from "vitest";
import type { SuiteContext } from "../support/drivers";
import { addParsed, cardFor, newTenant } from "../support/fixtures";

/** Corrections and erasure (PATCH / DELETE of jobs and resumes), always within one tenant. */
export function editingSuite(ctx: () => SuiteContext): void {
  it("corrects stage, origin, title and card (re-validated); lists filter by stage and origin", async () => {
    const { storage } = ctx();
    const tenant = newTenant();
    const { record } = await addParsed(storage, tenant, "resume", "Ann Edit", {
      title: "Ann",
      language: "en",
    });
    expect(record).toMatchObject({ stage: "available", origin: "uploaded" });
    const card = { ...cardFor("resume", "Ann Edit"), summary: "Corrected" };
    const updated = await storage.updateRecord(tenant, "resume", record.id, {
      stage: "interviewing",
      origin: "past",
      title: "Ann Edited",
      card,
    });
    expect(updated).toMatchObject({ stage: "interviewing", origin: "past", title: "Ann Edited" });
    expect(updated?.card?.summary).toBe("Corrected");
    expect(updated?.updatedAt.getTime()).toBeGreaterThan(record.updatedAt.getTime());
    const listed = await storage.listRecords(tenant, "resume", { stage: "interviewing", origin: "past" });
    expect(listed.items.map((r) => r.id)).toEqual([record.id]);
    expect((await storage.listRecords(tenant, "resume", { stage: "available" })).items).toEqual([]);

    await expect(
      storage.updateRecord(tenant, "resume", record.id, { card: cardFor("job", "not a CV") }),
    ).rejects.toMatchObject({ code: "storage.invalid_card" });
    expect(await storage.updateRecord(newTenant("other"), "resume", record.id, { title: "x" })).toBeNull();
    expect((await storage.getRecord(tenant, "resume", record.id))?.title).toBe("Ann Edited");
  });

  it("a closed job leaves the live ranking and the open jobs", async () => {
    const { storage } = ctx();
    const tenant = newTenant();
    const job = await addParsed(storage, tenant, "job", "Closing job", { title: "Closing", language: "en" });
    const cv = await addParsed(storage, tenant, "resume", "Live CV", { title: "Live", language: "en" });
    await storage.upsertLiveScores(tenant, cv.record.id, [
      { jobId: job.record.id, score: 50, breakdown: {} },
    ]);
    await storage.updateRecord(tenant, "job", job.record.id, { stage: "on_hold" });
    expect(await storage.countLiveScores(tenant, [job.record.id])).toBe(1);
    expect(await storage.listOpenJobRefs(tenant)).toEqual([]);
    expect(await storage.listOpenJobs(tenant)).toEqual([]);
    await storage.updateRecord(tenant, "job", job.record.id, { stage: "closed" });
    expect(await storage.countLiveScores(tenant, [job.record.id])).toBe(0);
    await storage.updateRecord(tenant, "job", job.record.id, { stage: "open" });
    expect((await storage.listOpenJobRefs(tenant)).map((j) => j.jobId)).toEqual([job.record.id]);
  });

  it("erases a CV with everything derived from it, only in its own tenant", async () => {
    const { storage } = ctx();
    const tenant = newTenant();
    const job = await addParsed(storage, tenant, "job", "Erase job", { title: "Job", language: "en" });
    const cv = await addParsed(storage, tenant, "resume", "Erase CV", { title: "Gone", language: "en" });
    await storage.upsertLiveScores(tenant, cv.record.id, [
      { jobId: job.record.id, score: 50, breakdown: {} },
    ]);
    const session = await storage.createMatchSession(tenant, { jobId: job.record.id, kind: "step1" });
    await storage.completeMatchSession(tenant, session.id, [
      { resumeId: cv.record.id, rank: 1, score: 50, breakdown: {} },
    ]);
    await storage.addMatchFeedback(tenant, {
      sessionId: session.id,
      resumeId: cv.record.id,
      verdict: "positive",
      notes: "Gone looks good",
      createdBy: "u",
    });
    const tailoring = await storage.createTailoring(tenant, {
      jobId: job.record.id,
      resumeId: cv.record.id,
      options: {},
    });
    expect(await storage.listTailoringIds(tenant, "resume", cv.record.id)).toEqual([tailoring.id]);

    expect(await storage.eraseRecord(newTenant("other"), "resume", cv.record.id)).toBe(false);
    expect(await storage.getDocument(tenant, cv.document.id)).not.toBeNull();
    expect(await storage.eraseRecord(tenant, "resume", cv.record.id)).toBe(true);
    expect(await storage.eraseRecord(tenant, "resume", cv.record.id)).toBe(false);
    expect(await storage.getDocument(tenant, cv.document.id)).toBeNull();
    expect(await storage.findDocumentByHash(tenant, "resume", cv.document.sha256)).toBeNull();
    expect(await storage.countLiveScores(tenant, [job.record.id])).toBe(0);
    expect((await storage.listMatchResults(tenant, session.id)).items).toEqual([]);
    expect(await storage.getTailoring(tenant, tailoring.id)).toBeNull();
    expect(await storage.listTailoringIds(tenant, "resume", cv.record.id)).toEqual([]);
    // The job and its session stay.
    expect(await storage.getRecord(tenant, "job", job.record.id)).not.toBeNull();
    expect(await storage.getMatchSession(tenant, session.id)).not.toBeNull();
  });
}
