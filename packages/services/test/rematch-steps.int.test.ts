import { createHash, randomUUID } from "node:crypto";
import { JobCardV1Schema } from "@futodama/core";
import { createStorage, type Storage } from "@futodama/storage";
import { afterAll, beforeAll, expect, it } from "vitest";
import { listOpenJobsStep } from "../src/rematch/rematch-steps";

/*
 * Rematch's first step against a real (PGlite) database. Storage reads are tenant-scoped, so a
 * scheduled run (no tenant) visits the tenants one by one; a tenant's own run sees only its jobs.
 */
let storage: Storage;

beforeAll(async () => {
  storage = await createStorage({ driver: "pglite" });
});
afterAll(async () => {
  await storage?.close();
});

async function openJob(tenant: string, title: string): Promise<string> {
  const sha256 = createHash("sha256").update(`${tenant}/${title}`).digest("hex");
  const { document } = await storage.registerDocument(tenant, {
    kind: "job",
    source: "text",
    bucket: "b",
    s3Key: `${tenant}/${sha256}`,
    filename: "job.txt",
    sha256,
    mime: "text/plain",
    sizeBytes: 1,
  });
  const card = JobCardV1Schema.parse({ schema: "job-card-v1", basics: { title } });
  return (await storage.markParsed(tenant, document.id, { card, language: "en", title })).id;
}

it("lists the open jobs of every tenant for the schedule, and of one tenant when named", async () => {
  const [a, b] = ["a", "b"].map((label) => `rematch-${label}-${randomUUID().slice(0, 8)}`) as [
    string,
    string,
  ];
  const jobA = await openJob(a, "Data Engineer");
  const jobB1 = await openJob(b, "Backend Engineer");
  const jobB2 = await openJob(b, "Frontend Engineer");
  await storage.ensureTenant(`rematch-empty-${randomUUID().slice(0, 8)}`);

  const all = await listOpenJobsStep({ storage }, {});
  expect(all).toEqual({ jobs: expect.any(Array), count: all.jobs.length });
  const ours = all.jobs.filter((job) => job.tenantId === a || job.tenantId === b);
  // Tenants in id order, each tenant's jobs oldest first: the order the scan across tenants had.
  expect(ours).toEqual([
    { tenantId: a, jobId: jobA },
    { tenantId: b, jobId: jobB1 },
    { tenantId: b, jobId: jobB2 },
  ]);

  expect(await listOpenJobsStep({ storage }, { tenantId: b })).toEqual({
    tenantId: b,
    jobs: [
      { tenantId: b, jobId: jobB1 },
      { tenantId: b, jobId: jobB2 },
    ],
    count: 2,
  });
});
