import type { z } from "zod";

export const roles = ["viewer", "recruiter", "admin"] as const;
export type Role = (typeof roles)[number];

/** Which Lambda serves a route: one middy handler per domain router. */
export const httpDomains = {
  system: "packages/functions/src/http/system.handler",
  jobs: "packages/functions/src/http/jobs.handler",
  resumes: "packages/functions/src/http/resumes.handler",
  codex: "packages/functions/src/http/codex.handler",
  vision: "packages/functions/src/http/vision.handler",
  match: "packages/functions/src/http/match.handler",
  tailoring: "packages/functions/src/http/tailoring.handler",
  webhooks: "packages/functions/src/http/webhooks.handler",
  batches: "packages/functions/src/http/batches.handler",
  ops: "packages/functions/src/http/ops.handler",
  audit: "packages/functions/src/http/audit.handler",
  analytics: "packages/functions/src/http/analytics.handler",
} as const;
export type HttpDomain = keyof typeof httpDomains;

export type HttpMethod = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";

export interface RouteResponse {
  description: string;
  schema?: z.ZodType;
  contentType?: string;
  /** A file in one of these types (binary body, e.g. an export). */
  contentTypes?: readonly string[];
}

export interface RouteDef {
  /** Stable id, also the OpenAPI operationId and the typed client's method name. */
  operationId: string;
  method: HttpMethod;
  /** API Gateway syntax: `/api/jobs/{id}`. */
  path: string;
  domain: HttpDomain;
  summary: string;
  tags: string[];
  /** "public" needs no token; otherwise the least role allowed (viewer < recruiter < admin). */
  auth: "public" | Role;
  request?: {
    params?: z.ZodObject;
    query?: z.ZodObject;
    body?: z.ZodType;
    /** Defaults to application/json when body is set. */
    contentType?: "application/json" | "multipart/form-data";
    /** Multipart: one file (`file`, the default) or many (`files`: a batch upload). */
    files?: "one" | "many";
  };
  responses: Record<number, RouteResponse>;
}
