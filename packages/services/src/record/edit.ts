import { ConflictError, InputError, isAppError, NotFoundError } from "@futodama/core";
import type { CardRecord, DocumentKind, RecordOrigin, StageByKind } from "@futodama/storage";
import { apply as applyMergePatch } from "json-merge-patch";
import type { ServiceDeps } from "../deps";
import { forgetResume, indexResume } from "../match/index-cache";
import { type RecordView, toView } from "./index";

/** What a recruiter may change on a job or a CV (PATCH). */
export interface RecordPatch<K extends DocumentKind> {
  title?: string | undefined;
  stage?: StageByKind[K] | undefined;
  origin?: RecordOrigin | undefined;
  /** Corrections to the card as a JSON Merge Patch (RFC 7396): objects merge, arrays and values replace, null removes. */
  card?: Record<string, unknown> | undefined;
}

/**
 * Applies a recruiter's corrections. Card corrections are merged into the stored card and the
 * result is checked against the codex schema again by the storage (an invalid result is a 400
 * naming what is wrong); they need a parsed record. A closed job leaves the live rankings.
 */
export async function patchRecord<K extends DocumentKind>(
  deps: ServiceDeps,
  tenantId: string,
  kind: K,
  id: string,
  patch: RecordPatch<K>,
): Promise<RecordView> {
  const current = await deps.storage.getRecord(tenantId, kind, id);
  if (current === null) throw new NotFoundError(`${kind}.not_found`, `No ${kind} with id ${id}`);
  let card: unknown;
  if (patch.card !== undefined) {
    if (current.card === null) {
      throw new ConflictError(
        `${kind}.not_parsed`,
        `The ${kind} is ${current.status}: correct its card once it is parsed`,
        {
          details: { id, status: current.status },
        },
      );
    }
    card = applyMergePatch(structuredClone(current.card), patch.card);
  }
  // Widened to the union of kinds: `updated.kind` then narrows the card's type again.
  const anyKind: DocumentKind = kind;
  const updated: CardRecord | null = await deps.storage
    .updateRecord(tenantId, anyKind, id, {
      title: patch.title,
      stage: patch.stage,
      origin: patch.origin,
      card,
    })
    .catch((error: unknown) => {
      // The storage refuses a card outside the codex schema; here that is the recruiter's input.
      if (!isAppError(error) || error.code !== "storage.invalid_card") throw error;
      throw new InputError(`${kind}.invalid_card`, "The corrected card does not match the codex schema", {
        details: error.details,
        cause: error,
      });
    });
  if (updated === null) throw new NotFoundError(`${kind}.not_found`, `No ${kind} with id ${id}`);
  if (updated.kind === "resume") {
    // A warm candidate index of this process ranks the corrected CV from now on.
    if (updated.card === null) await forgetResume(deps.storage, tenantId, updated.id);
    else await indexResume(deps.storage, tenantId, updated.id, updated.card);
  }
  return toView(updated);
}
