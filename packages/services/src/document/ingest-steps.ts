import { type ExtractedDocument, isAppError } from "@futodama/core";
import { extractDocument, scanTimeoutMs, sniffType } from "@futodama/documents";
import type {
  DocumentIngestInput,
  ExtractTextOutput,
  MarkFailedInput,
  NormalizeOutput,
  OcrTextInput,
  OcrTextOutput,
  PersistOutput,
} from "@futodama/workflow";
import { extractionAudit } from "../audit/extraction";
import { auditedModelCalls } from "../audit/record";
import { completeSettledBatches } from "../batch/complete";
import type { ServiceDeps } from "../deps";
import { embedDocument } from "../embeddings";
import { indexResume } from "../match/index-cache";
import { recordMetric } from "../ops/metrics";
import { failureOf } from "../shared/failure";
import { readJson, readObject, writeJson, writeObject } from "../shared/s3";
import { announceDocumentParsed } from "../webhooks/notify";
import { assertHasContent } from "./card-content";
import { assertNotErased, unlessErased } from "./erased-meanwhile";
import { derivedKey } from "./keys";
import { draftInline, extractInline } from "./parser";
import { settleFailed } from "./settle-failed";
import { enhanceCard } from "./understand";

/*
 * The DocumentIngest steps. Each is a pure state → state function over ids and S3 keys: it
 * reads what the previous step stored, writes its own artefact under derived/, and returns the
 * state plus the new key. The workflow definition (packages/workflow) wires them.
 */

/** Writes a step's artefact as JSON under derived/ (uploads bucket, which does not notify). */
async function storeArtefact(
  deps: ServiceDeps,
  state: DocumentIngestInput,
  artefact: "document.json" | "card.json",
  value: unknown,
): Promise<string> {
  const key = derivedKey(state.tenantId, state.documentId, artefact);
  await writeJson(deps.s3, deps.buckets.uploads, key, value);
  return key;
}

const storeDocument = (deps: ServiceDeps, state: DocumentIngestInput, doc: ExtractedDocument) =>
  storeArtefact(deps, state, "document.json", doc);

/** Text layer only: scans and photos are handed to OcrText (needsOcr) rather than read here. */
export async function extractTextStep(
  deps: ServiceDeps,
  state: DocumentIngestInput,
): Promise<ExtractTextOutput> {
  await deps.storage.markProcessing(state.tenantId, state.documentId);
  const { bytes } = await readObject(deps.s3, state.bucket, state.key, deps.limits.maxUploadBytes);
  const type = sniffType(bytes);
  if (type?.startsWith("image/")) {
    return { ...state, textKey: "", chars: 0, mime: type, needsOcr: true };
  }
  try {
    const read = await (deps.parser?.extract ?? extractInline)(bytes, state.key);
    const textKey = derivedKey(state.tenantId, state.documentId, "document.json");
    await writeObject(deps.s3, {
      bucket: deps.buckets.uploads,
      key: textKey,
      body: read.json,
      contentType: "application/json",
    });
    await assertNotErased(deps, state);
    return { ...state, textKey, chars: read.chars, mime: read.mime, needsOcr: false };
  } catch (error) {
    if (isAppError(error) && error.code === "document.no_text_layer") {
      return { ...state, textKey: "", chars: 0, mime: type ?? "application/pdf", needsOcr: true };
    }
    throw error;
  }
}

export async function ocrTextStep(deps: ServiceDeps, state: OcrTextInput): Promise<OcrTextOutput> {
  const { bytes } = await readObject(deps.s3, state.bucket, state.key, deps.limits.maxUploadBytes);
  const doc = await extractDocument(bytes, {
    filename: state.key,
    ocr: deps.ocr ?? false,
    limits: { maxBytes: deps.limits.maxUploadBytes, timeoutMs: scanTimeoutMs },
  });
  const textKey = await storeDocument(deps, state, doc);
  return { ...state, textKey, chars: doc.text.length, mime: doc.mime, needsOcr: false };
}

export async function normalizeStep(deps: ServiceDeps, state: ExtractTextOutput): Promise<NormalizeOutput> {
  const { bytes } = await readObject(deps.s3, deps.buckets.uploads, state.textKey);
  const aliases = await deps.storage.listSkillAliases(state.tenantId);
  const draft = await (deps.parser?.draft ?? draftInline)(
    new TextDecoder().decode(bytes),
    state.kind,
    aliases,
  );
  const card = await auditedModelCalls(
    deps,
    () => extractionAudit(deps, state),
    (onCall) => enhanceCard(draft.card, draft.text, deps.enhancer, onCall),
  );
  assertHasContent(draft.text, card);
  // With an OpenAI key: skills, summary and prose requirements embedded for step 1's similarity.
  const embedded = await embedDocument(deps, state, card);
  const cardKey = await storeArtefact(deps, state, "card.json", embedded);
  // OcrText (which has no database) wrote before this step: this check covers its write too.
  await assertNotErased(deps, state);
  return { ...state, cardKey };
}

function titleOf(card: Record<string, unknown>): string | null {
  const basics = card.basics as { title?: unknown } | undefined;
  const person = card.personal_info as { name?: unknown } | undefined;
  const title = basics?.title ?? person?.name;
  return typeof title === "string" && title.length > 0 ? title : null;
}

export async function persistStep(deps: ServiceDeps, state: NormalizeOutput): Promise<PersistOutput> {
  const card = (await readJson(deps.s3, deps.buckets.uploads, state.cardKey)) as Record<string, unknown>;
  const language = typeof card.language === "string" ? card.language : null;
  const record = await unlessErased(deps, state, () =>
    deps.storage.markParsed(state.tenantId, state.documentId, { card, language, title: titleOf(card) }),
  );
  // A warm candidate index of this process learns the new CV now; others catch up on next use.
  if (record.kind === "resume") await indexResume(deps.storage, state.tenantId, record.id, record.card);
  recordMetric("documents_parsed", { kind: record.kind });
  await announceDocumentParsed(deps, state, record.id);
  await completeSettledBatches(deps, state.tenantId, { documentId: state.documentId });
  return { ...state, recordId: record.id };
}

export async function markFailedStep(
  deps: ServiceDeps,
  state: MarkFailedInput,
): Promise<{ status: "failed"; reason: string; code: string }> {
  const failure = failureOf(state.failure);
  await settleFailed(deps, state, { code: failure.code, reason: failure.reason });
  return { status: "failed", reason: failure.reason, code: failure.code };
}
