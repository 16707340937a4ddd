import { tailorName } from "@futodama/services/capabilities/ai";
import { sfn } from "@futodama/services/capabilities/sfn";
import { storage } from "@futodama/services/capabilities/storage";
import {
  exportTailoring,
  getTailoring,
  listTailorings,
  tailorResumeToJob,
} from "@futodama/services/tailoring";
import { dependencies } from "../deps";
import { attachment } from "./attachment";
import { createDomainHandler } from "./router";
import { IdParamsSchema } from "./schemas";
import {
  TailoringExportQuerySchema,
  TailoringListQuerySchema,
  TailorResumeBodySchema,
} from "./tailoring-schemas";
import { handles } from "./typed-handler";

/** Lambda entry: the tailoring router (start, result, export). */
export const handler = createDomainHandler(
  "tailoring",
  {
    tailorResume: handles({ body: TailorResumeBodySchema }, async ({ auth, body, deps }) => ({
      status: 202,
      body: await tailorResumeToJob(await deps(), auth.tenantId, { ...body, requestedBy: auth.subject }),
    })),
    listTailorings: handles({ query: TailoringListQuerySchema }, async ({ auth, query, deps }) => ({
      status: 200,
      body: await listTailorings(await deps(), auth.tenantId, query),
    })),
    getTailoring: handles({ params: IdParamsSchema }, async ({ auth, params, deps }) => ({
      status: 200,
      body: await getTailoring(await deps(), auth.tenantId, params.id),
    })),
    exportTailoring: handles(
      { params: IdParamsSchema, query: TailoringExportQuerySchema },
      async ({ auth, params, query, deps }) => {
        const file = await exportTailoring(await deps(), auth.tenantId, params.id, query.format);
        return attachment(file);
      },
    ),
  },
  dependencies(storage, sfn, tailorName),
);
