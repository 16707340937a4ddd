import { createHash, timingSafeEqual } from "node:crypto";
import { Hash } from "@smithy/hash-node";
import { HttpRequest } from "@smithy/protocol-http";
import { SignatureV4 } from "@smithy/signature-v4";

/**
 * Checks an AWS Signature V4 the way S3 and SQS do, by signing the request again with the
 * runtime's own credentials (@smithy/signature-v4, the AWS SDK's signer) and comparing: a
 * header-signed request (Authorization) or a presigned URL (X-Amz-Signature in the query).
 */
export interface Credentials {
  accessKeyId: string;
  secretAccessKey: string;
}

export interface IncomingSigned {
  method: string;
  /** Path and query exactly as received (still %-encoded). */
  url: string;
  headers: Record<string, string | string[] | undefined>;
  body: Uint8Array;
}

export type Refusal = { status: 400 | 403; code: string; message: string };

/** S3 refuses a request signed more than 15 minutes from its clock. */
const maxSkewMs = 15 * 60 * 1000;
const authParams = new Set([
  "x-amz-algorithm",
  "x-amz-credential",
  "x-amz-date",
  "x-amz-expires",
  "x-amz-signedheaders",
  "x-amz-signature",
  "x-amz-security-token",
]);

const payloadHeader = "X-Amz-Content-Sha256";

const denied = (code: string, message: string): Refusal => ({ status: 403, code, message });

function parseQuery(raw: string): Record<string, string> | null {
  const query: Record<string, string> = {};
  for (const pair of raw.split("&")) {
    if (pair === "") continue;
    const at = pair.indexOf("=");
    try {
      const name = decodeURIComponent(at < 0 ? pair : pair.slice(0, at));
      query[name] = at < 0 ? "" : decodeURIComponent(pair.slice(at + 1));
    } catch {
      return null;
    }
  }
  return query;
}

function amzDate(value: string | undefined): Date | null {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value ?? "");
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m.map(Number) as number[];
  return new Date(Date.UTC(y ?? 0, (mo ?? 1) - 1, d, h, mi, s));
}

function headerValue(headers: IncomingSigned["headers"], name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value.join(",") : value;
}

