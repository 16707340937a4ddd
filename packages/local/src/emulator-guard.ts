import { Readable } from "node:stream";
import type { startFauxqs } from "fauxqs";
import { type Credentials, verifySigV4 } from "./sigv4-verify";

/**
 * What S3 does in front of its buckets and fauxqs does not: every request must carry a valid
 * Signature V4 made with the runtime's own key (header-signed or presigned), a presigned PUT
 * that signed `if-none-match: *` cannot overwrite an object, and browsers get CORS for the
 * origins allowed to PUT presigned uploads. Installed as Fastify hooks on fauxqs's own server,
 * so there is no unsigned way in.
 */
type FastifyApp = Parameters<NonNullable<NonNullable<Parameters<typeof startFauxqs>[0]>["configureApp"]>>[0];

export interface GuardOptions {
  credentials: Credentials;
  /** Origins allowed to PUT/GET from a browser (presigned uploads), e.g. http://localhost:5173. */
  corsOrigins: string[];
  /** Whether an object exists already (for `if-none-match: *` on PUT). */
  objectExists(bucket: string, key: string): Promise<boolean>;
  /** Largest body buffered for verification (fauxqs's own body limit). */
  maxBodyBytes: number;
}

const corsRequestHeaders = "content-type, if-none-match, x-amz-date, x-amz-content-sha256, authorization";

function s3Error(code: string, message: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message></Error>`;
}

async function readAll(payload: NodeJS.ReadableStream, max: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of payload) {
    const buffer = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    if (size > max) return null;
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

function bucketAndKey(url: string): { bucket: string; key: string } | null {
  const path = url.split("?")[0] ?? "";
  const slash = path.indexOf("/", 1);
  if (slash < 0) return null;
  try {
    return {
      bucket: decodeURIComponent(path.slice(1, slash)),
      key: decodeURIComponent(path.slice(slash + 1)),
    };
  } catch {
    return null;
  }
}

export function guardEmulator(app: FastifyApp, options: GuardOptions): void {
  const allowed = new Set(options.corsOrigins);

  app.addHook("onRequest", async (request, reply) => {
    const origin = request.headers.origin;
    if (origin && allowed.has(origin)) {
      reply.header("access-control-allow-origin", origin);
      reply.header("vary", "Origin");
      reply.header("access-control-expose-headers", "ETag, x-amz-request-id");
    }
    // A CORS preflight carries no signature by design; it only learns what may be sent.
    if (request.method === "OPTIONS") {
      if (!origin || !allowed.has(origin)) {
        await reply
          .code(403)
          .header("content-type", "application/xml")
          .send(s3Error("AccessForbidden", "CORSResponse: This CORS request is not allowed"));
        return reply;
      }
      await reply
        .code(200)
        .header("access-control-allow-methods", "GET, PUT, HEAD")
        .header("access-control-allow-headers", corsRequestHeaders)
        .header("access-control-max-age", "3000")
        .send();
      return reply;
    }
    return undefined;
  });

  app.addHook("preParsing", async (request, reply, payload) => {
    const body = await readAll(payload, options.maxBodyBytes);
    const refuse = async (status: number, code: string, message: string) => {
      await reply.code(status).header("content-type", "application/xml").send(s3Error(code, message));
      return reply;
    };
    if (body === null)
      return refuse(400, "EntityTooLarge", "Your proposed upload exceeds the maximum allowed size");
    const refusal = await verifySigV4(
      { method: request.method, url: request.url, headers: request.headers, body },
      options.credentials,
    );
    if (refusal) return refuse(refusal.status, refusal.code, refusal.message);
    const target = request.method === "PUT" ? bucketAndKey(request.url) : null;
    if (
      target &&
      request.headers["if-none-match"] === "*" &&
      (await options.objectExists(target.bucket, target.key))
    ) {
      return refuse(
        412,
        "PreconditionFailed",
        "At least one of the pre-conditions you specified did not hold",
      );
    }
    const replay = Readable.from(body.length > 0 ? [body] : []) as Readable & {
      receivedEncodedLength?: number;
    };
    replay.receivedEncodedLength = body.length;
    return replay;
  });
}
