import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  assertWebhookUrl,
  backoffSeconds,
  eventIdOf,
  isAllowedAddress,
  newWebhookSecret,
  signedHeaders,
  webhookEventTypes,
} from "../src/webhooks";
import { postWebhook } from "../src/webhooks/post";

const publicHost = async () => ["93.184.216.34"];

describe("webhook URLs (SSRF guard)", () => {
  it("accepts https to a public address in production", async () => {
    const url = await assertWebhookUrl("https://hooks.example.com/x", "public-https", publicHost);
    expect(url.hostname).toBe("hooks.example.com");
  });

  it.each([
    ["http://hooks.example.com/x", "webhook.invalid_url"],
    ["ftp://hooks.example.com/x", "webhook.invalid_url"],
    ["not a url", "webhook.invalid_url"],
    ["https://user:pw@hooks.example.com/", "webhook.invalid_url"],
    ["https://127.0.0.1/", "webhook.url_not_allowed"],
    ["https://[::1]/", "webhook.url_not_allowed"],
    ["https://[::ffff:127.0.0.1]/", "webhook.url_not_allowed"],
    ["https://169.254.169.254/latest/meta-data", "webhook.url_not_allowed"],
    ["https://10.0.0.8/", "webhook.url_not_allowed"],
    ["https://192.168.1.1/", "webhook.url_not_allowed"],
    ["https://[fd00::1]/", "webhook.url_not_allowed"],
    ["https://0.0.0.0/", "webhook.url_not_allowed"],
  ])("refuses %s in production (%s)", async (url, code) => {
    await expect(assertWebhookUrl(url, "public-https", publicHost)).rejects.toMatchObject({ code });
  });

  it("refuses a name that resolves to a private address (checked at registration)", async () => {
    const rebinding = async () => ["93.184.216.34", "10.1.2.3"];
    await expect(
      assertWebhookUrl("https://evil.example.com/", "public-https", rebinding),
    ).rejects.toMatchObject({
      code: "webhook.url_not_allowed",
    });
  });

  it("allows http and loopback locally, and still nothing else private", async () => {
    await expect(assertWebhookUrl("http://127.0.0.1:9/x", "allow-loopback")).resolves.toBeInstanceOf(URL);
    await expect(assertWebhookUrl("http://[::1]:9/x", "allow-loopback")).resolves.toBeInstanceOf(URL);
    await expect(assertWebhookUrl("http://169.254.169.254/", "allow-loopback")).rejects.toMatchObject({
      code: "webhook.url_not_allowed",
    });
    expect(isAllowedAddress("10.0.0.1", "allow-loopback")).toBe(false);
  });
});

describe("webhook signatures (Standard Webhooks)", () => {
  it("signs id.timestamp.body so that the standardwebhooks verifier accepts it, and nothing altered", () => {
    const secret = newWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
    const body = JSON.stringify({ type: "document.parsed", timestamp: "2026-01-01T00:00:00Z", data: {} });
    const headers = signedHeaders(secret, "evt_1", new Date(), body);
    expect(headers["webhook-signature"]).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
    expect(new Webhook(secret).verify(body, { ...headers })).toMatchObject({ type: "document.parsed" });
    expect(() => new Webhook(secret).verify(`${body} `, { ...headers })).toThrow();
    expect(() => new Webhook(newWebhookSecret()).verify(body, { ...headers })).toThrow();
    const old = signedHeaders(secret, "evt_1", new Date(Date.now() - 3600_000), body);
    expect(() => new Webhook(secret).verify(body, { ...old })).toThrow(/timestamp/i);
  });

  it("gives one event id per occurrence, the same however often it is emitted", () => {
    const parsed = { type: "document.parsed" as const, subjectId: "d1", occurrence: "run-1" };
    expect(eventIdOf(parsed)).toBe(eventIdOf({ ...parsed }));
    expect(eventIdOf(parsed)).not.toBe(eventIdOf({ ...parsed, occurrence: "run-2" }));
    expect(eventIdOf(parsed)).toMatch(/^evt_[0-9a-f]{24}$/);
    expect(webhookEventTypes).toContain("batch.completed");
  });

  it("backs off exponentially from the base, within SQS's 12 h visibility limit", () => {
    expect([1, 2, 3, 4].map((n) => backoffSeconds(n, 30))).toEqual([30, 60, 120, 240]);
    expect(backoffSeconds(30, 30)).toBe(43_200);
    expect(backoffSeconds(5, 0)).toBe(0);
  });
});

describe("the delivery agent", () => {
  let url = "";
  let hits = 0;
  const server = createServer((req, res) => {
    hits += 1;
    if (req.url === "/slow") return;
    if (req.url === "/redirect") {
      res.writeHead(302, { location: "http://169.254.169.254/" }).end();
      return;
    }
    res.writeHead(204).end();
  });
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  const options = { timeoutMs: 500, headers: {} };

  it("reaches loopback only under the local policy: production refuses it at connect time", async () => {
    expect(await postWebhook(new URL(`${url}/ok`), "{}", { ...options, policy: "allow-loopback" })).toEqual({
      statusCode: 204,
    });
    const before = hits;
    const refused = await postWebhook(new URL(`${url}/ok`), "{}", { ...options, policy: "public-https" });
    expect(refused).toMatchObject({ error: expect.stringMatching(/not allowed/) });
    expect(hits).toBe(before);
  });

  it("gives up after the timeout, and never follows a redirect", async () => {
    const started = Date.now();
    const slow = await postWebhook(new URL(`${url}/slow`), "{}", { ...options, policy: "allow-loopback" });
    expect(slow).toEqual({ error: "timed out" });
    expect(Date.now() - started).toBeLessThan(3000);
    const moved = await postWebhook(new URL(`${url}/redirect`), "{}", {
      ...options,
      policy: "allow-loopback",
    });
    expect(moved).toEqual({ statusCode: 302 });
  });
});
