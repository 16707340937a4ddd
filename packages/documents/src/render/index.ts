import type { ResumeCardV1 } from "@futodama/core";
import { DOCX_MIME } from "../sniff";
import { renderMarkdown } from "./markdown";
import { resumeLayout } from "./resume-layout";

export type { Block, Layout } from "./blocks";
export { renderMarkdown } from "./markdown";
export { resumeLayout } from "./resume-layout";

export const exportFormats = ["md", "docx", "pdf"] as const;
export type ExportFormat = (typeof exportFormats)[number];

export interface RenderedDocument {
  bytes: Uint8Array;
  contentType: string;
  extension: ExportFormat;
}

const contentTypes: Record<ExportFormat, string> = {
  md: "text/markdown; charset=utf-8",
  docx: DOCX_MIME,
  pdf: "application/pdf",
};

/**
 * A Resume Card as an ATS-friendly single-column Markdown, DOCX or PDF document. The DOCX and PDF
 * writers (docx, pdfkit and fontkit: ~1 MB of a bundle) are imported by the export that uses
 * them, so a function's cold start evaluates neither (the bundler keeps them in the same file,
 * initialised on first use).
 */
export async function renderResume(card: ResumeCardV1, format: ExportFormat): Promise<RenderedDocument> {
  const layout = resumeLayout(card);
  const title = card.personal_info.name ?? "CV";
  const bytes =
    format === "md"
      ? new TextEncoder().encode(renderMarkdown(layout))
      : format === "docx"
        ? await (await import("./docx")).renderDocx(layout, { title })
        : await (await import("./pdf")).renderPdf(layout);
  return { bytes, contentType: contentTypes[format], extension: format };
}
