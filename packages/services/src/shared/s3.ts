import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  type S3Client,
} from "@aws-sdk/client-s3";
import { Upload } from "@aws-sdk/lib-storage";
import { NotFoundError, TooLargeError, TransientError } from "@futodama/core";

function isMissing(error: unknown): boolean {
  const name = (error as { name?: string }).name;
  return name === "NoSuchKey" || name === "NotFound" || name === "NoSuchBucket";
}

function isTooLarge(error: unknown): boolean {
  const { name, $metadata } = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return name === "EntityTooLarge" || $metadata?.httpStatusCode === 413;
}

/**
 * S3 failures other than "missing" and "too large" are transient from a workflow's point of view;
 * a size refusal is a size problem and says so (never "did not answer", which invites a retry).
 */
function wrap(error: unknown, bucket: string, key: string): Error {
  if (isTooLarge(error)) {
    return new TooLargeError("document.too_large", `The file store refused ${key} as too large`, {
      cause: error,
      details: { bucket, key },
    });
  }
  if (isMissing(error)) {
    return new NotFoundError("document.file_missing", `The stored file ${bucket}/${key} no longer exists`, {
      cause: error,
    });
  }
  return new TransientError("storage.s3_unavailable", "The file store did not answer", { cause: error });
}

export async function readObject(s3: S3Client, bucket: string, key: string, maxBytes?: number) {
  try {
    const out = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    if (maxBytes !== undefined && (out.ContentLength ?? 0) > maxBytes) {
      throw new TooLargeError(
        "document.too_large",
        `The file is ${out.ContentLength} bytes; the limit is ${maxBytes} bytes`,
        { details: { sizeBytes: out.ContentLength, limitBytes: maxBytes } },
      );
    }
    const bytes = await out.Body?.transformToByteArray();
    return { bytes: bytes ?? new Uint8Array(), metadata: out.Metadata ?? {}, contentType: out.ContentType };
  } catch (error) {
    if (error instanceof TooLargeError) throw error;
    throw wrap(error, bucket, key);
  }
}

export async function headObject(s3: S3Client, bucket: string, key: string) {
  try {
    const out = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
    return { sizeBytes: out.ContentLength ?? 0, metadata: out.Metadata ?? {}, contentType: out.ContentType };
  } catch (error) {
    throw wrap(error, bucket, key);
  }
}

export async function writeObject(
  s3: S3Client,
  input: {
    bucket: string;
    key: string;
    body: Uint8Array | string;
    contentType: string;
    metadata?: Record<string, string>;
  },
) {
  try {
    await s3.send(
      new PutObjectCommand({
        Bucket: input.bucket,
        Key: input.key,
        Body: input.body,
        ContentType: input.contentType,
        Metadata: input.metadata,
      }),
    );
  } catch (error) {
    throw wrap(error, input.bucket, input.key);
  }
}

/**
 * Parts of a large object: S3's minimum is 5 MiB, and the local emulator takes request bodies of
 * at most 11 MiB (packages/local emulator-guard), so 8 MiB parts work in both.
 */
const PART_BYTES = 8 * 1024 * 1024;

/** A large object (an index snapshot: hundreds of MB) as a multipart upload, four parts at a time. */
export async function writeLargeObject(
  s3: S3Client,
  input: {
    bucket: string;
    key: string;
    body: Uint8Array;
    contentType: string;
    metadata?: Record<string, string>;
  },
): Promise<void> {
  try {
    await new Upload({
      client: s3,
      params: {
        Bucket: input.bucket,
        Key: input.key,
        Body: input.body,
        ContentType: input.contentType,
        Metadata: input.metadata,
      },
      partSize: PART_BYTES,
      queueSize: 4,
    }).done();
  } catch (error) {
    throw wrap(error, input.bucket, input.key);
  }
}

/** Ranged GETs of a large object in flight at once (S3 serves each range at its own pace). */
const PARALLEL_RANGES = 8;

/**
 * A large object (an index snapshot) read as 8 MiB ranges, several at a time, straight into one
 * buffer of its full size: one stream from S3 runs at a fraction of what parallel ranges reach,
 * and concatenating chunks would copy hundreds of MB once more.
 */
export async function readLargeObject(s3: S3Client, bucket: string, key: string): Promise<Uint8Array> {
  const range = async (start: number) => {
    const out = await s3.send(
      new GetObjectCommand({ Bucket: bucket, Key: key, Range: `bytes=${start}-${start + PART_BYTES - 1}` }),
    );
    const total = Number(out.ContentRange?.split("/")[1] ?? Number.NaN);
    return { bytes: (await out.Body?.transformToByteArray()) ?? new Uint8Array(), total };
  };
  try {
    const first = await range(0);
    // A server that ignores Range sends the whole object.
    if (!Number.isFinite(first.total) || first.total === first.bytes.byteLength) return first.bytes;
    const whole = new Uint8Array(first.total);
    whole.set(first.bytes, 0);
    let next = PART_BYTES;
    const worker = async () => {
      while (next < first.total) {
        const start = next;
        next += PART_BYTES;
        whole.set((await range(start)).bytes, start);
      }
    };
    await Promise.all(Array.from({ length: PARALLEL_RANGES }, worker));
    return whole;
  } catch (error) {
    throw wrap(error, bucket, key);
  }
}

/** A workflow artefact (document.json, card.json, proposal.json…) written as JSON. */
export async function writeJson(s3: S3Client, bucket: string, key: string, value: unknown): Promise<void> {
  await writeObject(s3, { bucket, key, body: JSON.stringify(value), contentType: "application/json" });
}

/** A JSON artefact read back (its shape is the caller's to check). */
export async function readJson(s3: S3Client, bucket: string, key: string): Promise<unknown> {
  const { bytes } = await readObject(s3, bucket, key);
  return JSON.parse(new TextDecoder().decode(bytes));
}

/** Deletes one object; an object already gone is not an error (S3 answers 204 either way). */
export async function deleteObject(s3: S3Client, bucket: string, key: string): Promise<void> {
  try {
    await s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
  } catch (error) {
    if (!isMissing(error)) throw wrap(error, bucket, key);
  }
}

/** Deletes every object under a prefix, a listing page at a time. */
export async function deletePrefix(s3: S3Client, bucket: string, prefix: string): Promise<number> {
  let deleted = 0;
  let token: string | undefined;
  do {
    const page = await s3
      .send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }))
      .catch((error: unknown) => {
        throw wrap(error, bucket, prefix);
      });
    for (const object of page.Contents ?? []) {
      if (object.Key === undefined) continue;
      await deleteObject(s3, bucket, object.Key);
      deleted++;
    }
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token !== undefined);
  return deleted;
}
