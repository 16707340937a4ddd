import { BatchExportQuerySchema, BatchSchema, batchExportTypes, MultipartFilesSchema } from "./batch-schemas";
import { authErrors, error } from "./route-errors";
import type { RouteDef } from "./route-types";
import { IdParamsSchema } from "./schemas";

/** `POST /api/{jobs,resumes}/batch`: served by the domain's own router (it holds the upload bucket). */
export function batchUploadRoute(domain: "jobs" | "resumes", noun: "job" | "resume", Noun: string): RouteDef {
  return {
    operationId: `upload${Noun}Batch`,
    method: "POST",
    path: `/api/${domain}/batch`,
    domain,
    summary: `Upload many ${noun} files at once (multipart, field \`files\`): a batch to follow at GET /api/batch/{id}`,
    tags: [domain],
    auth: "recruiter",
    request: { body: MultipartFilesSchema, contentType: "multipart/form-data", files: "many" },
    responses: {
      202: {
        description: "The batch, its files queued (or reported: duplicates, refusals)",
        schema: BatchSchema,
      },
      400: error("No file, or more than 100"),
      ...authErrors,
      413: error("The request is over the size limit"),
      415: error("Not multipart/form-data"),
    },
  };
}

const notFound = error("No such batch for this tenant: batch.not_found");

/** The batches domain: progress and export of a batch. */
export const batchRoutes: RouteDef[] = [
  {
    operationId: "getBatch",
    method: "GET",
    path: "/api/batch/{id}",
    domain: "batches",
    summary: "A batch: counts by status, duplicates, failures with reasons, progress",
    tags: ["batches"],
    auth: "viewer",
    request: { params: IdParamsSchema },
    responses: { 200: { description: "The batch", schema: BatchSchema }, ...authErrors, 404: notFound },
  },
  {
    operationId: "exportBatch",
    method: "GET",
    path: "/api/batch/{id}/export",
    domain: "batches",
    summary: "The batch's parsed records with their cards' main fields, as CSV or JSON (an attachment)",
    tags: ["batches"],
    auth: "viewer",
    request: { params: IdParamsSchema, query: BatchExportQuerySchema },
    responses: {
      200: { description: "The file", contentTypes: batchExportTypes },
      ...authErrors,
      404: notFound,
    },
  },
];
