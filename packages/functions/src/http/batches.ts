import { exportBatch, getBatchView } from "@futodama/services/batch";
import { storage } from "@futodama/services/capabilities/storage";
import type { z } from "zod";
import { dependencies } from "../deps";
import type { BatchExportQuerySchema } from "./batch-schemas";
import { createDomainHandler } from "./router";

/** Lambda entry: the batches router (progress, export). */
export const handler = createDomainHandler(
  "batches",
  {
    getBatch: async ({ auth, params, deps }) => ({
      status: 200,
      body: await getBatchView(await deps(), auth.tenantId, (params as { id: string }).id),
    }),
    exportBatch: async ({ auth, params, query, deps }) => {
      const { format } = query as z.infer<typeof BatchExportQuerySchema>;
      const file = await exportBatch(await deps(), auth.tenantId, (params as { id: string }).id, format);
      return {
        status: 200,
        bytes: file.bytes,
        headers: {
          "content-type": file.contentType,
          "content-disposition": `attachment; filename="${file.filename}"`,
          // Candidates' contact details: no shared cache keeps a copy.
          "cache-control": "private, no-store",
        },
      };
    },
  },
  dependencies(storage),
);
