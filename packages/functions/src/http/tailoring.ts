import { tailorName } from "@futodama/services/capabilities/ai";
import { sfn } from "@futodama/services/capabilities/sfn";
import { storage } from "@futodama/services/capabilities/storage";
import {
  exportTailoring,
  getTailoring,
  listTailorings,
  tailorResumeToJob,
} from "@futodama/services/tailoring";
import type { z } from "zod";
import { dependencies } from "../deps";
import { createDomainHandler } from "./router";
import type {
  TailoringExportQuerySchema,
  TailoringListQuerySchema,
  TailorResumeBodySchema,
} from "./tailoring-schemas";

/** Lambda entry: the tailoring router (start, result, export). */
export const handler = createDomainHandler(
  "tailoring",
  {
    tailorResume: async ({ auth, body, deps }) => {
      const input = body as z.infer<typeof TailorResumeBodySchema>;
      return { status: 202, body: await tailorResumeToJob(await deps(), auth.tenantId, input) };
    },
    listTailorings: async ({ auth, query, deps }) => {
      const filter = query as z.infer<typeof TailoringListQuerySchema>;
      return { status: 200, body: await listTailorings(await deps(), auth.tenantId, filter) };
    },
    getTailoring: async ({ auth, params, deps }) => {
      const id = (params as { id: string }).id;
      return { status: 200, body: await getTailoring(await deps(), auth.tenantId, id) };
    },
    exportTailoring: async ({ auth, params, query, deps }) => {
      const { format } = query as z.infer<typeof TailoringExportQuerySchema>;
      const id = (params as { id: string }).id;
      const file = await exportTailoring(await deps(), auth.tenantId, id, format);
      return {
        status: 200,
        bytes: file.bytes,
        headers: {
          "content-type": file.contentType,
          "content-disposition": `attachment; filename="${file.filename}"`,
          // A CV is personal data: no shared cache keeps a copy.
          "cache-control": "private, no-store",
        },
      };
    },
  },
  dependencies(storage, sfn, tailorName),
);
