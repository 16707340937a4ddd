import type { ExtractedDocument, ResumeCardV1 } from "../../packages/core/src/index";
import { resolvePipeline } from "./pipeline";
import { type RealCv, type RealField, type Recall, scoreCv } from "./real-cvs";
import { type RealFormat, realCvFile } from "./real-formats";

/**
 * Each real CV through the project's own path: its text goes in as an upload (a .txt, or the PDF
 * or DOCX real-formats.ts sets it in) through extractDocument, then parseResume (what buildCard
 * runs before the rules provider, which only adds warnings).
 */

export interface ScoredCv {
  id: string;
  text: string;
  card: ResumeCardV1 | null;
  /** What the parser read (kept so a diagnosis can see its lines). */
  doc: ExtractedDocument | null;
  error: string | null;
  fields: Record<RealField, Recall>;
  ms: number;
}

export async function parseRealCvs(cvs: RealCv[], format: RealFormat = "txt"): Promise<ScoredCv[]> {
  const pipeline = resolvePipeline({ textOnly: false });
  const out: ScoredCv[] = [];
  try {
    for (const cv of cvs) {
      const file = await realCvFile(cv, format);
      const started = performance.now();
      let card: ResumeCardV1 | null = null;
      let doc: ExtractedDocument | null = null;
      let error: string | null = null;
      try {
        doc = await pipeline.extract(file.bytes, file.filename);
        card = pipeline.parseResume(doc);
      } catch (e) {
        error = e instanceof Error ? e.message : String(e);
      }
      out.push({
        id: cv.id,
        text: cv.text,
        card,
        doc,
        error,
        fields: scoreCv(cv, card),
        ms: performance.now() - started,
      });
    }
  } finally {
    await pipeline.close();
  }
  return out;
}
