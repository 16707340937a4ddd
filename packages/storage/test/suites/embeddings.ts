import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { migrate, openDatabase } from "../../src/index";
import type { SuiteContext } from "../support/drivers";
import { addParsed, newTenant } from "../support/fixtures";

/*
 * Issue 14: embeddings in pgvector where the server has it (PGlite with the extension loaded),
 * in real[] with an in-process cosine where it has not (the PostgreSQL 15 here) — same answers.
 */

const unit = (v: number[]) => {
  const n = Math.hypot(...v);
  return v.map((x) => x / n);
};
const closeTo = (a: number[] | undefined, b: number[]) => {
  expect(a).toHaveLength(b.length);
  for (const [i, x] of b.entries()) expect(a?.[i]).toBeCloseTo(x, 5);
};

export function embeddingSuite(ctx: () => SuiteContext): void {
  it("stores embeddings as pgvector where the server has it (always on PGlite), else as real[]", async () => {
    const { target } = ctx();
    const database = await openDatabase(await target.freshConfig());
    try {
      await migrate(database.db);
      const available = await database.db.execute<{ n: number }>(
        sql`select count(*)::int as n from pg_available_extensions where name = 'vector'`,
      );
      const column = await database.db.execute<{ type: string }>(
        sql`select format_type(atttypid, atttypmod) as type from pg_attribute
            where attrelid = 'document_embeddings'::regclass and attname = 'embedding'`,
      );
      const hasVector = (available.rows[0]?.n ?? 0) > 0;
      if (target.config.driver === "pglite") expect(hasVector).toBe(true);
      if (!hasVector) console.info("no pgvector on this server: embeddings stored as real[]");
      expect(column.rows[0]?.type).toBe(hasVector ? "vector" : "real[]");
    } finally {
      await database.close();
    }
  });

  it("keeps one embedding per skill and space, and finds the nearest skills by cosine", async () => {
    const { storage } = ctx();
    const space = `test-${randomUUID()}:3`;
    const x = unit([1, 0, 0]);
    await storage.saveSkillEmbeddings(space, [
      { skillId: "sk_a", embedding: x },
      { skillId: "sk_b", embedding: unit([0.9, 0.1, 0]) },
      { skillId: "sk_c", embedding: unit([0.6, 0.8, 0]) },
      { skillId: "sk_d", embedding: unit([0, 0, 1]) },
    ]);
    // Never re-embedded: a second write of sk_a is ignored.
    await storage.saveSkillEmbeddings(space, [{ skillId: "sk_a", embedding: unit([0, 1, 0]) }]);
    expect([...(await storage.skillEmbeddingsOf(space, ["sk_a", "sk_x", "sk_d"])).keys()].sort()).toEqual([
      "sk_a",
      "sk_d",
    ]);
    closeTo((await storage.skillEmbeddingsOf(space, ["sk_a"])).get("sk_a"), x);

    const near = await storage.nearestSkills(space, x, { limit: 3, minCosine: 0.5 });
    expect(near.map((n) => n.skillId)).toEqual(["sk_a", "sk_b", "sk_c"]);
    expect(near[0]?.cosine).toBeCloseTo(1, 5);
    expect(near[1]?.cosine).toBeCloseTo(0.9 / Math.hypot(0.9, 0.1), 5);
    expect(near[2]?.cosine).toBeCloseTo(0.6, 5);
    expect(
      (await storage.nearestSkills(space, x, { limit: 1, minCosine: 0.5 })).map((n) => n.skillId),
    ).toEqual(["sk_a"]);
    expect(
      (await storage.nearestSkills(space, x, { limit: 10, minCosine: 0.95 })).map((n) => n.skillId),
    ).toEqual(["sk_a", "sk_b"]);
    expect(await storage.nearestSkills(`other-${space}`, x, { limit: 10, minCosine: 0 })).toEqual([]);
  });

  it("keeps a document's embeddings with its tenant and erases them with the record", async () => {
    const { storage } = ctx();
    const [tenant, other] = [newTenant("emb"), newTenant("emb")];
    const cv = await addParsed(storage, tenant, "resume", `emb-cv-${randomUUID()}`, {
      title: null,
      language: null,
    });
    const job = await addParsed(storage, tenant, "job", `emb-job-${randomUUID()}`, {
      title: null,
      language: null,
    });
    const space = "test:3";
    const summary = unit([1, 2, 3]);
    await storage.saveDocumentEmbeddings(tenant, cv.document.id, space, [
      { part: "summary", embedding: summary },
    ]);
    await storage.saveDocumentEmbeddings(tenant, job.document.id, space, [
      { part: "summary", embedding: unit([3, 2, 1]) },
      { part: "requirement:abc", embedding: unit([0, 1, 0]) },
    ]);
    // Another tenant can neither write into this CV's document nor read it.
    await storage.saveDocumentEmbeddings(other, cv.document.id, space, [
      { part: "summary", embedding: unit([0, 0, 1]) },
    ]);
    expect((await storage.recordEmbeddings(other, "resume", [cv.record.id])).size).toBe(0);

    const ofJob = (await storage.recordEmbeddings(tenant, "job", [job.record.id])).get(job.record.id);
    expect(ofJob?.space).toBe(space);
    expect([...(ofJob?.parts.keys() ?? [])].sort()).toEqual(["requirement:abc", "summary"]);
    // CVs only: a job's id asked as a CV finds nothing.
    const cvs = await storage.recordEmbeddings(tenant, "resume", [cv.record.id, job.record.id]);
    expect([...cvs.keys()]).toEqual([cv.record.id]);
    expect(cvs.get(cv.record.id)?.space).toBe(space);
    closeTo(cvs.get(cv.record.id)?.parts.get("summary"), summary);

    // A re-parse replaces them all.
    await storage.saveDocumentEmbeddings(tenant, job.document.id, space, [
      { part: "summary", embedding: summary },
    ]);
    const reparsed = (await storage.recordEmbeddings(tenant, "job", [job.record.id])).get(job.record.id);
    expect([...(reparsed?.parts.keys() ?? [])]).toEqual(["summary"]);

    expect(await storage.eraseRecord(tenant, "resume", cv.record.id)).toBe(true);
    expect((await storage.recordEmbeddings(tenant, "resume", [cv.record.id])).size).toBe(0);
    // The rows themselves are gone (ON DELETE CASCADE from the document). An in-memory PGlite
    // cannot be opened twice, so this look is PostgreSQL's; the services' erasure test covers both.
    if (ctx().target.config.driver === "pglite") return;
    const database = await openDatabase(ctx().target.config);
    try {
      const left = await database.db.execute<{ n: number }>(
        sql`select count(*)::int as n from document_embeddings where document_id = ${cv.document.id}::uuid`,
      );
      expect(left.rows[0]?.n).toBe(0);
    } finally {
      await database.close();
    }
  });
}
