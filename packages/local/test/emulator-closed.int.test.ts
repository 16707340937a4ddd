import { connect } from "node:net";
import { networkInterfaces } from "node:os";
import { GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, S3Client } from "@aws-sdk/client-s3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LocalRuntime } from "../src/runtime";
import { call, fileForm, startTestRuntime, tokenFor, waitUntilSettled } from "./support";

/** Issue 11 item 1: the storage emulator answers only its own runtime's signatures, like S3. */
let runtime: LocalRuntime;
let token: string;
let bucket: string;
let storedKey: string;

beforeAll(async () => {
  runtime = await startTestRuntime();
  token = await tokenFor(runtime, "acme");
  bucket = runtime.deps.buckets.uploads;
  const up = await call(runtime, "POST", "/api/resumes/upload", {
    token,
    form: fileForm("Ann Example\nann@example.com\n\nSummary\nNurse.", "ann.txt"),
  });
  await waitUntilSettled(runtime, token, `/api/resumes/${String(up.body.id)}`, 90_000);
  const listed = await runtime.deps.s3.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: "tenants/" }));
  storedKey = listed.Contents?.map((o) => o.Key ?? "").find((k) => k.endsWith("ann.txt")) ?? "";
});
afterAll(async () => {
  await runtime?.stop();
});

const raw = (path: string, init: RequestInit = {}) => fetch(`${runtime.emulator.endpoint}${path}`, init);

async function presign(size: number) {
  const res = await call(runtime, "POST", "/api/resumes/presign", {
    token,
    json: { filename: "cy.txt", contentType: "text/plain", size },
  });
  expect(res.status).toBe(201);
  return { url: new URL(String(res.body.url)), headers: res.body.headers as Record<string, string> };
}

describe("the storage emulator is closed", () => {
  it("listens on loopback only, like the API", () => {
    const ips = Object.values(networkInterfaces())
      .flat()
      .filter((i) => i && i.family === "IPv4" && !i.internal)
      .map((i) => i?.address ?? "");
    const ports = [Number(new URL(runtime.emulator.endpoint).port), Number(new URL(runtime.apiUrl).port)];
    const attempts = ips.flatMap((ip) =>
      ports.map(
        (port) =>
          new Promise<string>((resolve) => {
            const socket = connect({ host: ip, port }, () => {
              socket.destroy();
              resolve(`open ${ip}:${port}`);
            });
            socket.on("error", () => resolve("refused"));
          }),
      ),
    );
    return Promise.all(attempts).then((results) =>
      expect(results.filter((r) => r !== "refused")).toEqual([]),
    );
  });

  it("refuses unsigned list, read, put and delete, and the inspection endpoints", async () => {
    expect(storedKey).not.toBe("");
    const key = storedKey.split("/").map(encodeURIComponent).join("/");
    const list = await raw(`/${bucket}?list-type=2`);
    expect(list.status).toBe(403);
    expect(await list.text()).toContain("<Code>AccessDenied</Code>");
    expect((await raw(`/${bucket}/${key}`)).status).toBe(403);
    const put = await raw(`/${bucket}/tenants/t2/resume/x/evil.txt`, { method: "PUT", body: "Mallory" });
    expect(put.status).toBe(403);
    expect((await raw(`/${bucket}/${key}`, { method: "DELETE" })).status).toBe(403);
    expect((await raw("/_fauxqs/queues")).status).toBe(403);
    // Nothing changed behind the refusals.
    await runtime.deps.s3.send(new HeadObjectCommand({ Bucket: bucket, Key: storedKey }));
    const t2 = await runtime.deps.s3.send(
      new ListObjectsV2Command({ Bucket: bucket, Prefix: "tenants/t2/" }),
    );
    expect(t2.KeyCount ?? 0).toBe(0);
  });

  it("refuses a request signed with another key", async () => {
    const stranger = new S3Client({
      region: "us-east-1",
      endpoint: runtime.emulator.endpoint,
      forcePathStyle: true,
      credentials: { accessKeyId: "local", secretAccessKey: "local" },
    });
    await expect(
      stranger.send(new GetObjectCommand({ Bucket: bucket, Key: storedKey })),
    ).rejects.toMatchObject({
      $metadata: { httpStatusCode: 403 },
    });
    stranger.destroy();
  });
});

describe("presigned uploads: one key, one size, one type, one write", () => {
  const body = "Cy Example\ncy@example.com\n\nSummary\nNurse with ten years in intensive care.";

  it("carries no checksum parameter (it would break the PUT on real S3)", async () => {
    const { url } = await presign(Buffer.byteLength(body));
    const names = [...url.searchParams.keys()].map((n) => n.toLowerCase());
    expect(names.filter((n) => n.includes("checksum"))).toEqual([]);
    expect(url.searchParams.get("X-Amz-SignedHeaders")?.split(";")).toEqual(
      expect.arrayContaining(["content-length", "content-type", "if-none-match", "host"]),
    );
  });

  it("refuses the URL edited to another tenant, without its signature, or with another size or type", async () => {
    const { url, headers } = await presign(Buffer.byteLength(body));
    const other = new URL(url);
    other.pathname = other.pathname.replace("/tenants/acme/", "/tenants/t2/");
    expect((await fetch(other, { method: "PUT", headers, body })).status).toBe(403);
    const unsigned = new URL(url);
    unsigned.searchParams.delete("X-Amz-Signature");
    expect((await fetch(unsigned, { method: "PUT", headers, body })).status).toBe(403);
    expect((await fetch(url, { method: "PUT", headers, body: `${body}!` })).status).toBe(403);
    const html = { ...headers, "content-type": "text/html" };
    expect((await fetch(url, { method: "PUT", headers: html, body })).status).toBe(403);
  });

  it("accepts the valid PUT once; a second PUT to the same key cannot replace it (412)", async () => {
    const { url, headers } = await presign(Buffer.byteLength(body));
    expect((await fetch(url, { method: "PUT", headers, body })).status).toBe(200);
    const sameSizeOtherFile = "X".repeat(Buffer.byteLength(body));
    const second = await fetch(url, { method: "PUT", headers, body: sameSizeOtherFile });
    expect(second.status).toBe(412);
    const key = decodeURIComponent(url.pathname.split("/").slice(2).join("/"));
    const stored = await runtime.deps.s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    expect(await stored.Body?.transformToString()).toBe(body);
  });

  it("lets the app's origin PUT from a browser (CORS), and no other origin", async () => {
    const { url } = await presign(10);
    const preflight = (origin: string) =>
      fetch(url, {
        method: "OPTIONS",
        headers: {
          origin,
          "access-control-request-method": "PUT",
          "access-control-request-headers": "content-type,if-none-match",
        },
      });
    const ok = await preflight("http://localhost:5173");
    expect(ok.status).toBe(200);
    expect(ok.headers.get("access-control-allow-origin")).toBe("http://localhost:5173");
    expect(ok.headers.get("access-control-allow-methods")).toContain("PUT");
    expect((await preflight("https://evil.example")).status).toBe(403);
  });
});
