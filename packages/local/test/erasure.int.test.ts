import { createHash } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { GetObjectCommand, ListObjectsV2Command, PutObjectCommand } from "@aws-sdk/client-s3";
import { openDatabase } from "@futodama/storage";
import { sql } from "drizzle-orm";
import { afterAll, expect, it } from "vitest";
import type { LocalRuntime } from "../src/runtime";
import { call, fileForm, startTestRuntime, tokenFor, waitUntilSettled } from "./support";

/*
 * Issue 10 acceptance: after DELETE /api/resumes/:id nothing of the person remains — no row,
 * object or derived artefact. The CV goes through everything that copies it (parsing, the live
 * ranking, a step-1 session, feedback, a tailoring, the same file dropped again); then the database (every table, as text)
 * and both buckets (every key and body) are searched for the name, the e-mail and the sha256.
 * File-backed PGlite and S3, so the database can be read directly once the runtime has stopped.
 */
const name = "Erika Vergessen";
const email = "erika.vergessen@example.org";
const cv = `${name}\n${email}\n\nSummary\nData engineer.\n\nSkills\nPython, SQL, Airflow\n\nExperience\nData Engineer, Nordlicht GmbH, 2019 - 2024\n`;
const sha256 = createHash("sha256").update(cv).digest("hex");
const needles = [name, email, sha256, "Vergessen"];

let dataDir: string | undefined;
afterAll(async () => {
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

async function bucketHits(runtime: LocalRuntime): Promise<string[]> {
  const hits: string[] = [];
  for (const bucket of Object.values(runtime.deps.buckets)) {
    let token: string | undefined;
    do {
      const page = await runtime.deps.s3.send(
        new ListObjectsV2Command({ Bucket: bucket, ContinuationToken: token }),
      );
      for (const object of page.Contents ?? []) {
        const got = await runtime.deps.s3.send(new GetObjectCommand({ Bucket: bucket, Key: object.Key }));
        const body = Buffer.from(await got.Body!.transformToByteArray()).toString("utf8");
        for (const needle of needles) {
          if (`${object.Key}\n${body}`.includes(needle)) hits.push(`${bucket}/${object.Key} holds ${needle}`);
        }
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token !== undefined);
  }
  return hits;
}

async function databaseHits(pgliteDir: string, words: string[]): Promise<{ hits: string[]; tables: number }> {
  const database = await openDatabase({ driver: "pglite", dataDir: pgliteDir });
  try {
    const tables = await database.db.execute<{ name: string }>(
      sql`select quote_ident(table_schema) || '.' || quote_ident(table_name) as name
          from information_schema.tables where table_schema not in ('pg_catalog', 'information_schema')
          and table_type = 'BASE TABLE'`,
    );
    const hits: string[] = [];
    for (const { name: table } of tables.rows) {
      const rows = await database.db.execute<{ row: string }>(
        sql.raw(`select t::text as row from ${table} t`),
      );
      for (const { row } of rows.rows) {
        for (const word of words) if (row.includes(word)) hits.push(`${table} holds ${word}`);
      }
    }
    return { hits, tables: tables.rows.length };
  } finally {
    await database.close();
  }
}

it("DELETE /api/resumes/:id leaves nothing of the person in the database or either bucket", async () => {
  dataDir = await mkdtemp(join(tmpdir(), "futodama-erasure-"));
  const runtime = await startTestRuntime({}, dataDir);
  try {
    const token = await tokenFor(runtime, "acme", "recruiter");
    const up = await call(runtime, "POST", "/api/resumes/upload", {
      token,
      form: fileForm(cv, `${name} CV.txt`),
    });
    const resumeId = String(up.body.id);
    expect((await waitUntilSettled(runtime, token, `/api/resumes/${resumeId}`, 90_000)).body.status).toBe(
      "parsed",
    );
    // The same bytes dropped again: a duplicate (no second record), but a copy of the file.
    const documentId = String(up.body.documentId);
    await runtime.deps.s3.send(
      new PutObjectCommand({
        Bucket: runtime.deps.buckets.drops,
        Key: `acme/resumes/again/${name}.txt`,
        Body: cv,
      }),
    );
    for (
      let i = 0;
      i < 400 && (await runtime.deps.storage.listDocumentCopies("acme", documentId)).length === 0;
      i++
    ) {
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(await runtime.deps.storage.listDocumentCopies("acme", documentId)).toHaveLength(1);
    const job = await call(runtime, "POST", "/api/jobs", {
      token,
      json: { text: "Data Engineer\nBerlin\n\nRequirements\n- Python\n- SQL\n- Airflow" },
    });
    const jobId = String(job.body.id);
    expect((await waitUntilSettled(runtime, token, `/api/jobs/${jobId}`, 90_000)).body.status).toBe("parsed");

    // Every place a CV is copied to: live ranking, a session's results, feedback, a tailoring.
    const session = await call(runtime, "POST", `/api/jobs/${jobId}/match/step1`, { token, json: {} });
    expect((session.body.results as Array<{ resumeId: string }>).map((r) => r.resumeId)).toContain(resumeId);
    const feedback = await call(runtime, "POST", `/api/match-sessions/${String(session.body.id)}/feedback`, {
      token,
      json: { resumeId, verdict: "positive", notes: `${name} looks strong` },
    });
    expect(feedback.status).toBe(201);
    const tailoring = await call(runtime, "POST", "/api/tailor-resume", { token, json: { jobId, resumeId } });
    const tailoringPath = `/api/tailorings/${String(tailoring.body.id)}`;
    for (let i = 0; i < 400; i++) {
      const state = await call(runtime, "GET", tailoringPath, { token });
      if (state.body.status === "done" || state.body.status === "failed") break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect((await call(runtime, "GET", tailoringPath, { token })).body.status).toBe("done");
    expect(await runtime.deps.storage.countLiveScores("acme", [jobId])).toBe(1);
    expect((await bucketHits(runtime)).length).toBeGreaterThan(0); // the search does find the person

    const erased = await call(runtime, "DELETE", `/api/resumes/${resumeId}`, { token });
    expect(erased.status).toBe(204);
    expect((await call(runtime, "GET", `/api/resumes/${resumeId}`, { token })).status).toBe(404);
    expect((await call(runtime, "GET", `/api/resumes/${resumeId}/file`, { token })).status).toBe(404);
    expect((await call(runtime, "DELETE", `/api/resumes/${resumeId}`, { token })).status).toBe(404);
    expect((await call(runtime, "GET", tailoringPath, { token })).status).toBe(404);
    const results = await call(runtime, "GET", `/api/match-sessions/${String(session.body.id)}`, { token });
    expect(JSON.stringify(results.body)).not.toContain(resumeId);
    // The job stays, with its ranking now empty.
    expect((await call(runtime, "GET", `/api/jobs/${jobId}`, { token })).body.status).toBe("parsed");
    expect(await runtime.deps.storage.countLiveScores("acme", [jobId])).toBe(0);

    expect(await bucketHits(runtime)).toEqual([]);
  } finally {
    await runtime.stop();
  }
  const { hits, tables } = await databaseHits(join(dataDir, "pglite"), [...needles, "Berlin"]);
  expect(tables).toBeGreaterThanOrEqual(9);
  // The search does read the rows: the job that stays is found; nothing of the person is.
  expect(hits).toContain("public.jobs holds Berlin");
  expect(hits.filter((hit) => !hit.endsWith("Berlin"))).toEqual([]);
});
