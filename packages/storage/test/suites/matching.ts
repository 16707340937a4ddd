import { NotFoundError } from "@futodama/core";
import { expect, it } from "vitest";
import type { Storage } from "../../src/index";
import type { SuiteContext } from "../support/drivers";
import { addParsed, newTenant } from "../support/fixtures";

async function tenantWithCandidates(storage: Storage, count: number) {
  const tenant = newTenant("m");
  const job = await addParsed(storage, tenant, "job", `job ${tenant}`, {
    title: "Data Engineer",
    language: "en",
  });
  const resumes = [];
  for (let i = 0; i < count; i++) {
    resumes.push(
      await addParsed(storage, tenant, "resume", `cv ${i} ${tenant}`, { title: `Cand ${i}`, language: "en" }),
    );
  }
  return { tenant, jobId: job.record.id, resumeIds: resumes.map((r) => r.record.id) };
}

export function matchingSuite(ctx: () => SuiteContext): void {
  it("stores a step-1 session with its ranked results in one go and pages them by rank", async () => {
    const { storage } = ctx();
    const { tenant, jobId, resumeIds } = await tenantWithCandidates(storage, 5);
    const session = await storage.createMatchSession(tenant, { jobId, kind: "step1", options: { top: 5 } });
    expect(session).toMatchObject({ jobId, kind: "step1", status: "running", options: { top: 5 }, total: 0 });

    const results = resumeIds.map((resumeId, i) => ({
      resumeId,
      rank: i + 1,
      score: 90 - i * 10.5,
      breakdown: { must_have: { score: 1 - i / 10, weight: 0.4, evidence: [] } },
    }));
    const done = await storage.completeMatchSession(tenant, session.id, results);
    expect(done).toMatchObject({ id: session.id, status: "done", total: 5, done: 5, failed: 0 });
    expect(await storage.getMatchSession(tenant, session.id)).toEqual(done);

    const first = await storage.listMatchResults(tenant, session.id, { limit: 2 });
    expect(first.items.map((r) => r.rank)).toEqual([1, 2]);
    expect(first.items[0]).toMatchObject({
      resumeId: resumeIds[0],
      score: 90,
      candidateName: "Cand 0",
      analysis: null,
      breakdown: results[0]?.breakdown,
    });
    const second = await storage.listMatchResults(tenant, session.id, {
      limit: 2,
      cursor: first.nextCursor ?? "",
    });
    const third = await storage.listMatchResults(tenant, session.id, {
      limit: 2,
      cursor: second.nextCursor ?? "",
    });
    expect([...second.items, ...third.items].map((r) => r.rank)).toEqual([3, 4, 5]);
    expect(third.nextCursor).toBeNull();
    await expect(storage.listMatchResults(tenant, session.id, { cursor: "bogus" })).rejects.toMatchObject({
      code: "list.invalid_cursor",
    });

    // A soft-deleted candidate drops out of the results.
    await storage.softDeleteRecord(tenant, "resume", resumeIds[1] ?? "");
    const after = await storage.listMatchResults(tenant, session.id);
    expect(after.items.map((r) => r.rank)).toEqual([1, 3, 4, 5]);
  });

  it("inserts a large ranking in batches inside one transaction", async () => {
    const { storage } = ctx();
    const { tenant, jobId, resumeIds } = await tenantWithCandidates(storage, 3);
    const session = await storage.createMatchSession(tenant, { jobId, kind: "step1" });
    // A duplicate (session, resume) pair violates the key: nothing of the batch may stay.
    const bad = [...resumeIds, resumeIds[0] ?? ""].map((resumeId, i) => ({
      resumeId,
      rank: i + 1,
      score: 1,
      breakdown: {},
    }));
    await expect(storage.completeMatchSession(tenant, session.id, bad)).rejects.toThrow();
    expect(await storage.getMatchSession(tenant, session.id)).toMatchObject({ status: "running", total: 0 });
    expect((await storage.listMatchResults(tenant, session.id)).items).toEqual([]);
  });

  it("lists a job's sessions newest first with a cursor, and records failures", async () => {
    const { storage } = ctx();
    const { tenant, jobId } = await tenantWithCandidates(storage, 0);
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      ids.push((await storage.createMatchSession(tenant, { jobId, kind: "step1" })).id);
      // Times are kept to the millisecond; two sessions of the same one are ordered by id instead.
      await new Promise((r) => setTimeout(r, 3));
    }
    await storage.failMatchSession(tenant, ids[0] ?? "", {
      code: "test.failed",
      reason: "index unavailable",
    });
    const page1 = await storage.listMatchSessions(tenant, jobId, { limit: 2 });
    const page2 = await storage.listMatchSessions(tenant, jobId, {
      limit: 2,
      cursor: page1.nextCursor ?? "",
    });
    expect([...page1.items, ...page2.items].map((s) => s.id)).toEqual([...ids].reverse());
    expect(page2.items[0]).toMatchObject({ status: "failed", error: "index unavailable" });
    expect(await storage.listMatchSessions(tenant, "not-a-uuid")).toEqual({ items: [], nextCursor: null });
  });

  it("records feedback on a session's candidate", async () => {
    const { storage } = ctx();
    const { tenant, jobId, resumeIds } = await tenantWithCandidates(storage, 1);
    const session = await storage.createMatchSession(tenant, { jobId, kind: "step1" });
    const resumeId = resumeIds[0] ?? "";
    const feedback = await storage.addMatchFeedback(tenant, {
      sessionId: session.id,
      resumeId,
      verdict: "hired",
      notes: "Great interview",
      createdBy: "user-1",
    });
    expect(feedback).toMatchObject({ tenantId: tenant, sessionId: session.id, resumeId, verdict: "hired" });
    await expect(
      storage.addMatchFeedback(tenant, {
        sessionId: session.id,
        resumeId: jobId,
        verdict: "positive",
        createdBy: "u",
      }),
    ).rejects.toMatchObject({ code: "resume.not_found" });
  });

  it("lists open job refs per tenant; only acrossTenants names the tenants", async () => {
    const { storage } = ctx();
    const a = await tenantWithCandidates(storage, 0);
    const b = await tenantWithCandidates(storage, 0);
    expect(await storage.listOpenJobRefs(a.tenant)).toEqual([{ tenantId: a.tenant, jobId: a.jobId }]);
    expect(await storage.listOpenJobRefs(b.tenant)).toEqual([{ tenantId: b.tenant, jobId: b.jobId }]);
    expect(await storage.listOpenJobRefs(newTenant("none"))).toEqual([]);
    const tenants = await storage.acrossTenants.listTenantIds();
    expect(tenants).toEqual(expect.arrayContaining([a.tenant, b.tenant]));
    expect(tenants).toEqual([...tenants].sort());
  });

  it("streams parsed resume cards in id pages, lists changes and open jobs", async () => {
    const { storage } = ctx();
    const { tenant, jobId, resumeIds } = await tenantWithCandidates(storage, 5);
    const queued = await storage.registerDocument(tenant, {
      kind: "resume",
      source: "api",
      bucket: "b",
      s3Key: "k",
      filename: "queued.txt",
      sha256: `queued-${tenant}`,
      mime: "text/plain",
      sizeBytes: 1,
    });
    const seen: string[] = [];
    let afterId: string | undefined;
    for (;;) {
      const page = await storage.listParsedResumeCards(tenant, { afterId, limit: 2 });
      if (page.length === 0) break;
      seen.push(...page.map((c) => c.id));
      afterId = page.at(-1)?.id;
    }
    expect(seen).toEqual([...resumeIds].sort());
    expect(seen).not.toContain(queued.record.id);

    const since = new Date(Date.now() - 60_000);
    await storage.softDeleteRecord(tenant, "resume", resumeIds[2] ?? "");
    const changes = await storage.listResumeChanges(tenant, since);
    expect(changes.removed).toEqual(expect.arrayContaining([resumeIds[2], queued.record.id]));
    expect(changes.upserts.map((c) => c.id).sort()).toEqual(resumeIds.filter((_, i) => i !== 2).sort());
    expect(changes.watermark.getTime()).toBeGreaterThan(since.getTime());
    // The versions a caller holds are left out; a newer version of one of them is not.
    const held = changes.upserts.map((c) => ({ id: c.id, updatedAt: c.updatedAt }));
    const again = await storage.listResumeChanges(tenant, since, held);
    expect(again.upserts).toEqual([]);
    expect(again.removed).toEqual(expect.arrayContaining([resumeIds[2], queued.record.id]));
    const changed = resumeIds[0] ?? "";
    await storage.updateRecord(tenant, "resume", changed, { stage: "interviewing" });
    expect((await storage.listResumeChanges(tenant, since, held)).upserts.map((c) => c.id)).toEqual([
      changed,
    ]);

    expect((await storage.listOpenJobs(tenant)).map((j) => j.id)).toEqual([jobId]);
  });

  it("never shows or changes another tenant's sessions, results or feedback", async () => {
    const { storage } = ctx();
    const a = await tenantWithCandidates(storage, 2);
    const b = newTenant("b");
    const session = await storage.createMatchSession(a.tenant, { jobId: a.jobId, kind: "step1" });
    const results = a.resumeIds.map((resumeId, i) => ({ resumeId, rank: i + 1, score: 50, breakdown: {} }));

    await expect(storage.completeMatchSession(b, session.id, results)).rejects.toBeInstanceOf(NotFoundError);
    await storage.completeMatchSession(a.tenant, session.id, results);
    await storage.failMatchSession(b, session.id, { code: "test.failed", reason: "sabotage" });
    expect(await storage.getMatchSession(b, session.id)).toBeNull();
    expect((await storage.listMatchSessions(b, a.jobId)).items).toEqual([]);
    expect((await storage.listMatchResults(b, session.id)).items).toEqual([]);
    expect(await storage.listParsedResumeCards(b)).toEqual([]);
    expect((await storage.listResumeChanges(b, new Date(0))).upserts).toEqual([]);
    expect(await storage.listOpenJobs(b)).toEqual([]);
    await expect(
      storage.addMatchFeedback(b, {
        sessionId: session.id,
        resumeId: a.resumeIds[0] ?? "",
        verdict: "negative",
        createdBy: "intruder",
      }),
    ).rejects.toMatchObject({ code: "match_session.not_found" });

    expect(await storage.getMatchSession(a.tenant, session.id)).toMatchObject({
      status: "done",
      error: null,
    });
    expect((await storage.listMatchResults(a.tenant, session.id)).items).toHaveLength(2);
  });
}
