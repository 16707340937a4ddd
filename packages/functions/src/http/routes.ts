import { z } from "zod";
import { matchRoutes } from "./match-routes";
import type { HttpDomain, RouteDef } from "./route-types";
import {
  AliasParamsSchema,
  CreateFromTextSchema,
  ErrorBodySchema,
  HealthSchema,
  IdParamsSchema,
  ListQuerySchema,
  MultipartFileSchema,
  PresignedUploadSchema,
  PresignRequestSchema,
  RecordPageSchema,
  RecordViewSchema,
  SkillAliasInputSchema,
  SkillAliasPageSchema,
  SkillAliasSchema,
  SkillSearchQuerySchema,
  SkillViewSchema,
  UploadAcceptedSchema,
  VersionSchema,
  VisionResultSchema,
} from "./schemas";
import { tailoringRoutes } from "./tailoring-routes";

export * from "./route-types";

const error = (description: string) => ({ description, schema: ErrorBodySchema });
const authErrors = { 401: error("Missing, malformed or expired token"), 403: error("Role not allowed") };

/** jobs and resumes share the ingestion verbs; one definition serves both. */
function documentRoutes(domain: "jobs" | "resumes", noun: "job" | "resume", Noun: string): RouteDef[] {
  const base = `/api/${domain}`;
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
      summary: `Upload a ${noun} file (multipart/form-data, field \`file\`)`,
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
      summary: `List ${noun}s, newest first (all filters combined)`,
      tags: [domain],
      auth: "viewer",
      request: { query: ListQuerySchema },
      responses: {
        200: { description: "A page", schema: RecordPageSchema },
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
        200: { description: Noun, schema: RecordViewSchema },
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

export const routes: RouteDef[] = [
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
    responses: { 200: { description: "HTML page", contentType: "text/html" } },
  },
  ...documentRoutes("jobs", "job", "Job"),
  ...documentRoutes("resumes", "resume", "Resume"),
  ...matchRoutes,
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
  {
    operationId: "searchSkills",
    method: "GET",
    path: "/api/codex/skills",
    domain: "codex",
    summary: "Search the skill taxonomy by label or alias",
    tags: ["codex"],
    auth: "viewer",
    request: { query: SkillSearchQuerySchema },
    responses: {
      200: { description: "Matching skills", schema: z.object({ items: z.array(SkillViewSchema) }) },
      ...authErrors,
    },
  },
  {
    operationId: "listSkillAliases",
    method: "GET",
    path: "/api/codex/aliases",
    domain: "codex",
    summary: "This tenant's own skill aliases",
    tags: ["codex"],
    auth: "viewer",
    responses: { 200: { description: "Aliases", schema: SkillAliasPageSchema }, ...authErrors },
  },
  {
    operationId: "putSkillAlias",
    method: "POST",
    path: "/api/codex/aliases",
    domain: "codex",
    summary: "Add or re-point a skill alias; applied to documents parsed from now on",
    tags: ["codex"],
    auth: "admin",
    request: { body: SkillAliasInputSchema },
    responses: {
      201: { description: "The alias", schema: SkillAliasSchema },
      400: error("Unknown skill id or invalid body"),
      ...authErrors,
    },
  },
  {
    operationId: "deleteSkillAlias",
    method: "DELETE",
    path: "/api/codex/aliases/{alias}",
    domain: "codex",
    summary: "Remove a skill alias",
    tags: ["codex"],
    auth: "admin",
    request: { params: AliasParamsSchema },
    responses: {
      204: { description: "Removed" },
      ...authErrors,
      404: error("No such alias for this tenant"),
    },
  },
];

export function routesOf(domain: HttpDomain): RouteDef[] {
  return routes.filter((r) => r.domain === domain);
}
