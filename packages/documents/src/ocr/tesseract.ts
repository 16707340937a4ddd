import { copyFileSync, existsSync, mkdirSync, rmSync, symlinkSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { InputError, InternalError } from "@futodama/core";
import { createWorker, OEM, type Worker } from "tesseract.js";
import type { OcrLine, OcrOptions, OcrProvider, OcrResult } from "./provider";

export interface TesseractOptions {
  /** Tesseract language codes; default eng+dan+ara. */
  languages?: string[];
  /**
   * A directory holding `<lang>.traineddata.gz`. Default: one assembled (symlinks) from the
   * installed @tesseract.js-data packages. Never a URL: OCR must not download anything.
   */
  langPath?: string;
}

export const defaultOcrLanguages = ["eng", "dan", "ara"];

/**
 * tesseract.js takes ONE langPath; each @tesseract.js-data package holds one language, and
 * without langPath it would fetch from a CDN. So the installed files are linked into one
 * directory under the OS temp dir (writable on Lambda too).
 */
function assembleLangPath(languages: string[]): string {
  const require = createRequire(import.meta.url);
  const dir = join(tmpdir(), "futodama-tessdata");
  mkdirSync(dir, { recursive: true });
  for (const lang of languages) {
    const target = join(dir, `${lang}.traineddata.gz`);
    if (existsSync(target)) continue;
    const source = join(
      dirname(require.resolve(`@tesseract.js-data/${lang}/package.json`)),
      "4.0.0_best_int",
      `${lang}.traineddata.gz`,
    );
    // existsSync is false for a dangling link (the store moved after an upgrade): replace it.
    rmSync(target, { force: true });
    try {
      symlinkSync(source, target);
    } catch {
      copyFileSync(source, target);
    }
  }
  return dir;
}

interface TesseractBlock {
  paragraphs: Array<{ lines: Array<{ text: string; confidence: number; bbox: OcrLine["bbox"] }> }>;
}

/** The offline default: one lazily started tesseract worker, reused for every image. */
export function createTesseractOcr(
  options: TesseractOptions = {},
): OcrProvider & { terminate(): Promise<void> } {
  const languages = options.languages ?? defaultOcrLanguages;
  let worker: Promise<Worker> | null = null;
  const start = () => {
    worker ??= createWorker(languages, OEM.LSTM_ONLY, {
      langPath: options.langPath ?? assembleLangPath(languages),
      gzip: true,
      cacheMethod: "none",
      // Without a handler tesseract.js rethrows job failures as uncaught exceptions.
      errorHandler: () => {},
    }).catch((error: unknown) => {
      worker = null;
      throw error;
    });
    return worker;
  };
  const terminate = async () => {
    const current = worker;
    worker = null;
    if (current) await (await current).terminate();
  };
  return {
    name: `tesseract:${languages.join("+")}`,
    terminate,
    async recognize(image: Uint8Array, opts: OcrOptions = {}): Promise<OcrResult> {
      const w = await start();
      const job = w.recognize(Buffer.from(image), {}, { text: true, blocks: true });
      // tesseract cannot be interrupted mid-page: on abort the worker is thrown away instead.
      const onAbort = () => void terminate();
      opts.signal?.addEventListener("abort", onAbort, { once: true });
      try {
        const { data } = await job.catch((error: unknown) => {
          throw ocrFailure(error);
        });
        const blocks = (data.blocks ?? []) as unknown as TesseractBlock[];
        const lines: OcrLine[] = blocks.flatMap((b) =>
          b.paragraphs.flatMap((p) =>
            p.lines.map((l) => ({
              text: l.text.trim(),
              confidence: l.confidence / 100,
              ...(l.bbox ? { bbox: l.bbox } : {}),
            })),
          ),
        );
        return {
          text: data.text,
          confidence: data.confidence / 100,
          lines: lines.filter((l) => l.text !== ""),
        };
      } finally {
        opts.signal?.removeEventListener("abort", onAbort);
      }
    },
  };
}

function ocrFailure(error: unknown): Error {
  const reason = error instanceof Error ? error.message : String(error);
  if (/read image/i.test(reason)) {
    return new InputError(
      "document.corrupt",
      "The image is damaged and cannot be read; export it again as PNG or JPEG and re-upload",
      {
        cause: error,
      },
    );
  }
  return new InternalError(
    "document.ocr_failed",
    "Text recognition (OCR) failed on this file; try again later",
    {
      cause: error,
      details: { reason },
    },
  );
}

let shared: ReturnType<typeof createTesseractOcr> | null = null;

/** The module-level default provider (eng+dan+ara), started on first use. */
export function defaultOcr(): OcrProvider {
  shared ??= createTesseractOcr();
  return shared;
}

/** Stops the default worker (tests, graceful shutdown). Safe to call when none is running. */
export async function terminateOcr(): Promise<void> {
  const current = shared;
  shared = null;
  if (current) await current.terminate();
}
