import { PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import { describe, expect, it } from "vitest";
import { verifySigV4 } from "../src/sigv4-verify";

const credentials = { accessKeyId: "FUTODAMATEST", secretAccessKey: "s3cr3t-s3cr3t-s3cr3t" };
const s3 = new S3Client({
  region: "us-east-1",
  endpoint: "http://127.0.0.1:4566",
  forcePathStyle: true,
  credentials,
  requestChecksumCalculation: "WHEN_REQUIRED",
});

async function presigned(key = "tenants/acme/resume/u1/cv.txt") {
  const url = await getSignedUrl(
    s3,
    new PutObjectCommand({
      Bucket: "uploads",
      Key: key,
      ContentType: "text/plain",
      ContentLength: 5,
      IfNoneMatch: "*",
    }),
    { expiresIn: 300, signableHeaders: new Set(["content-type", "content-length", "if-none-match"]) },
  );
  return new URL(url);
}

function put(url: URL, headers: Record<string, string> = {}) {
  return {
    method: "PUT",
    url: `${url.pathname}${url.search}`,
    headers: {
      host: url.host,
      "content-type": "text/plain",
      "content-length": "5",
      "if-none-match": "*",
      ...headers,
    },
    body: Buffer.from("hello"),
  };
}

describe("verifySigV4: the emulator's signature check", () => {
  it("accepts a presigned PUT as the SDK made it", async () => {
    const url = await presigned();
    expect(await verifySigV4(put(url), credentials)).toBeNull();
  });

  it("refuses the URL with its path edited to another tenant, its signature removed or expired", async () => {
    const url = await presigned();
    const other = new URL(url);
    other.pathname = other.pathname.replace("/acme/", "/t2/");
    expect((await verifySigV4(put(other), credentials))?.code).toBe("SignatureDoesNotMatch");
    const unsigned = new URL(url);
    unsigned.searchParams.delete("X-Amz-Signature");
    expect((await verifySigV4(put(unsigned), credentials))?.status).toBe(403);
    const later = new Date(Date.now() + 301_000);
    expect((await verifySigV4(put(url), credentials, later))?.message).toBe("Request has expired");
  });

  it("refuses another size or content type than was signed", async () => {
    const url = await presigned();
    expect((await verifySigV4(put(url, { "content-length": "6" }), credentials))?.status).toBe(403);
    expect((await verifySigV4(put(url, { "content-type": "text/html" }), credentials))?.status).toBe(403);
  });

  it("refuses another key", async () => {
    const url = await presigned();
    expect((await verifySigV4(put(url), { ...credentials, secretAccessKey: "other" }))?.status).toBe(403);
  });
});
