import type {
  CreativeJobV1,
  ExtractedDocument,
  JobCardV1,
  ResumeCardV1,
} from "../../packages/core/src/index";
import * as core from "../../packages/core/src/index";
import * as documents from "../../packages/documents/src/index";
import { documentOcr, terminateOcr } from "../../packages/documents/src/ocr/entry";

/**
 * The project's parse path: extractDocument (any format) or, before it existed, extractText
 * (plain text and Markdown only), found at run time; then parseResume / parseJob.
 * `--extractor=text` forces the older extractor, for a baseline. (The first baseline's minimal
 * card builders are gone; their numbers stay in docs/benchmarks.md.)
 */

/**
 * A file with text is read in milliseconds; a scan gets what the ingest workflow's OcrText step
 * gives it, so a long scan is scored on what OCR reads, not failed at a text file's 20 s.
 */
const limits = { timeoutMs: documents.scanTimeoutMs };

type Extract = (
  bytes: Uint8Array,
  options: { filename?: string; ocr?: documents.DocumentOcr; limits?: { timeoutMs: number } },
) => Promise<ExtractedDocument>;
type ParseResume = (doc: ExtractedDocument) => ResumeCardV1;
type ParseJob = (doc: ExtractedDocument) => JobCardV1 | CreativeJobV1;

export interface Pipeline {
  extractor: "extractDocument" | "extractText";
  resumeParser: "parseResume";
  jobParser: "parseJob";
  extract(bytes: Uint8Array, filename: string): Promise<ExtractedDocument>;
  parseResume: ParseResume;
  parseJob: ParseJob;
  close(): Promise<void>;
}

function found<T>(module: object, name: string): T | null {
  const value: unknown = Reflect.get(module, name);
  return typeof value === "function" ? (value as T) : null;
}

function textOnly(bytes: Uint8Array, filename: string): ExtractedDocument {
  const { text, mime } = documents.extractText(bytes, filename);
  const lines = text.split("\n").map((line) => ({ text: line, page: 1 }));
  return core.documentFromLines(lines, { mime, method: "plain-text", language: null, warnings: [] });
}

export function resolvePipeline(options: { textOnly: boolean }): Pipeline {
  const extractDocument = options.textOnly ? null : found<Extract>(documents, "extractDocument");
  return {
    extractor: extractDocument ? "extractDocument" : "extractText",
    resumeParser: "parseResume",
    jobParser: "parseJob",
    extract: async (bytes, filename) =>
      extractDocument
        ? extractDocument(bytes, { filename, ocr: documentOcr(), limits })
        : textOnly(bytes, filename),
    parseResume: (doc) => core.parseResume(doc),
    parseJob: (doc) => core.parseJob(doc),
    close: terminateOcr,
  };
}
