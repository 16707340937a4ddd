import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";
import { expect } from "vitest";
import { type Api, call } from "./support";

export interface ReceivedDelivery {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * A webhook receiver on 127.0.0.1: records every POST and answers with the status `answer`
 * gives for it (per path, per count), so a test can fail a delivery and watch it retried.
 */
export async function startReceiver(answer: (path: string, nth: number) => number = () => 204) {
  const received: ReceivedDelivery[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const path = req.url ?? "/";
      received.push({ path, headers: req.headers, body: Buffer.concat(chunks).toString("utf8") });
      const nth = received.filter((r) => r.path === path).length;
      res.writeHead(answer(path, nth)).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: (path: string) => `${base}${path}`,
    received,
    on: (path: string) => received.filter((r) => r.path === path),
    /** Waits until `count` deliveries reached `path`. */
    async waitFor(path: string, count: number, timeoutMs = 20_000): Promise<ReceivedDelivery[]> {
      const deadline = Date.now() + timeoutMs;
      while (received.filter((r) => r.path === path).length < count) {
        if (Date.now() > deadline) throw new Error(`${path}: ${received.length} deliveries, wanted ${count}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      return received.filter((r) => r.path === path);
    },
    async stop() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

export type Receiver = Awaited<ReturnType<typeof startReceiver>>;

/** Registers a webhook for `events` through the API (an admin's token); its id and signing secret. */
export async function registerWebhook(api: Api, token: string, url: string, events: string[]) {
  const res = await call(api, "POST", "/api/webhooks", { token, json: { url, events } });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return { id: String(res.body.id), secret: String(res.body.secret) };
}

/** The event a delivery carries, once its Standard Webhooks signature checked out with `secret`. */
export function verifiedEvent(secret: string, delivery: ReceivedDelivery | undefined) {
  const header = (name: string) => String(delivery?.headers[name]);
  return new Webhook(secret).verify(delivery?.body ?? "", {
    "webhook-id": header("webhook-id"),
    "webhook-timestamp": header("webhook-timestamp"),
    "webhook-signature": header("webhook-signature"),
  }) as { type: string; data: Record<string, unknown> };
}
