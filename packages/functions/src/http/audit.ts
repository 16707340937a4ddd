import { listAuditEvents } from "@futodama/services/audit";
import { storage } from "@futodama/services/capabilities/storage";
import { dependencies } from "../deps";
import { AuditEventQuerySchema } from "./audit-schemas";
import { createDomainHandler } from "./router";
import { handles } from "./typed-handler";

/** Lambda entry: the AI audit trail (issue 13), read from the database alone. */
export const handler = createDomainHandler(
  "audit",
  {
    listAuditEvents: handles({ query: AuditEventQuerySchema }, async ({ auth, query, deps }) => ({
      status: 200,
      body: await listAuditEvents(await deps(), auth.tenantId, query),
    })),
  },
  dependencies(storage),
);
