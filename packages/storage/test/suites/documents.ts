import { ResumeCardV1Schema } from "@futodama/core";
import { expect, it } from "vitest";
import type { SuiteContext } from "../support/drivers";
import { addParsed, cardFor, newDocument, newTenant } from "../support/fixtures";

export function documentSuite(ctx: () => SuiteContext): void {
  it("registers a document and its record together, idempotently by hash", async () => {
    const { storage } = ctx();
    const tenant = newTenant();
    const input = newDocument("job", "senior dev");
    const first = await storage.registerDocument(tenant, input);
    expect(first.created).toBe(true);
    expect(first.document).toMatchObject({ ...input, tenantId: tenant, status: "queued", error: null });
    expect(first.record).toMatchObject({
      kind: "job",
      documentId: first.document.id,
      status: "queued",
      title: null,
      card: null,
      filename: input.filename,
    });

    const again = await storage.registerDocument(tenant, {
      ...input,
      s3Key: "other/key",
      filename: "renamed.txt",
    });
    expect(again.created).toBe(false);
    expect(again.document).toEqual(first.document);
    expect(again.record).toEqual(first.record);
    expect(await storage.findDocumentByHash(tenant, "job", input.sha256)).toEqual(again);
    // Same bytes as the other kind is a different document.
    expect((await storage.registerDocument(tenant, { ...input, kind: "resume" })).created).toBe(true);
  });

  it("creates exactly one pair when 10 deliveries of one file race", async () => {
    const { storage } = ctx();
    const tenant = newTenant();
    const input = newDocument("resume", "racing cv");
    const results = await Promise.all(
      Array.from({ length: 10 }, () => storage.registerDocument(tenant, input)),
    );
    expect(results.filter((result) => result.created)).toHaveLength(1);
    expect(new Set(results.map((result) => result.document.id)).size).toBe(1);
    expect(new Set(results.map((result) => result.record.id)).size).toBe(1);
    expect(await storage.countRecords(tenant, "resume")).toBe(1);
  });

  it("moves the document and its record through processing → parsed together", async () => {
    const { storage } = ctx();
    const tenant = newTenant();
    const { document, record } = await storage.registerDocument(tenant, newDocument("resume", "ann cv"));
    await storage.markProcessing(tenant, document.id);
    expect((await storage.getDocument(tenant, document.id))?.status).toBe("processing");
    expect((await storage.getRecord(tenant, "resume", record.id))?.status).toBe("processing");

    const card = ResumeCardV1Schema.parse({
      schema: "resume-card-v1",
      personal_info: { name: "Ann Lee", email: "ann@example.com" },
      skills: [{ name: "TypeScript" }, { name: "SQL" }],
    });
    const parsed = await storage.markParsed(tenant, document.id, { card, language: "en", title: "Ann Lee" });
    expect(parsed).toMatchObject({ id: record.id, status: "parsed", card, language: "en", title: "Ann Lee" });
    expect(parsed.updatedAt.getTime()).toBeGreaterThanOrEqual(record.updatedAt.getTime());
    expect(await storage.getRecordByDocument(tenant, document.id)).toEqual(parsed);
    expect(await storage.getDocument(tenant, document.id)).toMatchObject({ status: "parsed", error: null });
  });

  it("stores only the codex card of the document's kind, and reads it back typed", async () => {
    const { storage } = ctx();
    const tenant = newTenant();
    const { document, record } = await storage.registerDocument(tenant, newDocument("resume", "odd cv"));
    const refused = [
      { basics: { name: "No schema" } },
      cardFor("job", "A job card on a resume"),
      { schema: "resume-card-v1", personal_info: { name: 42 } },
    ];
    for (const card of refused) {
      await expect(
        storage.markParsed(tenant, document.id, { card, language: null, title: "x" }),
      ).rejects.toMatchObject({ code: "storage.invalid_card", kind: "internal" });
    }
    // Refused in the same transaction: neither the document nor its record moved.
    expect(await storage.getDocument(tenant, document.id)).toMatchObject({ status: "queued" });
    expect(await storage.getRecord(tenant, "resume", record.id)).toMatchObject({
      status: "queued",
      card: null,
    });

    const job = await addParsed(storage, tenant, "job", "Data Engineer", {
      title: "Data Engineer",
      language: "en",
    });
    const read = await storage.getRecord(tenant, "job", job.record.id);
    expect(read?.card?.schema).toBe("job-card-v1");
    expect(read?.card?.basics.title).toBe("Data Engineer");
  });

  it("marks the document and its record failed with the reason and its code; a retry clears both", async () => {
    const { storage } = ctx();
    const tenant = newTenant();
    const { document, record } = await storage.registerDocument(tenant, newDocument("job", "corrupt pdf"));
    expect(record).toMatchObject({ error: null, errorCode: null });
    const failure = { code: "document.encrypted", reason: "The PDF is encrypted; upload an unlocked copy" };
    await storage.markFailed(tenant, document.id, failure);
    const failed = { status: "failed", error: failure.reason, errorCode: failure.code };
    expect(await storage.getDocument(tenant, document.id)).toMatchObject(failed);
    expect(await storage.getRecord(tenant, "job", record.id)).toMatchObject(failed);

    expect(await storage.requeueFailed(tenant, document.id)).toMatchObject({
      status: "queued",
      error: null,
      errorCode: null,
    });
    expect(await storage.getDocument(tenant, document.id)).toMatchObject({ error: null, errorCode: null });
    await storage.markFailed(tenant, document.id, failure);
    await storage.markProcessing(tenant, document.id);
    expect(await storage.getRecord(tenant, "job", record.id)).toMatchObject({ error: null, errorCode: null });
  });

  it("hides soft-deleted records from get, list and count, and revives them on re-upload", async () => {
    const { storage } = ctx();
    const tenant = newTenant();
    const kept = await addParsed(storage, tenant, "job", "kept", { title: "Kept", language: "en" });
    const gone = await addParsed(storage, tenant, "job", "gone", { title: "Gone", language: "en" });

    expect(await storage.softDeleteRecord(tenant, "job", gone.record.id)).toBe(true);
    expect(await storage.softDeleteRecord(tenant, "job", gone.record.id)).toBe(false);
    expect(await storage.getRecord(tenant, "job", gone.record.id)).toBeNull();
    expect(await storage.getRecordByDocument(tenant, gone.document.id)).toBeNull();
    expect(await storage.findDocumentByHash(tenant, "job", gone.document.sha256)).toBeNull();
    expect((await storage.listRecords(tenant, "job")).items.map((r) => r.id)).toEqual([kept.record.id]);
    expect(await storage.countRecords(tenant, "job")).toBe(1);
    expect(await storage.countRecords(tenant, "job", { q: "gone" })).toBe(0);

    // Uploading the same bytes again is a new upload of a deleted file: same pair, fresh state.
    const again = await storage.registerDocument(tenant, newDocument("job", "gone", { s3Key: "new/key" }));
    expect(again.created).toBe(true);
    expect(again.record).toMatchObject({
      id: gone.record.id,
      status: "queued",
      title: null,
      deletedAt: null,
    });
    expect(again.document).toMatchObject({ id: gone.document.id, s3Key: "new/key", status: "queued" });
    expect(await storage.countRecords(tenant, "job")).toBe(2);
  });

  it("answers gets that arrive together each with its own record, another tenant's as missing", async () => {
    const { storage } = ctx();
    const [tenant, other] = [newTenant(), newTenant()];
    const resumes = await Promise.all(
      Array.from({ length: 70 }, (_, i) =>
        addParsed(storage, tenant, "resume", `cv ${i}`, { title: `Person ${i}`, language: "en" }),
      ),
    );
    const job = await addParsed(storage, tenant, "job", "a job", { title: "Welder", language: "en" });
    const foreign = await addParsed(storage, other, "resume", "theirs", { title: "Theirs", language: "en" });
    const ids = resumes.map((r) => r.record.id);
    // 70 gets of resumes (more than one statement holds), one twice and one in upper case, a
    // job's id asked as a resume, another tenant's id, an unknown id and a malformed one: all at once.
    const [twiceA, twiceB, upper, jobAsResume, theirs, unknown, malformed, ...each] = await Promise.all([
      storage.getRecord(tenant, "resume", ids[3]!),
      storage.getRecord(tenant, "resume", ids[3]!),
      storage.getRecord(tenant, "resume", ids[5]!.toUpperCase()),
      storage.getRecord(tenant, "resume", job.record.id),
      storage.getRecord(tenant, "resume", foreign.record.id),
      storage.getRecord(tenant, "resume", "7d0e3a52-0000-4000-8000-000000000000"),
      storage.getRecord(tenant, "resume", "not-a-uuid"),
      ...ids.map((id) => storage.getRecord(tenant, "resume", id)),
      storage.getRecord(tenant, "job", job.record.id),
    ]);
    expect(each.map((r) => r?.title)).toEqual([...ids.map((_, i) => `Person ${i}`), "Welder"]);
    expect(each.map((r) => r?.kind)).toEqual([...ids.map(() => "resume"), "job"]);
    expect(twiceA).toEqual(twiceB);
    expect(twiceA).not.toBe(twiceB);
    expect(twiceA?.card).not.toBe(twiceB?.card);
    expect(upper?.id).toBe(ids[5]);
    expect([jobAsResume, theirs, unknown, malformed]).toEqual([null, null, null, null]);
  });
}