function sameHex(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

interface Parsed {
  credential: string;
  signedHeaders: string[];
  signature: string;
  date: string | undefined;
  presigned: boolean;
  expires?: number;
}

function parseAuthorization(header: string): Omit<Parsed, "date" | "presigned"> | null {
  const m =
    /^AWS4-HMAC-SHA256\s+Credential=([^,\s]+),\s*SignedHeaders=([^,\s]+),\s*Signature=([0-9a-f]{64})$/.exec(
      header.trim(),
    );
  if (!m) return null;
  return { credential: m[1] ?? "", signedHeaders: (m[2] ?? "").split(";"), signature: m[3] ?? "" };
}

function signer(credentials: Credentials, region: string, service: string) {
  return new SignatureV4({
    credentials,
    region,
    service,
    sha256: Hash.bind(null, "sha256"),
    // S3 signs the path as sent; every other service escapes it once more.
    uriEscapePath: service !== "s3",
    applyChecksum: false,
  });
}

/** null when the request is signed with `credentials` and still valid; else the S3-style refusal. */
export async function verifySigV4(
  req: IncomingSigned,
  credentials: Credentials,
  now = new Date(),
): Promise<Refusal | null> {
  const q = req.url.indexOf("?");
  const path = q < 0 ? req.url : req.url.slice(0, q);
  const query = parseQuery(q < 0 ? "" : req.url.slice(q + 1));
  if (query === null) return denied("AccessDenied", "The query string is not valid");
  const authorization = headerValue(req.headers, "authorization");
  let parsed: Parsed;
  if (query["X-Amz-Signature"] !== undefined) {
    if (query["X-Amz-Algorithm"] !== "AWS4-HMAC-SHA256")
      return denied("AccessDenied", "Only AWS4-HMAC-SHA256 is supported");
    parsed = {
      credential: query["X-Amz-Credential"] ?? "",
      signedHeaders: (query["X-Amz-SignedHeaders"] ?? "").split(";"),
      signature: query["X-Amz-Signature"] ?? "",
      date: query["X-Amz-Date"],
      presigned: true,
      expires: Number(query["X-Amz-Expires"]),
    };
  } else if (authorization) {
    const fromHeader = parseAuthorization(authorization);
    if (!fromHeader) return denied("AccessDenied", "The Authorization header is malformed");
    parsed = { ...fromHeader, date: headerValue(req.headers, "x-amz-date"), presigned: false };
  } else {
    return denied("AccessDenied", "Anonymous requests are not allowed; sign the request");
  }

  const [accessKeyId, scopeDate, region, service, terminator] = parsed.credential.split("/");
  if (accessKeyId !== credentials.accessKeyId)
    return denied("InvalidAccessKeyId", "The access key id is not known here");
  const signingDate = amzDate(parsed.date);
  if (
    !signingDate ||
    !region ||
    !service ||
    terminator !== "aws4_request" ||
    !parsed.date?.startsWith(scopeDate ?? "-")
  )
    return denied("AccessDenied", "The signature's date or scope is malformed");
  if (!parsed.signedHeaders.includes("host")) return denied("AccessDenied", "The host header must be signed");
  const age = now.getTime() - signingDate.getTime();
  if (parsed.presigned) {
    const expires = parsed.expires ?? Number.NaN;
    if (!Number.isInteger(expires) || expires < 1 || expires > 604_800)
      return denied("AuthorizationQueryParametersError", "X-Amz-Expires must be 1 to 604800 seconds");
    if (age > expires * 1000) return denied("AccessDenied", "Request has expired");
    if (age < -maxSkewMs) return denied("AccessDenied", "Request is not yet valid");
  } else if (Math.abs(age) > maxSkewMs) {
    return denied(
      "RequestTimeTooSkewed",
      "The difference between the request time and the server's time is too large",
    );
  }

  const headers: Record<string, string> = {};
  for (const name of parsed.signedHeaders) headers[name] = headerValue(req.headers, name) ?? "";
  const declaredHash = headerValue(req.headers, "x-amz-content-sha256");
  if (declaredHash && /^[0-9a-f]{64}$/.test(declaredHash)) {
    const actual = createHash("sha256").update(req.body).digest("hex");
    if (actual !== declaredHash)
      return { status: 400, code: "XAmzContentSHA256Mismatch", message: "The body does not match its hash" };
  } else if (declaredHash && !parsed.presigned && declaredHash !== "UNSIGNED-PAYLOAD") {
    return denied("AccessDenied", `x-amz-content-sha256 ${declaredHash} is not supported here`);
  }
  const unsignedQuery = Object.fromEntries(
    Object.entries(query).filter(([name]) => !authParams.has(name.toLowerCase())),
  );
  const host = headers.host ?? "localhost";
  const request = new HttpRequest({
    method: req.method,
    protocol: "http:",
    hostname: host.split(":")[0] ?? host,
    path,
    query: unsignedQuery,
    headers,
    body: req.body.length > 0 ? req.body : undefined,
  });
  const signableHeaders = new Set(parsed.signedHeaders);
  const sig = signer(credentials, region, service);
  let expected: string | undefined;
  if (parsed.presigned) {
    // A presigned S3 URL is signed over UNSIGNED-PAYLOAD, whatever body is sent later; the SDK
    // carries that as a header it hoists into the query, so it goes back to being that header.
    const hoisted = query["X-Amz-Content-Sha256"];
    delete request.query["X-Amz-Content-Sha256"];
    request.body = undefined;
    request.headers[payloadHeader] = hoisted ?? "UNSIGNED-PAYLOAD";
    const unhoistable = new Set(signableHeaders);
    if (hoisted === undefined) unhoistable.add(payloadHeader.toLowerCase());
    const again = await sig.presign(request, {
      signingDate,
      expiresIn: parsed.expires,
      signableHeaders,
      unhoistableHeaders: unhoistable,
      ...(hoisted === undefined ? { unsignableHeaders: new Set([payloadHeader.toLowerCase()]) } : {}),
    });
    expected = again.query?.["X-Amz-Signature"] as string | undefined;
  } else {
    const again = await sig.sign(request, { signingDate, signableHeaders });
    expected = /Signature=([0-9a-f]{64})/.exec(String(again.headers.authorization ?? ""))?.[1];
  }
  if (!expected || !sameHex(expected, parsed.signature))
    return denied(
      "SignatureDoesNotMatch",
      "The request signature we calculated does not match the signature you provided",
    );
  return null;
}
