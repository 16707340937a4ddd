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
 * The project's parse path, found at run time so the bench runs at every stage of the build:
 * extractDocument (any format) or, before it existed, extractText (plain text and Markdown
 * only); parseResume/parseJob or the minimal builders. `--parser=minimal` and
 * `--extractor=text` force the older paths, for a baseline.
 */

type Extract = (
  bytes: Uint8Array,
  options: { filename?: string; ocr?: documents.DocumentOcr },
) => Promise<ExtractedDocument>;
type ParseResume = (doc: ExtractedDocument) => ResumeCardV1;
type ParseJob = (doc: ExtractedDocument) => JobCardV1 | CreativeJobV1;

export interface Pipeline {
  extractor: "extractDocument" | "extractText";
  resumeParser: "parseResume" | "buildMinimalResumeCard";
  jobParser: "parseJob" | "buildMinimalJobCard";
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

export function resolvePipeline(options: { minimal: boolean; textOnly: boolean }): Pipeline {
  const extractDocument = options.textOnly ? null : found<Extract>(documents, "extractDocument");
  const parseResume = options.minimal ? null : found<ParseResume>(core, "parseResume");
  const parseJob = options.minimal ? null : found<ParseJob>(core, "parseJob");
  return {
    extractor: extractDocument ? "extractDocument" : "extractText",
    resumeParser: parseResume ? "parseResume" : "buildMinimalResumeCard",
    jobParser: parseJob ? "parseJob" : "buildMinimalJobCard",
    extract: async (bytes, filename) =>
      extractDocument ? extractDocument(bytes, { filename, ocr: documentOcr() }) : textOnly(bytes, filename),
    parseResume: parseResume ?? ((doc) => core.buildMinimalResumeCard(doc.text)),
    parseJob: parseJob ?? ((doc) => core.buildMinimalJobCard(doc.text)),
    close: terminateOcr,
  };
}
