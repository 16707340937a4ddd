import { createHash } from "node:crypto";
import { documentFromLines, parseResume } from "@futodama/core";
import type { Storage } from "@futodama/storage";

/* Resume rows for the index tests, written the way another process's Persist step writes them. */

export function cardOf(name: string, skills: string) {
  const text = `${name}\n${name.split(" ")[0]?.toLowerCase()}@example.com\n\nSkills\n${skills}\n`;
  const lines = text.split("\n").map((line) => ({ text: line, page: 1 }));
  return parseResume(
    documentFromLines(lines, { mime: "text/plain", method: "plain-text", language: "en", warnings: [] }),
  );
}

/** What the Persist step of another process does: the row, and no call into this process's cache. */
export async function persistElsewhere(
  storage: Storage,
  tenant: string,
  name: string,
  skills: string,
): Promise<string> {
  const sha256 = createHash("sha256").update(`${tenant}/${name}`).digest("hex");
  const { document } = await storage.registerDocument(tenant, {
    kind: "resume",
    source: "api",
    bucket: "b",
    s3Key: `${tenant}/${name}`,
    filename: `${name}.txt`,
    sha256,
    mime: "text/plain",
    sizeBytes: 1,
  });
  const record = await storage.markParsed(tenant, document.id, {
    card: cardOf(name, skills),
    language: "en",
    title: name,
  });
  return record.id;
}
