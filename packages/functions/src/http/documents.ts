import type { ServiceDeps } from "@futodama/services/deps";
import {
  createFromText,
  createFromUpload,
  type UploadResult,
} from "@futodama/services/document/create-from-upload";
import { presignUpload } from "@futodama/services/document/presigned";
import { retryDocument } from "@futodama/services/document/retry";
import { getRecord, listRecords } from "@futodama/services/record";
import type { DocumentKind, ListFilter } from "@futodama/storage";
import type { z } from "zod";
import { JobListQuerySchema, ResumeListQuerySchema } from "./list-schemas";
import { recordEditHandlers } from "./record-edit-handlers";
import type { HttpResult, RouteHandler } from "./router";
import { CreateFromTextSchema, IdParamsSchema, PresignRequestSchema } from "./schemas";
import { handles } from "./typed-handler";

function accepted({ record, created }: UploadResult): HttpResult {
  return {
    status: created ? 202 : 200,
    body: { id: record.id, documentId: record.documentId, status: record.status, duplicate: !created },
  };
}

type ListQuery = z.output<typeof JobListQuerySchema> | z.output<typeof ResumeListQuerySchema>;

/** The query's filters every list shares, as storage's filter (dates parsed). */
function commonFilter(query: ListQuery): ListFilter {
  const { skill, include, createdAfter, createdBefore, status, q, sort, language, limit, cursor } = query;
  return {
    ...{ status, q, sort, language, limit, cursor },
    skills: skill,
    withCard: include === "card",
    createdAfter: createdAfter ? new Date(createdAfter) : undefined,
    createdBefore: createdBefore ? new Date(createdBefore) : undefined,
  };
}

/** The list route of a kind: its own stage (and origin) names. */
function listHandler(kind: DocumentKind): RouteHandler {
  const list = (deps: ServiceDeps, tenantId: string, filter: ListFilter) =>
    listRecords(deps, tenantId, kind, filter).then((page) => ({ status: 200, body: page }));
  if (kind === "job") {
    return handles({ query: JobListQuerySchema }, async ({ auth, query, deps }) =>
      list(await deps(), auth.tenantId, { ...commonFilter(query), stage: query.jobStatus }),
    );
  }
  return handles({ query: ResumeListQuerySchema }, async ({ auth, query, deps }) =>
    list(await deps(), auth.tenantId, {
      ...commonFilter(query),
      stage: query.pipelineStatus,
      origin: query.source,
    }),
  );
}

/** The handlers shared by the jobs and resumes routers: same verbs, different noun. */
export function documentHandlers(kind: DocumentKind, Noun: "Job" | "Resume"): Record<string, RouteHandler> {
  return {
    ...recordEditHandlers(kind, Noun),
    [`create${Noun}FromText`]: handles({ body: CreateFromTextSchema }, async ({ auth, body, deps }) =>
      accepted(
        await createFromText(await deps(), {
          tenantId: auth.tenantId,
          kind,
          ...body,
          requestedBy: auth.subject,
        }),
      ),
    ),
    [`upload${Noun}`]: handles({}, async ({ auth, file, deps }) => {
      // The router reads a multipart route's file before the handler runs (or answers 400).
      if (!file) throw new Error("multipart route without a file");
      return accepted(
        await createFromUpload(await deps(), {
          tenantId: auth.tenantId,
          kind,
          filename: file.filename,
          bytes: file.bytes,
          source: "api",
          requestedBy: auth.subject,
        }),
      );
    }),
    [`presign${Noun}Upload`]: handles({ body: PresignRequestSchema }, async ({ auth, body, deps }) => {
      const upload = await presignUpload(await deps(), {
        tenantId: auth.tenantId,
        kind,
        filename: body.filename,
        contentType: body.contentType,
        sizeBytes: body.size,
        requestedBy: auth.subject,
      });
      return { status: 201, body: upload };
    }),
    [`list${Noun}s`]: listHandler(kind),
    [`retry${Noun}`]: handles({ params: IdParamsSchema }, async ({ auth, params, deps }) => {
      const record = await retryDocument(await deps(), auth.tenantId, kind, params.id);
      return {
        ...accepted({ record, created: true }),
        headers: { location: `/api/${kind}s/${record.id}` },
      };
    }),
    [`get${Noun}`]: handles({ params: IdParamsSchema }, async ({ auth, params, deps }) => ({
      status: 200,
      body: await getRecord(await deps(), auth.tenantId, kind, params.id),
    })),
  };
}
