import { FileLinkSchema, PatchJobSchema, PatchResumeSchema } from "./record-edit-schemas";
import { authErrors, error } from "./route-errors";
import type { RouteDef } from "./route-types";
import { IdParamsSchema, JobRecordSchema, ResumeRecordSchema } from "./schemas";

/** The recruiter's verbs on a job or a CV: correct it (PATCH), erase it (DELETE), fetch its file. */
export function recordEditRoutes(
  domain: "jobs" | "resumes",
  noun: "job" | "resume",
  Noun: string,
): RouteDef[] {
  const path = `/api/${domain}/{id}`;
  const notFound = { 404: error(`No such ${noun} for this tenant`) };
  return [
    {
      operationId: `patch${Noun}`,
      method: "PATCH",
      path,
      domain,
      summary:
        noun === "job"
          ? "Correct a job: its hiring stage (jobStatus), title, or card fields (re-validated)"
          : "Correct a CV: the candidate's pipeline stage, source, name, or card fields (re-validated)",
      tags: [domain],
      auth: "recruiter",
      request: { params: IdParamsSchema, body: noun === "job" ? PatchJobSchema : PatchResumeSchema },
      responses: {
        200: {
          description: `The corrected ${noun}`,
          schema: noun === "job" ? JobRecordSchema : ResumeRecordSchema,
        },
        400: error(
          `Nothing to change, a bad value, or a card that no longer validates: ${noun}.invalid_card`,
        ),
        ...authErrors,
        ...notFound,
        409: error(`Card corrections before the ${noun} is parsed: ${noun}.not_parsed`),
      },
    },
    {
      operationId: `delete${Noun}`,
      method: "DELETE",
      path,
      domain,
      summary: `Erase a ${noun}: its original file, every derived object, scores, match results, feedback and tailorings`,
      tags: [domain],
      auth: "recruiter",
      request: { params: IdParamsSchema },
      responses: { 204: { description: "Erased" }, ...authErrors, ...notFound },
    },
    {
      operationId: `get${Noun}File`,
      method: "GET",
      path: `${path}/file`,
      domain,
      summary: `A short-lived link (presigned GET, 5 minutes) to download the ${noun}'s original file`,
      tags: [domain],
      auth: "viewer",
      request: { params: IdParamsSchema },
      responses: {
        200: { description: "The link", schema: FileLinkSchema },
        ...authErrors,
        404: error(`No such ${noun}, or its file is no longer stored: document.file_missing`),
      },
    },
  ];
}
