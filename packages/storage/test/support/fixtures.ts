import { createHash, randomUUID } from "node:crypto";
import { JobCardV1Schema, ResumeCardV1Schema } from "@futodama/core";
import type { DocumentKind, NewDocument, RegisteredDocument, Storage } from "../../src/index";

/** A tenant id no other test uses, so tests share one database without seeing each other. */
export function newTenant(label = "t"): string {
  return `${label}-${randomUUID().slice(0, 8)}`;
}

export function newDocument(
  kind: DocumentKind,
  content: string,
  overrides: Partial<NewDocument> = {},
): NewDocument {
  const sha256 = createHash("sha256").update(content).digest("hex");
  return {
    kind,
    source: "api",
    bucket: "uploads",
    s3Key: `${kind}/${sha256}/file.txt`,
    filename: `${content}.txt`,
    sha256,
    mime: "text/plain",
    sizeBytes: content.length,
    ...overrides,
  };
}

/** The smallest valid codex card of a kind, named after `content` (storage refuses anything else). */
export function cardFor(kind: DocumentKind, content: string) {
  return kind === "job"
    ? JobCardV1Schema.parse({ schema: "job-card-v1", basics: { title: content } })
    : ResumeCardV1Schema.parse({ schema: "resume-card-v1", personal_info: { name: content } });
}

/** Registers and parses one document; returns its registration. */
export async function addParsed(
  storage: Storage,
  tenantId: string,
  kind: DocumentKind,
  content: string,
  parsed: { title: string | null; language: string | null },
): Promise<RegisteredDocument> {
  const registered = await storage.registerDocument(tenantId, newDocument(kind, content));
  await storage.markParsed(tenantId, registered.document.id, { card: cardFor(kind, content), ...parsed });
  return registered;
}
