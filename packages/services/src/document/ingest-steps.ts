import { buildMinimalJobCard, buildMinimalResumeCard } from "@futodama/core";
import { extractText as extractFromBytes } from "@futodama/documents";
import type {
  DocumentIngestInput,
  ExtractTextOutput,
  MarkFailedInput,
  NormalizeOutput,
  PersistOutput,
  TaskFailure,
} from "@futodama/workflow";
import type { ServiceDeps } from "../deps";
import { readObject, writeObject } from "../shared/s3";
import { derivedKey } from "./keys";

/*
 * The DocumentIngest steps. Each is a pure state → state function over ids and S3 keys: it
 * reads what the previous step stored, writes its own artefact under derived/, and returns the
 * state plus the new key. The workflow definition (packages/workflow) wires them.
 */

export async function extractTextStep(
  deps: ServiceDeps,
  state: DocumentIngestInput,
): Promise<ExtractTextOutput> {
  await deps.storage.markProcessing(state.tenantId, state.documentId);
  const { bytes } = await readObject(deps.s3, state.bucket, state.key, deps.limits.maxUploadBytes);
  const extracted = extractFromBytes(bytes, state.key);
  const textKey = derivedKey(state.tenantId, state.documentId, "text.txt");
  await writeObject(deps.s3, {
    bucket: deps.buckets.uploads,
    key: textKey,
    body: extracted.text,
    contentType: "text/plain; charset=utf-8",
  });
  return { ...state, textKey, chars: extracted.text.length, mime: extracted.mime };
}

export async function normalizeStep(deps: ServiceDeps, state: ExtractTextOutput): Promise<NormalizeOutput> {
  const { bytes } = await readObject(deps.s3, deps.buckets.uploads, state.textKey);
  const text = new TextDecoder().decode(bytes);
  const card = state.kind === "job" ? buildMinimalJobCard(text) : buildMinimalResumeCard(text);
  const cardKey = derivedKey(state.tenantId, state.documentId, "card.json");
  await writeObject(deps.s3, {
    bucket: deps.buckets.uploads,
    key: cardKey,
    body: JSON.stringify(card),
    contentType: "application/json",
  });
  return { ...state, cardKey };
}

function titleOf(card: Record<string, unknown>): string | null {
  const basics = card.basics as { title?: unknown } | undefined;
  const person = card.personal_info as { name?: unknown } | undefined;
  const title = basics?.title ?? person?.name;
  return typeof title === "string" && title.length > 0 ? title : null;
}

export async function persistStep(deps: ServiceDeps, state: NormalizeOutput): Promise<PersistOutput> {
  const { bytes } = await readObject(deps.s3, deps.buckets.uploads, state.cardKey);
  const card = JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
  const language = typeof card.language === "string" ? card.language : null;
  const record = await deps.storage.markParsed(state.tenantId, state.documentId, {
    card,
    language,
    title: titleOf(card),
  });
  return { ...state, recordId: record.id };
}

/**
 * A readable reason from a Step Functions failure. Lambda failures carry a JSON Cause
 * ({errorType, errorMessage}); states errors carry plain text.
 */
export function failureReason(failure: Partial<TaskFailure> | undefined): string {
  const cause = failure?.Cause ?? "";
  let message = cause;
  try {
    const parsed = JSON.parse(cause) as { errorMessage?: unknown; message?: unknown };
    const candidate = parsed.errorMessage ?? parsed.message;
    if (typeof candidate === "string") message = candidate;
  } catch {
    // plain-text cause
  }
  if (failure?.Error === "States.Timeout") return "Processing took too long and was stopped";
  const trimmed = message.trim();
  if (trimmed.length === 0) return `Processing failed (${failure?.Error ?? "unknown error"})`;
  return trimmed.length > 500 ? `${trimmed.slice(0, 497)}...` : trimmed;
}

export async function markFailedStep(
  deps: ServiceDeps,
  state: MarkFailedInput,
): Promise<{ status: "failed"; reason: string }> {
  const reason = failureReason(state.failure);
  await deps.storage.markFailed(state.tenantId, state.documentId, reason);
  return { status: "failed", reason };
}
