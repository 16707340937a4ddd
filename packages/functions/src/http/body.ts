import { InputError, TooLargeError, UnsupportedError } from "@futodama/core";
import Busboy from "busboy";

export interface UploadedFile {
  filename: string;
  contentType: string;
  bytes: Uint8Array;
}

type Headers = Record<string, string | undefined>;

export function header(headers: Headers, name: string): string | undefined {
  return headers[name] ?? headers[name.toLowerCase()];
}

function rawBody(body: string | undefined, isBase64Encoded: boolean): Buffer {
  if (!body) return Buffer.alloc(0);
  return isBase64Encoded ? Buffer.from(body, "base64") : Buffer.from(body, "utf8");
}

/** A JSON body: content type, emptiness and syntax each get their own code. */
export function parseJsonBody(headers: Headers, body: string | undefined, isBase64Encoded: boolean): unknown {
  const type = header(headers, "content-type") ?? "";
  const raw = rawBody(body, isBase64Encoded);
  if (raw.length === 0) throw new InputError("request.empty_body", "The request body is empty; send JSON");
  if (!/^application\/(.+\+)?json\b/i.test(type)) {
    throw new UnsupportedError("request.unsupported_media_type", "Send the body as application/json", {
      details: { received: type || null },
    });
  }
  try {
    return JSON.parse(raw.toString("utf8"));
  } catch (error) {
    throw new InputError("request.invalid_json", "The request body is not valid JSON", { cause: error });
  }
}

/**
 * The `file` field of a multipart/form-data body. Busboy enforces the size limit while
 * streaming, so an oversized file is refused without being held whole.
 */
export interface MultipartLimits {
  /** The largest file accepted at all (MAX_UPLOAD_BYTES). */
  maxFileBytes: number;
  /** The largest multipart body API Gateway can hand a Lambda (MAX_MULTIPART_BYTES). */
  maxBodyBytes: number;
  /** Where files too big for a request go instead (e.g. /api/resumes/presign). */
  presignPath?: string | undefined;
}

export async function parseMultipartFile(
  headers: Headers,
  body: string | undefined,
  isBase64Encoded: boolean,
  limits: MultipartLimits,
): Promise<UploadedFile> {
  const [file] = await parseMultipartFiles(headers, body, isBase64Encoded, limits, 1);
  if (file === undefined) {
    throw new InputError("upload.missing_file", "Send the document in the multipart field `file`");
  }
  if (file.bytes.length === 0) throw new InputError("upload.empty", "The uploaded file is empty");
  return file;
}

/**
 * Up to `maxFiles` files of the fields `file` or `files` (issue 13: batch uploads), in the order
 * sent; an empty one is returned as it is (a batch reports it instead of refusing the rest).
 */
export function parseMultipartFiles(
  headers: Headers,
  body: string | undefined,
  isBase64Encoded: boolean,
  limits: MultipartLimits,
  maxFiles: number,
): Promise<UploadedFile[]> {
  const maxBytes = limits.maxFileBytes;
  const type = header(headers, "content-type") ?? "";
  if (!/^multipart\/form-data\b/i.test(type)) {
    return Promise.reject(
      new UnsupportedError(
        "upload.unsupported_media_type",
        "Upload the file as multipart/form-data in the field `file`",
        {
          details: { received: type || null },
        },
      ),
    );
  }
  const length = Number(header(headers, "content-length") ?? Number.NaN);
  if (Number.isFinite(length) && length > maxBytes + 64 * 1024) {
    return Promise.reject(tooLarge(length, maxBytes));
  }
  const raw = rawBody(body, isBase64Encoded);
  if (Math.max(raw.length, Number.isFinite(length) ? length : 0) > limits.maxBodyBytes) {
    return Promise.reject(usePresigned(limits));
  }
  if (raw.length === 0)
    return Promise.reject(new InputError("upload.missing_file", "The request has no body"));

  return new Promise((resolve, reject) => {
    let busboy: Busboy.Busboy;
    try {
      busboy = Busboy({
        headers: { "content-type": type },
        // Browsers send the filename as raw UTF-8; busboy's default (latin1) garbles `Søren`.
        defParamCharset: "utf8",
        limits: { fileSize: maxBytes, files: maxFiles, fields: 20 },
      });
    } catch (error) {
      reject(new InputError("upload.malformed", "The multipart body is malformed", { cause: error }));
      return;
    }
    const found: Promise<UploadedFile>[] = [];
    let tooMany = false;
    busboy.on("filesLimit", () => {
      tooMany = maxFiles > 1;
    });
    busboy.on("file", (field, stream, info) => {
      if ((field !== "file" && field !== "files") || found.length >= maxFiles) {
        stream.resume();
        return;
      }
      const file = new Promise<UploadedFile>((done, fail) => {
        const chunks: Buffer[] = [];
        stream.on("data", (chunk: Buffer) => chunks.push(chunk));
        stream.on("limit", () => fail(tooLarge(undefined, maxBytes)));
        stream.on("end", () =>
          done({
            filename: info.filename || "upload",
            contentType: info.mimeType,
            bytes: Buffer.concat(chunks),
          }),
        );
      });
      file.catch(() => undefined);
      found.push(file);
    });
    busboy.on("error", (error) =>
      reject(new InputError("upload.malformed", "The multipart body is malformed", { cause: error })),
    );
    busboy.on("close", () => {
      if (tooMany) {
        reject(
          new InputError("upload.too_many_files", `At most ${maxFiles} files a request`, {
            details: { maxFiles },
          }),
        );
        return;
      }
      Promise.all(found).then(resolve, reject);
    });
    busboy.end(raw);
  });
}

/** Issue 9: a file the API accepts, in a request bigger than API Gateway can pass to a Lambda. */
function usePresigned(limits: MultipartLimits): TooLargeError {
  const mb = (limits.maxBodyBytes / 1_000_000).toFixed(1);
  const where = limits.presignPath
    ? `POST ${limits.presignPath}, then PUT the file to the URL it returns`
    : "a smaller file";
  return new TooLargeError(
    "upload.use_presigned",
    `The request is over the ${mb} MB an upload through the API can carry; for this file use ${where}`,
    {
      details: {
        limitBytes: limits.maxBodyBytes,
        ...(limits.presignPath ? { presign: limits.presignPath } : {}),
      },
    },
  );
}

function tooLarge(size: number | undefined, maxBytes: number): TooLargeError {
  return new TooLargeError(
    "upload.too_large",
    `The file is over the ${Math.round(maxBytes / 1024 / 1024)} MB limit; use a presigned upload for large files`,
    { details: { limitBytes: maxBytes, ...(size === undefined ? {} : { sizeBytes: size }) } },
  );
}
