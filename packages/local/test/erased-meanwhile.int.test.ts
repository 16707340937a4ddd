import { ListObjectsV2Command, PutObjectCommand } from "@aws-sdk/client-s3";
import { extractTextStep, persistStep } from "@futodama/services/document/ingest-steps";
import { derivedKey } from "@futodama/services/document/keys";
import { draftInline, extractInline } from "@futodama/services/document/parser";
import { eraseRecord } from "@futodama/services/record/erase";
import { describe, expect, it } from "vitest";
import type { LocalRuntime } from "../src/runtime";
import { call, useTestRuntime, waitUntilSettled } from "./support";

/*
 * Erasure gap (issue 10): a CV deleted while its ingest still runs. The steps run here by hand,
 * with the DELETE made at the worst moment — inside the step, after it read the file and before
 * it writes — and nothing the ingest wrote may stay behind.
 */
let runtime: LocalRuntime;
let token: string;
const tenant = "erased-meanwhile";

useTestRuntime({ tenant }, (started) => {
  ({ runtime, token } = started);
});

async function parsedCv(name: string) {
  const text = `${name}\n${name.toLowerCase().replace(" ", ".")}@example.org\n\nSkills\nPython, SQL\n`;
  const up = await call(runtime, "POST", "/api/resumes", { token, json: { text } });
  const id = String(up.body.id);
  await waitUntilSettled(runtime, token, `/api/resumes/${id}`);
  const record = await runtime.deps.storage.getRecord(tenant, "resume", id);
  const document = await runtime.deps.storage.getDocument(tenant, record?.documentId ?? "");
  if (!document) throw new Error("no document");
  const state = {
    tenantId: tenant,
    documentId: document.id,
    kind: "resume" as const,
    bucket: document.bucket,
    key: document.s3Key,
  };
  return { id, state };
}

async function derivedKeys(documentId: string): Promise<string[]> {
  const listed = await runtime.deps.s3.send(
    new ListObjectsV2Command({
      Bucket: runtime.deps.buckets.uploads,
      Prefix: `derived/${tenant}/${documentId}/`,
    }),
  );
  return (listed.Contents ?? []).map((object) => object.Key ?? "");
}

describe("a CV erased while its ingest runs", () => {
  it("the step that wrote after the DELETE removes what it wrote and stops", async () => {
    const { id, state } = await parsedCv("Ella Midway");
    const erasingParser = {
      extract: async (bytes: Uint8Array, filename: string) => {
        await eraseRecord(runtime.deps, tenant, "resume", id);
        return extractInline(bytes, filename);
      },
      draft: draftInline,
    };
    await expect(extractTextStep({ ...runtime.deps, parser: erasingParser }, state)).rejects.toMatchObject({
      code: "document.erased",
    });
    expect(await derivedKeys(state.documentId)).toEqual([]);
  });

  it("Persist, finding the record gone, removes the artefacts the earlier steps wrote", async () => {
    const { id, state } = await parsedCv("Olaf Late");
    const card = (await runtime.deps.storage.getRecord(tenant, "resume", id))?.card;
    await eraseRecord(runtime.deps, tenant, "resume", id);
    // What Normalize would have written after the erasure had removed the objects.
    const cardKey = derivedKey(tenant, state.documentId, "card.json");
    await runtime.deps.s3.send(
      new PutObjectCommand({
        Bucket: runtime.deps.buckets.uploads,
        Key: cardKey,
        Body: JSON.stringify(card),
      }),
    );
    await expect(
      persistStep(runtime.deps, {
        ...state,
        textKey: "",
        chars: 0,
        mime: "text/plain",
        needsOcr: false,
        cardKey,
      }),
    ).rejects.toMatchObject({
      code: "document.erased",
    });
    expect(await derivedKeys(state.documentId)).toEqual([]);
  });
});
