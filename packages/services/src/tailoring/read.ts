import { ConflictError, InputError, ResumeTailorV1Schema } from "@futodama/core";
import { type ExportFormat, exportFormats, renderResume } from "@futodama/documents";
import type { TailoringFilter } from "@futodama/storage";
import type { ServiceDeps } from "../deps";
import { loadTailoring } from "./inputs";
import { type TailoringView, toTailoringView } from "./views";

export interface TailoringExport {
  bytes: Uint8Array;
  contentType: string;
  /** `<candidate-name>-tailored.<ext>`, ASCII only (safe in a Content-Disposition header). */
  filename: string;
}

/** A tailoring of this tenant: progress, and once done its bundle (404 otherwise). */
export async function getTailoring(deps: ServiceDeps, tenantId: string, id: string): Promise<TailoringView> {
  return toTailoringView(await loadTailoring(deps, tenantId, id));
}

/** "Åse Ødegård" → "Ase-Odegard": letters and digits only, so any client can save the file. */
export function filenameStem(name: string | null | undefined): string {
  const ascii = (name ?? "")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[øØ]/g, (c) => (c === "ø" ? "o" : "O"))
    .replace(/[æÆ]/g, (c) => (c === "æ" ? "ae" : "AE"))
    .replace(/ß/g, "ss")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
  return ascii.length > 0 ? ascii : "cv";
}

function isExportFormat(format: string): format is ExportFormat {
  return (exportFormats as readonly string[]).includes(format);
}

/** The tailored CV rendered as Markdown, DOCX or PDF (400 unknown format, 404, 409 until done). */
export async function exportTailoring(
  deps: ServiceDeps,
  tenantId: string,
  id: string,
  format: string,
): Promise<TailoringExport> {
  if (!isExportFormat(format)) {
    throw new InputError(
      "tailoring.unknown_format",
      `Unknown export format "${format}"; use one of ${exportFormats.join(", ")}`,
      { details: { format, allowed: [...exportFormats] } },
    );
  }
  const tailoring = await loadTailoring(deps, tenantId, id);
  if (tailoring.status !== "done" || tailoring.bundle === null) {
    throw new ConflictError(
      "tailoring.not_ready",
      tailoring.status === "failed"
        ? `The tailoring failed (${tailoring.error ?? "unknown reason"}); there is nothing to export`
        : `The tailoring is still ${tailoring.status}; export it once it is done`,
      { details: { tailoringId: id, status: tailoring.status } },
    );
  }
  const card = ResumeTailorV1Schema.parse(tailoring.bundle).tailored_card;
  const rendered = await renderResume(card, format);
  return {
    bytes: rendered.bytes,
    contentType: rendered.contentType,
    filename: `${filenameStem(card.personal_info?.name)}-tailored.${rendered.extension}`,
  };
}

/** A tailoring in a list: everything but the bundle (GET /api/tailorings/{id} has it). */
export type TailoringSummary = Omit<TailoringView, "bundle">;

/** GET /api/tailorings?jobId=&resumeId=: newest first. */
export async function listTailorings(
  deps: ServiceDeps,
  tenantId: string,
  filter: TailoringFilter,
): Promise<{ items: TailoringSummary[]; nextCursor: string | null }> {
  const page = await deps.storage.listTailorings(tenantId, filter);
  return {
    items: page.items.map((record) => {
      const { bundle: _bundle, ...summary } = toTailoringView(record);
      return summary;
    }),
    nextCursor: page.nextCursor,
  };
}
