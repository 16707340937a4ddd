import { authErrors, error } from "./route-errors";
import type { RouteDef } from "./route-types";
import { IdParamsSchema } from "./schemas";
import {
  TailoringExportQuerySchema,
  TailoringListQuerySchema,
  TailoringPageSchema,
  TailoringSchema,
  TailorResumeBodySchema,
  tailoringExportTypes,
} from "./tailoring-schemas";

/** The tailoring domain: a CV tailored to a job (Tailor workflow), its result and its exports. */
export const tailoringRoutes: RouteDef[] = [
  {
    operationId: "listTailorings",
    method: "GET",
    path: "/api/tailorings",
    domain: "tailoring",
    summary:
      "The tenant's tailorings, newest first, of one job and/or one CV (jobId, resumeId); without bundles",
    tags: ["tailoring"],
    auth: "viewer",
    request: { query: TailoringListQuerySchema },
    responses: {
      200: { description: "A page of tailorings", schema: TailoringPageSchema },
      400: error("Bad filter, limit or cursor"),
      ...authErrors,
    },
  },
  {
    operationId: "tailorResume",
    method: "POST",
    path: "/api/tailor-resume",
    domain: "tailoring",
    summary:
      "Tailor a CV to a job: a truthful rewrite with a change log, checked against the CV; poll GET /api/tailorings/{id} for the result",
    tags: ["tailoring"],
    auth: "recruiter",
    request: { body: TailorResumeBodySchema },
    responses: {
      202: { description: "The tailoring, queued", schema: TailoringSchema },
      400: error("Invalid body or options"),
      ...authErrors,
      404: error("No such job or resume for this tenant"),
      409: error("The job or the resume is not parsed (yet)"),
    },
  },
  {
    operationId: "getTailoring",
    method: "GET",
    path: "/api/tailorings/{id}",
    domain: "tailoring",
    summary:
      "A tailoring: status, and once done the tailored card with its change log, refused edits, coverage, ATS report and verification",
    tags: ["tailoring"],
    auth: "viewer",
    request: { params: IdParamsSchema },
    responses: {
      200: { description: "The tailoring", schema: TailoringSchema },
      ...authErrors,
      404: error("No such tailoring for this tenant"),
    },
  },
  {
    operationId: "exportTailoring",
    method: "GET",
    path: "/api/tailorings/{id}/export",
    domain: "tailoring",
    summary: "The tailored CV as a file (Markdown, DOCX or PDF), as an attachment",
    tags: ["tailoring"],
    auth: "viewer",
    request: { params: IdParamsSchema, query: TailoringExportQuerySchema },
    responses: {
      200: { description: "The file", contentTypes: Object.values(tailoringExportTypes) },
      400: error("Unknown format"),
      ...authErrors,
      404: error("No such tailoring for this tenant"),
      409: error("The tailoring is not done: tailoring.not_ready"),
    },
  },
];
