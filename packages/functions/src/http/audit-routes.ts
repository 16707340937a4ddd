import { AuditEventPageSchema, AuditEventQuerySchema } from "./audit-schemas";
import { authErrors, error } from "./route-errors";
import type { RouteDef } from "./route-types";

/**
 * The audit trail of AI outputs (issue 13). Admin only: it names every user of the tenant who
 * asked for AI work, which is the tenant's administration, like its webhooks.
 */
export const auditRoutes: RouteDef[] = [
  {
    operationId: "listAuditEvents",
    method: "GET",
    path: "/api/audit/events",
    domain: "audit",
    summary:
      "The tenant's AI audit trail, newest first: one event per model call (provider, model, prompt version, input hash, tokens, outcome, verdict, who asked, about what), with the total",
    tags: ["audit"],
    auth: "admin",
    request: { query: AuditEventQuerySchema },
    responses: {
      200: { description: "A page of audit events", schema: AuditEventPageSchema },
      400: error("Bad filter, limit or cursor"),
      ...authErrors,
    },
  },
];
