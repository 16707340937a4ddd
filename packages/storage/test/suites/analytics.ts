import { JobCardV1Schema, ResumeCardV1Schema } from "@futodama/core";
import { expect, it } from "vitest";
import type { Storage } from "../../src/index";
import type { SuiteContext } from "../support/drivers";
import { newDocument, newTenant } from "../support/fixtures";

const resumeCard = (name: string, skills: string[]) =>
  ResumeCardV1Schema.parse({
    schema: "resume-card-v1",
    personal_info: { name },
    skills: skills.map((id) => ({ id, name: id })),
  });

const jobCard = (title: string, mustHave: string[], niceToHave: string[] = []) =>
  JobCardV1Schema.parse({
    schema: "job-card-v1",
    basics: { title },
    requirements: {
      must_have: mustHave.map((id) => ({ text: id, kind: "skill", skill_id: id })),
      nice_to_have: niceToHave.map((id) => ({ text: id, kind: "skill", skill_id: id })),
    },
  });

async function parsedCv(storage: Storage, tenant: string, name: string, skills: string[]) {
  const { document, record } = await storage.registerDocument(
    tenant,
    newDocument("resume", `${tenant} ${name}`),
  );
  await storage.markParsed(tenant, document.id, {
    card: resumeCard(name, skills),
    language: "en",
    title: name,
  });
  return record.id;
}

async function parsedJob(
  storage: Storage,
  tenant: string,
  title: string,
  must: string[],
  nice: string[] = [],
) {
  const { document, record } = await storage.registerDocument(
    tenant,
    newDocument("job", `${tenant} ${title}`),
  );
  await storage.markParsed(tenant, document.id, { card: jobCard(title, must, nice), language: "en", title });
  return record.id;
}

const demandOf = async (storage: Storage, tenant: string) =>
  Object.fromEntries(
    (await storage.getSkillDemand(tenant, { top: 50, order: "demand" })).items.map((i) => [
      i.skillId,
      [i.demand, i.supply],
    ]),
  );

/** Analytics (issue 13): the trigger-kept aggregates follow every write path, per tenant. */
export function analyticsSuite(ctx: () => SuiteContext): void {
  it("counts skill demand over open jobs and supply over parsed CVs, each record once", async () => {
    const { storage } = ctx();
    const tenant = newTenant("analytics");
    const a = await parsedCv(storage, tenant, "A", ["sk_python", "sk_sql"]);
    await parsedCv(storage, tenant, "B", ["sk_python"]);
    await parsedCv(storage, tenant, "C", ["sk_rust"]);
    // A CV still queued has no skills yet; a failed one never will.
    await storage.registerDocument(tenant, newDocument("resume", `${tenant} queued`));
    // Named twice (must-have and nice-to-have): one job asking for it.
    const job = await parsedJob(storage, tenant, "Data engineer", ["sk_python", "sk_sql"], ["sk_python"]);
    await parsedJob(storage, tenant, "Backend", ["sk_python", "sk_go"]);
    expect(await demandOf(storage, tenant)).toEqual({
      sk_python: [2, 2],
      sk_sql: [1, 1],
      sk_go: [1, 0],
    });
    const report = await storage.getSkillDemand(tenant, { top: 2, order: "gap" });
    expect([report.openJobs, report.candidates]).toEqual([2, 3]);
    // go: 1/2 − 0/3 = 0.5; python: 2/2 − 2/3 = 1/3; sql: 1/2 − 1/3 = 1/6.
    expect(report.items.map((i) => [i.skillId, Number(i.gap.toFixed(4))])).toEqual([
      ["sk_go", 0.5],
      ["sk_python", 0.3333],
    ]);

    // A job that stops being open leaves demand; a CV edited, deleted or erased leaves supply.
    await storage.updateRecord(tenant, "job", job, { stage: "on_hold" });
    await storage.updateRecord(tenant, "resume", a, { card: resumeCard("A", ["sk_go"]) });
    expect(await demandOf(storage, tenant)).toEqual({ sk_python: [1, 1], sk_go: [1, 1] });
    await storage.softDeleteRecord(tenant, "resume", a);
    expect(await demandOf(storage, tenant)).toEqual({ sk_python: [1, 1], sk_go: [1, 0] });
    await storage.updateRecord(tenant, "job", job, { stage: "open" });
    expect((await demandOf(storage, tenant)).sk_sql).toEqual([1, 0]);
    // Another tenant sees none of it.
    expect(await storage.getSkillDemand(newTenant("other"), { top: 10, order: "demand" })).toEqual({
      openJobs: 0,
      candidates: 0,
      items: [],
    });
  });

  it("buckets the live scores, rescored and removed ones included, and lists recent activity", async () => {
    const { storage } = ctx();
    const tenant = newTenant("analytics");
    const job = await parsedJob(storage, tenant, "Scored", ["sk_python"]);
    const other = await parsedJob(storage, tenant, "Other", ["sk_sql"]);
    const cv = await parsedCv(storage, tenant, "D", ["sk_python"]);
    const cv2 = await parsedCv(storage, tenant, "E", ["sk_sql"]);
    await storage.upsertLiveScores(tenant, cv, [
      { jobId: job, score: 95, breakdown: {} },
      { jobId: other, score: 12.5, breakdown: {} },
    ]);
    await storage.upsertLiveScores(tenant, cv2, [{ jobId: job, score: 100, breakdown: {} }]);
    // Rescored: leaves bucket 1 for bucket 4.
    await storage.upsertLiveScores(tenant, cv, [{ jobId: other, score: 40, breakdown: {} }]);
    const buckets = async () =>
      (await storage.getAnalyticsTallies(tenant)).scores
        .map((s) => [s.bucket, s.count, Number(s.total.toFixed(3))])
        .sort((x, y) => Number(x[0]) - Number(y[0]));
    expect(await buckets()).toEqual([
      [4, 1, 40],
      [9, 2, 195],
    ]);
    // Closing a job drops its live ranking; erasing a CV drops its scores (a cascade).
    await storage.updateRecord(tenant, "job", other, { stage: "closed" });
    expect(await buckets()).toEqual([[9, 2, 195]]);
    await storage.eraseRecord(tenant, "resume", cv2);
    expect(await buckets()).toEqual([[9, 1, 95]]);

    const tallies = await storage.getAnalyticsTallies(tenant);
    expect(tallies.records.filter((r) => r.kind === "job").map((r) => [r.status, r.stage, r.count])).toEqual(
      expect.arrayContaining([
        ["parsed", "open", 1],
        ["parsed", "closed", 1],
      ]),
    );
    const session = await storage.createMatchSession(tenant, { jobId: job, kind: "step1" });
    const events = await storage.listRecentActivity(tenant, 3);
    expect(events.map((e) => [e.kind, e.id])).toEqual([
      ["match.step1", session.id],
      ["resume", cv],
      ["job", other],
    ]);
    expect(await storage.listRecentActivity(newTenant("other"), 10)).toEqual([]);
  });
}
