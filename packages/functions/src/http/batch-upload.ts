import { createBatchFromUpload } from "@futodama/services/batch";
import type { DocumentKind } from "@futodama/storage";
import type { RouteHandler } from "./router";
import { handles } from "./typed-handler";

/** `upload{Job,Resume}Batch`: the files to the batch service, a 202 pointing at the batch. */
export function batchUploadHandlers(
  kind: DocumentKind,
  Noun: "Job" | "Resume",
): Record<string, RouteHandler> {
  return {
    // The router reads a multipart route's files before the handler runs (or answers 400).
    [`upload${Noun}Batch`]: handles({}, async ({ auth, files, deps }) => {
      const batch = await createBatchFromUpload(await deps(), auth.tenantId, kind, files ?? [], auth.subject);
      return {
        status: 202,
        body: batch,
        headers: { location: `/api/batch/${batch.id}`, "retry-after": "5" },
      };
    }),
  };
}
