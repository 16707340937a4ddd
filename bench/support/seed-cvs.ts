import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseResume, type ResumeCardV1 } from "../../packages/core/src/index";
import { extractDocument } from "../../packages/documents/src/index";
import { type Db, openDatabase } from "../../packages/storage/src/database";
import { migrate } from "../../packages/storage/src/migrate";
import { documents, resumes, tenants } from "../../packages/storage/src/schema";

/**
 * A tenant with `count` parsed CVs, written straight into a file-backed PGlite (the one
 * `futodama serve` opens from the same data directory) in bulk: real cards (the dotin corpus
 * parsed by the rules parser), varied by name so no two records are the same.
 */
export async function seedParsedCvs(
  pgliteDir: string,
  tenantId: string,
  count: number,
  corpusFile: string,
): Promise<{ ids: string[]; skillIds: string[] }> {
  const cards = await corpusCards(corpusFile);
  const database = await openDatabase({ driver: "pglite", dataDir: pgliteDir });
  try {
    await migrate(database.db);
    return { ids: await insertParsedCvs(database.db, tenantId, count, cards), skillIds: skillIdsOf(cards) };
  } finally {
    await database.close();
  }
}

/** The first 100 CVs of the corpus, parsed by the rules parser: the cards every seed varies. */
export async function corpusCards(corpusFile: string): Promise<ResumeCardV1[]> {
  const texts = readFileSync(corpusFile, "utf8")
    .split("\n")
    .filter(Boolean)
    .slice(0, 100)
    .map((line) => (JSON.parse(line) as { text: string }).text);
  const cards: ResumeCardV1[] = [];
  for (const text of texts)
    cards.push(parseResume(await extractDocument(new TextEncoder().encode(text), { ocr: false })));
  return cards;
}

/** The distinct taxonomy skill ids the cards hold. */
export function skillIdsOf(cards: ResumeCardV1[]): string[] {
  return [
    ...new Set(cards.flatMap((card) => card.skills.map((s) => s.id).filter((id): id is string => !!id))),
  ];
}

/** `count` parsed CVs of one tenant in any migrated database (PGlite or PostgreSQL), 500 per transaction. */
export async function insertParsedCvs(
  db: Db,
  tenantId: string,
  count: number,
  cards: ResumeCardV1[],
): Promise<string[]> {
  await db.insert(tenants).values({ id: tenantId, name: tenantId }).onConflictDoNothing();
  const ids: string[] = [];
  const batch = 500;
  for (let start = 0; start < count; start += batch) {
    await db.transaction(async (tx) => {
      const rows = Array.from({ length: Math.min(batch, count - start) }, (_, k) => {
        const i = start + k;
        const base = cards[i % cards.length]!;
        const name = `${base.personal_info.name ?? "Candidate"} ${i}`;
        const card = { ...base, personal_info: { ...base.personal_info, name } };
        const sha256 = createHash("sha256").update(`${tenantId}:${i}`).digest("hex");
        return { name, card, sha256, i };
      });
      const docs = await tx
        .insert(documents)
        .values(rows.map((r) => seededDocument(tenantId, "resume", `cv-${r.i}.txt`, r.sha256, "parsed")))
        .returning({ id: documents.id });
      const inserted = await tx
        .insert(resumes)
        .values(
          rows.map((r, k) => ({
            tenantId,
            documentId: docs[k]!.id,
            status: "parsed" as const,
            title: r.name,
            card: r.card,
            language: "en",
          })),
        )
        .returning({ id: resumes.id });
      ids.push(...inserted.map((row) => row.id));
    });
  }
  return ids;
}

/** A document row as an upload leaves it (text file, stored under its tenant's key), in a given status. */
export function seededDocument(
  tenantId: string,
  kind: "job" | "resume",
  filename: string,
  sha256: string,
  status: "queued" | "parsed" | "failed",
) {
  return {
    tenantId,
    kind,
    source: "api" as const,
    bucket: "uploads",
    s3Key: `tenants/${tenantId}/${kind}s/${sha256}/${filename}`,
    filename,
    sha256,
    mime: "text/plain",
    sizeBytes: 4_000,
    status,
  };
}

export const dotinTrain = (root: string) =>
  join(root, "../shared/data/dev-corpora/dotin-resumes/train.jsonl");
