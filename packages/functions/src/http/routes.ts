import { analyticsRoutes } from "./analytics-routes";
import { auditRoutes } from "./audit-routes";
import { batchRoutes, batchUploadRoute } from "./batch-routes";
import { codexRoutes } from "./codex-routes";
import { docsAssetTypes } from "./docs-assets";
import {
  JobListPageSchema,
  JobListQuerySchema,
  ResumeListPageSchema,
  ResumeListQuerySchema,
} from "./list-schemas";
import { liveRoutes } from "./live-routes";
import { matchRoutes } from "./match-routes";
import { opsRoutes } from "./ops-routes";
import { recordEditRoutes } from "./record-edit-routes";
import { authErrors, error, withStandardErrors } from "./route-errors";
import type { HttpDomain, RouteDef } from "./route-types";
import {
  CreateFromTextSchema,
  DocsAssetParamsSchema,
  HealthSchema,
  IdParamsSchema,
  JobRecordSchema,
  MultipartFileSchema,
  PresignedUploadSchema,
  PresignRequestSchema,
  ResumeRecordSchema,
  UploadAcceptedSchema,
  VersionSchema,
  VisionResultSchema,
} from "./schemas";
import { tailoringRoutes } from "./tailoring-routes";
import { webhookRoutes } from "./webhook-routes";

export * from "./route-types";

/** jobs and resumes share the ingestion verbs; one definition serves both. */
function documentRoutes(domain: "jobs" | "resumes", noun: "job" | "resume", Noun: string): RouteDef[] {
  const base = `/api/${domain}`;
  const recordSchema = noun === "job" ? JobRecordSchema : ResumeRecordSchema;
  const pageSchema = noun === "job" ? JobListPageSchema : ResumeListPageSchema;
  const accepted = {
    202: { description: `${Noun} accepted and queued for parsing`, schema: UploadAcceptedSchema },
    200: {
      description: "The same file was already uploaded; the existing record",
      schema: UploadAcceptedSchema,
    },
  };
  return [
    {
      operationId: `create${Noun}FromText`,
      method: "POST",
      path: base,
      domain,
      summary: `Create a ${noun} from pasted text`,
      tags: [domain],
      auth: "recruiter",
      request: { body: CreateFromTextSchema },
      responses: { ...accepted, 400: error("Invalid body"), ...authErrors },
    },
    {
      operationId: `upload${Noun}`,
      method: "POST",
      path: `${base}/upload`,
      domain,
      summary: `Upload a ${noun} file (multipart/form-data, field \`file\`): PDF, DOCX, DOC, ODT, RTF, HTML, Markdown, text or an image`,
      tags: [domain],
      auth: "recruiter",
      request: { body: MultipartFileSchema, contentType: "multipart/form-data" },
      responses: {
        ...accepted,
        400: error("No file, or an empty file"),
        ...authErrors,
        413: error("File over the size limit"),
        415: error("Not multipart/form-data, or a file type that cannot be read"),
      },
    },
    {
      operationId: `presign${Noun}Upload`,
      method: "POST",
      path: `${base}/presign`,
      domain,
      summary: `Get a presigned URL to PUT a large ${noun} file directly to storage`,
      tags: [domain],
      auth: "recruiter",
      request: { body: PresignRequestSchema },
      responses: {
        201: { description: "Presigned upload", schema: PresignedUploadSchema },
        400: error("Invalid body"),
        ...authErrors,
        413: error("File over the size limit"),
      },
    },
    {
      operationId: `list${Noun}s`,
      method: "GET",
      path: base,
      domain,
      summary: `List ${noun}s: summaries, newest first unless sorted, every filter combined, with a total`,
      tags: [domain],
      auth: "viewer",
      request: { query: noun === "job" ? JobListQuerySchema : ResumeListQuerySchema },
      responses: {
        200: { description: "A page", schema: pageSchema },
        400: error("Bad filter"),
        ...authErrors,
      },
    },
    {
      operationId: `get${Noun}`,
      method: "GET",
      path: `${base}/{id}`,
      domain,
      summary: `Get a ${noun}: status, card once parsed, error when failed`,
      tags: [domain],
      auth: "viewer",
      request: { params: IdParamsSchema },
      responses: {
        200: { description: Noun, schema: recordSchema },
        ...authErrors,
        404: error(`No such ${noun} for this tenant`),
      },
    },
    {
      operationId: `retry${Noun}`,
      method: "POST",
      path: `${base}/{id}/retry`,
      domain,
      summary: `Run a failed ${noun} through parsing again, from its stored file`,
      tags: [domain],
      auth: "recruiter",
      request: { params: IdParamsSchema },
      responses: {
        202: { description: `${Noun} queued again`, schema: UploadAcceptedSchema },
        ...authErrors,
        404: error(`No such ${noun} for this tenant`),
        409: error(`The ${noun} is not failed, or its stored file is gone (upload it again)`),
      },
    },
  ];
}

