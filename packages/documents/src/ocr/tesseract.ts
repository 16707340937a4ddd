import type { EventEmitter } from "node:events";
import { copyFileSync, existsSync, mkdirSync, rmSync, symlinkSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { InputError, InternalError, isAppError } from "@futodama/core";
import type { Worker } from "tesseract.js";
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

/*
 * Everything tesseract needs is found from this module's own location: in a Lambda that is
 * `/var/task/bundle.mjs`, and tesseract.js and the language packages are installed next to it
 * (`/var/task/node_modules`, nodejs.install of the "ocr" data kind); in the repository it is the
 * workspace's node_modules. Nothing is fetched from a CDN.
 */
const requireHere = createRequire(import.meta.url);

/** Resolves an installed file, or says plainly which package the function lacks. */
function installed(specifier: string): string {
  try {
    return requireHere.resolve(specifier);
  } catch (cause) {
    throw new InternalError(
      "document.ocr_unavailable",
      "Text recognition (OCR) is not available in this deployment; upload a text PDF or DOCX",
      { cause, details: { missing: specifier } },
    );
  }
}

/**
 * tesseract.js takes ONE langPath; each @tesseract.js-data package holds one language, and
 * without langPath it would fetch from a CDN. So the installed files are linked into one
 * directory under the OS temp dir (writable on Lambda too).
 */
function assembleLangPath(languages: string[]): string {
  const dir = join(tmpdir(), "futodama-tessdata");
  mkdirSync(dir, { recursive: true });
  for (const lang of languages) {
    const target = join(dir, `${lang}.traineddata.gz`);
    if (existsSync(target)) continue;
    const source = join(
      dirname(installed(`@tesseract.js-data/${lang}/package.json`)),
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
    // A thread that died is dropped: the next image starts a new one.
    const retire = () => {
      worker = null;
    };
    worker ??= startWorker(languages, options.langPath, retire).catch((error: unknown) => {
      worker = null;
      throw ocrFailure(error);
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
      const starting = start();
      const w = await starting;
      // Thrown away while it started (abort, deadline, shutdown): a dead worker takes no job.
      if (worker !== starting) {
        throw new InternalError("document.ocr_failed", "Text recognition (OCR) was stopped; try again later");
      }
      const job = w.recognize(Buffer.from(image), {}, { text: true, blocks: true });
      // If the worker is thrown away (abort, deadline) the job fails later: never unhandled.
      job.catch(() => undefined);
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

/*
 * tesseract.js sets `worker.onerror` on a Node worker thread, which Node never calls: an error
 * event of the thread (its script missing, the WASM core failing) would be an uncaught
 * exception that kills the whole process. So the script is resolved before the thread starts
 * (a missing file is a typed error), and once started an error listener retires the worker.
 */
async function startWorker(
  languages: string[],
  langPath: string | undefined,
  onThreadError: () => void,
): Promise<Worker> {
  const workerPath = installed("tesseract.js/src/worker-script/node/index.js");
  // Imported with the first scan: a text document never loads tesseract.js.
  const { createWorker, OEM } = await import("tesseract.js");
  const started = await createWorker(languages, OEM.LSTM_ONLY, {
    workerPath,
    langPath: langPath ?? assembleLangPath(languages),
    gzip: true,
    cacheMethod: "none",
    // Without a handler tesseract.js rethrows job failures as uncaught exceptions.
    errorHandler: () => {},
  });
  const thread = (started as unknown as { worker?: EventEmitter }).worker;
  thread?.on("error", onThreadError);
  return started;
}

function ocrFailure(error: unknown): Error {
  if (isAppError(error)) return error;
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
