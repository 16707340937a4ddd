import {
  createFromText,
  createFromUpload,
  type UploadResult,
} from "@futodama/services/document/create-from-upload";
import { presignUpload } from "@futodama/services/document/presigned";
import { retryDocument } from "@futodama/services/document/retry";
import { getRecord, listRecords } from "@futodama/services/record";
import type { DocumentKind } from "@futodama/storage";
import type { z } from "zod";
import type { RecordListQuery } from "./list-schemas";
import { recordEditHandlers } from "./record-edit-handlers";
import type { HttpResult, RouteHandler } from "./router";
import type { CreateFromTextSchema, PresignRequestSchema } from "./schemas";

function accepted({ record, created }: UploadResult): HttpResult {
  return {
    status: created ? 202 : 200,
    body: { id: record.id, documentId: record.documentId, status: record.status, duplicate: !created },
  };
}

/** The handlers shared by the jobs and resumes routers: same verbs, different noun. */
export function documentHandlers(kind: DocumentKind, Noun: "Job" | "Resume"): Record<string, RouteHandler> {
  return {
    ...recordEditHandlers(kind, Noun),
    [`create${Noun}FromText`]: async ({ auth, body, deps }) => {
      const input = body as z.infer<typeof CreateFromTextSchema>;
      return accepted(await createFromText(await deps(), { tenantId: auth.tenantId, kind, ...input }));
    },
    [`upload${Noun}`]: async ({ auth, file, deps }) =>
      accepted(
        await createFromUpload(await deps(), {
          tenantId: auth.tenantId,
          kind,
          filename: file!.filename,
          bytes: file!.bytes,
          source: "api",
        }),
      ),
    [`presign${Noun}Upload`]: async ({ auth, body, deps }) => {
      const input = body as z.infer<typeof PresignRequestSchema>;
      const upload = await presignUpload(await deps(), {
        tenantId: auth.tenantId,
        kind,
        filename: input.filename,
        contentType: input.contentType,
        sizeBytes: input.size,
      });
      return { status: 201, body: upload };
    },
    [`list${Noun}s`]: async ({ auth, query, deps }) => {
      const { jobStatus, pipelineStatus, source, skill, include, ...q } = query as RecordListQuery;
      const page = await listRecords(await deps(), auth.tenantId, kind, {
        ...q,
        skills: skill,
        withCard: include === "card",
        stage: jobStatus ?? pipelineStatus,
        origin: source,
        createdAfter: q.createdAfter ? new Date(q.createdAfter) : undefined,
        createdBefore: q.createdBefore ? new Date(q.createdBefore) : undefined,
      });
      return { status: 200, body: page };
    },
    [`retry${Noun}`]: async ({ auth, params, deps }) => {
      const id = (params as { id: string }).id;
      const record = await retryDocument(await deps(), auth.tenantId, kind, id);
      return {
        ...accepted({ record, created: true }),
        headers: { location: `/api/${kind}s/${record.id}` },
      };
    },
    [`get${Noun}`]: async ({ auth, params, deps }) => ({
      status: 200,
      body: await getRecord(await deps(), auth.tenantId, kind, (params as { id: string }).id),
    }),
  };
}
