import { TooLargeError } from "@futodama/core";

/**
 * Every guard extraction applies, in one object. Codes a user can see when a guard trips:
 * - `document.too_large` (maxBytes, and maxTextChars: the text read from it), `document.too_many_pages` (maxPages),
 * - `document.zip_bomb` (maxUncompressedBytes, maxZipEntries, maxCompressionRatio),
 * - `document.image_too_large` (maxImagePixels), `document.timeout` (timeoutMs).
 * `maxOcrPages` is deliberately a warning, not an error: a scanned CV's first pages hold what
 * matters, so the first N pages are OCR'd and the document says which pages were skipped.
 */
export interface ExtractionLimits {
  maxBytes: number;
  /**
   * Characters of text a document may hold: far beyond any CV or job description (those are
   * 2–100 thousand), and what keeps every step's artefact (document.json, ~3 bytes a character)
   * well within what one S3 PUT and the local emulator (11 MiB) take.
   */
  maxTextChars: number;
  maxPages: number;
  maxOcrPages: number;
  timeoutMs: number;
  maxUncompressedBytes: number;
  maxZipEntries: number;
  maxCompressionRatio: number;
  maxImagePixels: number;
}

export const defaultExtractionLimits: Readonly<ExtractionLimits> = Object.freeze({
  maxBytes: 10 * 1024 * 1024,
  maxTextChars: 1_000_000,
  maxPages: 20,
  maxOcrPages: 5,
  timeoutMs: 20_000,
  maxUncompressedBytes: 50 * 1024 * 1024,
  maxZipEntries: 2_000,
  maxCompressionRatio: 200,
  maxImagePixels: 40_000_000,
});

/**
 * How long a scan may take to be read in the ingest workflow's OCR step, where the 20 s of
 * `timeoutMs` (parsing a file) is far too short: OCR takes seconds a page with tesseract and a
 * model call a page with vision (each call bounded at 60 s), up to `maxOcrPages` pages. The
 * OcrText Lambda's timeout (workflow's documentIngestTaskTimeouts) leaves a minute beyond it.
 */
export const scanTimeoutMs = defaultExtractionLimits.maxOcrPages * 60_000;

export function resolveLimits(overrides: Partial<ExtractionLimits> = {}): ExtractionLimits {
  const limits = { ...defaultExtractionLimits };
  for (const [key, value] of Object.entries(overrides) as Array<
    [keyof ExtractionLimits, number | undefined]
  >) {
    if (value !== undefined) limits[key] = value;
  }
  return limits;
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, "")} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

export function assertSize(size: number, limits: ExtractionLimits): void {
  if (size > limits.maxBytes) {
    throw new TooLargeError(
      "document.too_large",
      `The file is ${formatBytes(size)}; the limit is ${formatBytes(limits.maxBytes)}. Upload a smaller file (e.g. a PDF without large images)`,
      { details: { sizeBytes: size, limitBytes: limits.maxBytes } },
    );
  }
}

/** Text beyond `maxTextChars` is a size problem, and says so (never a store or parse failure). */
export function assertTextLength(chars: number, limits: ExtractionLimits): void {
  if (chars > limits.maxTextChars) {
    const count = new Intl.NumberFormat("en-GB");
    throw new TooLargeError(
      "document.too_large",
      `The document holds ${count.format(chars)} characters of text; the limit is ${count.format(limits.maxTextChars)}. Upload the CV or job description on its own`,
      { details: { chars, limitChars: limits.maxTextChars } },
    );
  }
}

/**
 * A deadline for one document: aborts on the caller's signal or after `timeoutMs`. Work in
 * between awaits checks it; `race` makes a hung promise give up.
 */
export class Deadline {
  readonly signal: AbortSignal;
  readonly #timeoutMs: number;
  readonly #timeout: AbortSignal;

  constructor(timeoutMs: number, outer?: AbortSignal) {
    this.#timeoutMs = timeoutMs;
    this.#timeout = AbortSignal.timeout(timeoutMs);
    this.signal = outer ? AbortSignal.any([outer, this.#timeout]) : this.#timeout;
  }

  /** Throws the typed error (timeout) or the caller's abort reason. */
  check(): void {
    if (!this.signal.aborted) return;
    throw this.error();
  }

  error(): unknown {
    if (this.#timeout.aborted) {
      return new TooLargeError(
        "document.timeout",
        `Reading the document took longer than ${Math.round(this.#timeoutMs / 1000)} s; it is too complex. Export it again as a simpler PDF or DOCX and upload that`,
        { details: { timeoutMs: this.#timeoutMs } },
      );
    }
    return this.signal.reason;
  }

  race<T>(promise: Promise<T>): Promise<T> {
    // Given up on, the work may still fail later: that must not become an unhandled rejection
    // (which ends a Lambda's process), whether the deadline had passed already or passes now.
    promise.catch(() => undefined);
    this.check();
    return new Promise<T>((resolve, reject) => {
      const onAbort = () => reject(this.error());
      this.signal.addEventListener("abort", onAbort, { once: true });
      promise.then(
        (value) => {
          this.signal.removeEventListener("abort", onAbort);
          resolve(value);
        },
        (error: unknown) => {
          this.signal.removeEventListener("abort", onAbort);
          reject(error);
        },
      );
    });
  }
}
