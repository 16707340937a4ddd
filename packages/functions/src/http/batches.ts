import { exportBatch, getBatchView } from "@futodama/services/batch";
import { storage } from "@futodama/services/capabilities/storage";
import { dependencies } from "../deps";
import { attachment } from "./attachment";
import { BatchExportQuerySchema } from "./batch-schemas";
import { createDomainHandler } from "./router";
import { IdParamsSchema } from "./schemas";
import { handles } from "./typed-handler";

/** Lambda entry: the batches router (progress, export). */
export const handler = createDomainHandler(
  "batches",
  {
    getBatch: handles({ params: IdParamsSchema }, async ({ auth, params, deps }) => ({
      status: 200,
      body: await getBatchView(await deps(), auth.tenantId, params.id),
    })),
    exportBatch: handles(
      { params: IdParamsSchema, query: BatchExportQuerySchema },
      async ({ auth, params, query, deps }) => {
        const file = await exportBatch(await deps(), auth.tenantId, params.id, query.format);
        return attachment(file);
      },
    ),
  },
  dependencies(storage),
);