const routeTable: RouteDef[] = [
  {
    operationId: "health",
    method: "GET",
    path: "/health",
    domain: "system",
    summary: "Liveness",
    tags: ["system"],
    auth: "public",
    responses: { 200: { description: "Up", schema: HealthSchema } },
  },
  {
    operationId: "version",
    method: "GET",
    path: "/version",
    domain: "system",
    summary: "Deployed stage and commit",
    tags: ["system"],
    auth: "public",
    responses: { 200: { description: "Version", schema: VersionSchema } },
  },
  {
    operationId: "openapi",
    method: "GET",
    path: "/api/openapi.json",
    domain: "system",
    summary: "This API as an OpenAPI 3.1 document",
    tags: ["system"],
    auth: "public",
    responses: { 200: { description: "OpenAPI document" } },
  },
  {
    operationId: "docs",
    method: "GET",
    path: "/api/docs",
    domain: "system",
    summary: "This API, rendered for people",
    tags: ["system"],
    auth: "public",
    responses: { 200: { description: "HTML page (Swagger UI)", contentType: "text/html" } },
  },
  {
    operationId: "docsAsset",
    method: "GET",
    path: "/api/docs/assets/{file}",
    domain: "system",
    summary: "A script or stylesheet of the docs page (Swagger UI, served from its npm package)",
    tags: ["system"],
    auth: "public",
    request: { params: DocsAssetParamsSchema },
    responses: {
      200: { description: "The file", contentTypes: docsAssetTypes },
      404: error("No such asset: docs.asset_not_found"),
    },
  },
  ...documentRoutes("jobs", "job", "Job"),
  batchUploadRoute("jobs", "job", "Job"),
  ...recordEditRoutes("jobs", "job", "Job"),
  ...documentRoutes("resumes", "resume", "Resume"),
  batchUploadRoute("resumes", "resume", "Resume"),
  ...recordEditRoutes("resumes", "resume", "Resume"),
  ...matchRoutes,
  ...liveRoutes,
  ...tailoringRoutes,
  {
    operationId: "visionExtract",
    method: "POST",
    path: "/api/vision/extract",
    domain: "vision",
    summary:
      "Read the text of an image or scanned PDF now (OCR; OpenAI vision when configured). Nothing is stored",
    tags: ["vision"],
    auth: "recruiter",
    request: { body: MultipartFileSchema, contentType: "multipart/form-data" },
    responses: {
      200: { description: "The text, in reading order", schema: VisionResultSchema },
      400: error("No file, an empty or unreadable file"),
      ...authErrors,
      413: error("File over the size limit"),
      415: error("Not multipart/form-data, or a file type that cannot be read"),
    },
  },
  ...codexRoutes,
  ...webhookRoutes,
  ...batchRoutes,
  ...opsRoutes,
  ...auditRoutes,
  ...analyticsRoutes,
];

/** The single source of the HTTP API: routers, API Gateway, local server, OpenAPI, client. */
export const routes: RouteDef[] = routeTable.map(withStandardErrors);

export function routesOf(domain: HttpDomain): RouteDef[] {
  return routes.filter((r) => r.domain === domain);
}
