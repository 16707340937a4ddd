import type { BatchRecord } from "@futodama/storage";
import { stringify } from "csv-stringify/sync";
import type { ServiceDeps } from "../deps";
import { getBatchView } from "./upload";

export type BatchExportFormat = "csv" | "json";

type Row = Record<string, string | number | null>;

const joined = (values: Array<string | null | undefined>, max = 20) =>
  values
    .filter((v): v is string => typeof v === "string" && v.length > 0)
    .slice(0, max)
    .join("; ");

interface Located {
  location?: { city?: string | null; country?: string | null; raw?: string | null } | null;
}
const placeOf = (located: Located | null | undefined) =>
  located?.location?.raw ?? joined([located?.location?.city, located?.location?.country], 2);

/** The main fields of a parsed CV: who, where, how long, what (the card stays in the JSON export). */
function resumeRow(record: BatchRecord): Row {
  const card = (record.card ?? {}) as {
    personal_info?: Located & {
      name?: string | null;
      email?: string | null;
      phone?: string | null;
      headline?: string | null;
    };
    total_years_experience?: number | null;
    skills?: Array<{ name?: string }>;
    languages?: Array<{ language?: string }>;
    work_experience?: Array<{ title?: string | null; company?: string | null }>;
  };
  const latest = card.work_experience?.[0];
  return {
    recordId: record.recordId,
    documentId: record.documentId,
    filename: record.filename,
    name: card.personal_info?.name ?? record.title,
    email: card.personal_info?.email ?? null,
    phone: card.personal_info?.phone ?? null,
    location: placeOf(card.personal_info) || null,
    headline: card.personal_info?.headline ?? null,
    currentTitle: latest?.title ?? null,
    currentCompany: latest?.company ?? null,
    totalYearsExperience: card.total_years_experience ?? null,
    skills: joined((card.skills ?? []).map((s) => s.name)),
    languages: joined((card.languages ?? []).map((l) => l.language)),
    language: record.language,
  };
}

/** The main fields of a parsed job: what, where, what it asks for. */
function jobRow(record: BatchRecord): Row {
  const card = (record.card ?? {}) as {
    basics?: Located & {
      title?: string | null;
      company?: string | null;
      seniority?: string | null;
      work_mode?: string | null;
      employment_type?: string | null;
    };
    requirements?: { must_have?: Array<{ text?: string }>; nice_to_have?: Array<{ text?: string }> };
    years_required?: number | null;
  };
  return {
    recordId: record.recordId,
    documentId: record.documentId,
    filename: record.filename,
    title: card.basics?.title ?? record.title,
    company: card.basics?.company ?? null,
    location: placeOf(card.basics) || null,
    seniority: card.basics?.seniority ?? null,
    workMode: card.basics?.work_mode ?? null,
    employmentType: card.basics?.employment_type ?? null,
    yearsRequired: card.years_required ?? null,
    mustHave: joined((card.requirements?.must_have ?? []).map((r) => r.text)),
    niceToHave: joined((card.requirements?.nice_to_have ?? []).map((r) => r.text)),
    language: record.language,
  };
}

/** Spreadsheets run a cell that starts with = + - @ as a formula (CSV injection): quote it as text. */
const defused = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

/**
 * `GET /api/batch/:id/export`: the batch's parsed records, one row each with the card's main
 * fields, as CSV (RFC 4180, csv-stringify; formula-looking cells defused) or JSON (the rows plus
 * each record's whole card).
 */
export async function exportBatch(
  deps: Pick<ServiceDeps, "storage">,
  tenantId: string,
  batchId: string,
  format: BatchExportFormat,
): Promise<{ bytes: Uint8Array; contentType: string; filename: string }> {
  const batch = await getBatchView(deps, tenantId, batchId);
  const records = await deps.storage.listBatchRecords(tenantId, batchId, batch.kind);
  const rows = records.map(batch.kind === "resume" ? resumeRow : jobRow);
  const filename = `batch-${batchId}.${format}`;
  if (format === "json") {
    const items = rows.map((row, i) => ({ ...row, card: records[i]?.card ?? null }));
    const body = JSON.stringify({ batch, items });
    return { bytes: new TextEncoder().encode(body), contentType: "application/json", filename };
  }
  const columns = Object.keys(batch.kind === "resume" ? resumeRow(emptyRecord) : jobRow(emptyRecord));
  const csv = stringify(rows, {
    header: true,
    columns,
    cast: { string: defused },
  });
  return { bytes: new TextEncoder().encode(csv), contentType: "text/csv; charset=utf-8", filename };
}

const emptyRecord: BatchRecord = {
  recordId: "",
  documentId: "",
  filename: "",
  title: null,
  language: null,
  card: null,
};
