import { NotFoundError } from "@futodama/core";
import type {
  CardRecord,
  DocumentKind,
  JobSummary,
  ListedRecord,
  ListFilter,
  ParseStatus,
  ResumeSummary,
} from "@futodama/storage";
import type { ServiceDeps } from "../deps";
import { genericFailureCodes } from "../shared/failure";

/** What the API shows of a job or a resume. */
export interface RecordView {
  id: string;
  documentId: string;
  kind: DocumentKind;
  status: ParseStatus;
  title: string | null;
  filename: string;
  language: string | null;
  /** jobs: open | on_hold | closed. */
  jobStatus?: string;
  /** resumes: the candidate's pipeline stage and where they came from. */
  pipelineStatus?: string;
  source?: string;
  card?: unknown;
  /** List items: a few fields of the card instead of the card (unless asked for). */
  summary?: JobSummary | ResumeSummary;
  error?: string;
  errorCode?: string;
  createdAt: string;
  updatedAt: string;
}

export function toView(record: CardRecord): RecordView {
  return {
    id: record.id,
    documentId: record.documentId,
    kind: record.kind,
    status: record.status,
    title: record.title,
    filename: record.filename,
    language: record.language,
    ...(record.kind === "job"
      ? { jobStatus: record.stage }
      : { pipelineStatus: record.stage, source: record.origin }),
    ...(record.status === "parsed" && record.card !== null ? { card: record.card } : {}),
    ...(record.status === "failed"
      ? {
          error: record.error ?? "Processing failed",
          errorCode: record.errorCode ?? genericFailureCodes.stepFailed,
        }
      : {}),
    createdAt: record.createdAt.toISOString(),
    updatedAt: record.updatedAt.toISOString(),
  };
}

export async function getRecord(
  deps: ServiceDeps,
  tenantId: string,
  kind: DocumentKind,
  id: string,
): Promise<RecordView> {
  // Only shown: the shared, frozen record that an unchanged tenant's gets are answered with.
  const record = await deps.storage.readRecord(tenantId, kind, id);
  // Another tenant's id is indistinguishable from an id that does not exist.
  if (record === null) throw new NotFoundError(`${kind}.not_found`, `No ${kind} with id ${id}`);
  return toView(record);
}

/** A list item: the record with its summary once parsed (and the card when it was asked for). */
export function toListView(record: ListedRecord): RecordView {
  return { ...toView(record), ...(record.summary !== null ? { summary: record.summary } : {}) };
}

export async function listRecords(
  deps: ServiceDeps,
  tenantId: string,
  kind: DocumentKind,
  filter: ListFilter,
): Promise<{ items: RecordView[]; nextCursor: string | null; total: number }> {
  const page = await deps.storage.listRecords(tenantId, kind, filter);
  return { items: page.items.map(toListView), nextCursor: page.nextCursor, total: page.total };
}
