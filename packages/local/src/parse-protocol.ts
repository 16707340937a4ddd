import type { ErrorKind } from "@futodama/core";
import type { DraftedCard, ExtractedText } from "@futodama/services/document/parser";
import type { TenantAlias } from "@futodama/services/document/understand";
import type { DocumentKind } from "@futodama/storage";

/** What the runtime asks the parse worker (plain data: it is structured-cloned across threads). */
export type ParseRequest =
  | { id: number; op: "extract"; bytes: Uint8Array; filename: string }
  | { id: number; op: "draft"; documentJson: string; kind: DocumentKind | undefined; aliases: TenantAlias[] };

/** A request before the pool numbers it. */
export type ParseTask = ParseRequest extends infer R ? (R extends unknown ? Omit<R, "id"> : never) : never;

/** A typed error as data: the runtime rebuilds it with the same kind, code and name. */
export interface WorkerError {
  name: string;
  kind?: ErrorKind;
  code?: string;
  message: string;
  details?: unknown;
}

export type ParseReply =
  | { id: number; ok: true; result: ExtractedText | DraftedCard }
  | { id: number; ok: false; error: WorkerError };
