import type { DocumentKind } from "@futodama/storage";

/**
 * Where things live in the buckets. Uploads: `tenants/<tenant>/<kind>s/<sha256>/<file>` (the
 * bucket notifies the ingest queue for `tenants/` only); derived artefacts (extracted text,
 * cards) under `derived/`, which does not notify. Drops: `<tenant>/[jobs/|resumes/]<any path>`.
 */
const kindFolder: Record<DocumentKind, string> = { job: "jobs", resume: "resumes" };

export function safeFilename(filename: string): string {
  const base = filename.split(/[\\/]/).pop() ?? "";
  const cleaned = base
    .normalize("NFC")
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what we strip.
    .replace(/[\u0000-\u001f\u007f]/g, "")
    .trim()
    .slice(-200);
  return cleaned.length > 0 ? cleaned : "document";
}

export function uploadKey(tenantId: string, kind: DocumentKind, sha256: string, filename: string): string {
  return `tenants/${tenantId}/${kindFolder[kind]}/${sha256}/${safeFilename(filename)}`;
}

export function presignedKey(
  tenantId: string,
  kind: DocumentKind,
  uploadId: string,
  filename: string,
): string {
  return `tenants/${tenantId}/${kindFolder[kind]}/incoming/${uploadId}/${safeFilename(filename)}`;
}

export function derivedKey(
  tenantId: string,
  documentId: string,
  artefact: "document.json" | "card.json",
): string {
  return `derived/${tenantId}/${documentId}/${artefact}`;
}

export interface KeyOwner {
  tenantId: string;
  kind: DocumentKind;
  filename: string;
}

const tenantPattern = /^[A-Za-z0-9][A-Za-z0-9_-]{0,62}$/;

export function isValidTenantId(tenantId: string): boolean {
  return tenantPattern.test(tenantId);
}

/** Who owns an object, from its key; null when the key is outside the layout. */
export function ownerOfKey(bucketRole: "uploads" | "drops", key: string): KeyOwner | null {
  const parts = key.split("/");
  const filename = parts[parts.length - 1] ?? "";
  if (filename.length === 0) return null;
  if (bucketRole === "uploads") {
    const [root, tenantId, folder] = parts;
    if (root !== "tenants" || tenantId === undefined || parts.length < 4) return null;
    const kind = folder === "jobs" ? "job" : folder === "resumes" ? "resume" : null;
    if (kind === null || !isValidTenantId(tenantId)) return null;
    return { tenantId, kind, filename };
  }
  const [tenantId, folder] = parts;
  if (tenantId === undefined || parts.length < 2 || !isValidTenantId(tenantId)) return null;
  return { tenantId, kind: folder === "jobs" ? "job" : "resume", filename };
}
