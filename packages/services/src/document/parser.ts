import { boundCard, type ExtractedDocument } from "@futodama/core";
import { extractDocument } from "@futodama/documents";
import type { DocumentKind } from "@futodama/storage";
import { type Card, draftCard, normalizerWith, type TenantAlias } from "./understand";

/** The text layer read, as ExtractText stores it (document.json) with what the state carries. */
export interface ExtractedText {
  json: string;
  chars: number;
  mime: string;
}

/** The deterministic card (bounded) and the text the enhancer reads. */
export interface DraftedCard {
  card: Card;
  text: string;
}

/**
 * The CPU-bound half of ingest: the text layer read from the bytes, and the deterministic parse.
 * Documents cross it as JSON text (what the steps store anyway), so the caller's thread never
 * serialises or copies a big document's line objects. On Lambda it runs inline (one request per
 * instance: nothing else to block); the local runtime hands in one that runs on a worker thread,
 * so `/health` and reads answer during a big ingest.
 */
export interface DocumentParser {
  /** Bytes → the text with layout; the text layer only (scans go to OcrText). */
  extract(bytes: Uint8Array, filename: string): Promise<ExtractedText>;
  /** document.json → the card before the enhancer, with the tenant's own skill names. */
  draft(
    documentJson: string,
    kind: DocumentKind | undefined,
    aliases: readonly TenantAlias[],
  ): Promise<DraftedCard>;
}

/*
 * Two functions, not one object: a Lambda's bundle keeps only what its step calls, so
 * ExtractText's carries no parser or taxonomy code.
 */
export const extractInline: DocumentParser["extract"] = async (bytes, filename) => {
  const doc = await extractDocument(bytes, { filename, ocr: false });
  return { json: JSON.stringify(doc), chars: doc.text.length, mime: doc.mime };
};

export const draftInline: DocumentParser["draft"] = async (documentJson, kind, aliases) => {
  const doc = JSON.parse(documentJson) as ExtractedDocument;
  return { card: boundCard(draftCard(doc, kind, normalizerWith(aliases))), text: doc.text };
};
