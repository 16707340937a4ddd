import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { RequestFilteringHttpAgent, RequestFilteringHttpsAgent } from "request-filtering-agent";
import { loopbackAddresses, type WebhookUrlPolicy } from "./url-policy";

/** How one POST to a receiver ended: a status, or the reason none came back. */
export type PostOutcome = { statusCode: number } | { error: string };

export interface PostOptions {
  policy: WebhookUrlPolicy;
  timeoutMs: number;
  headers: Record<string, string>;
}

/** What is read of a receiver's answer: its status; the body only so far as to free the socket. */
const maxResponseBytes = 4096;

/*
 * request-filtering-agent checks the address a socket actually connects to (after DNS), so a
 * host that resolved to a public address at registration and to 169.254.169.254 now is still
 * refused (DNS rebinding). One agent per policy and scheme, kept for the process.
 */
const agents = new Map<string, RequestFilteringHttpAgent | RequestFilteringHttpsAgent>();

function agentFor(url: URL, policy: WebhookUrlPolicy) {
  const key = `${policy}:${url.protocol}`;
  let agent = agents.get(key);
  if (agent === undefined) {
    const options = {
      keepAlive: false,
      allowIPAddressList: policy === "allow-loopback" ? loopbackAddresses : [],
    };
    agent =
      url.protocol === "https:"
        ? new RequestFilteringHttpsAgent(options)
        : new RequestFilteringHttpAgent(options);
    agents.set(key, agent);
  }
  return agent;
}

/**
 * POSTs a signed body and resolves with the status; never throws. Redirects are not followed
 * (a 3xx is a failed delivery: a receiver must answer at its registered URL), and the whole
 * exchange is bounded by `timeoutMs`.
 */
export function postWebhook(url: URL, body: string, options: PostOptions): Promise<PostOutcome> {
  return new Promise((resolve) => {
    const send = url.protocol === "https:" ? httpsRequest : httpRequest;
    const req = send(url, {
      method: "POST",
      agent: agentFor(url, options.policy),
      signal: AbortSignal.timeout(options.timeoutMs),
      headers: {
        "content-type": "application/json",
        "content-length": String(Buffer.byteLength(body)),
        "user-agent": "futodama-webhooks/1",
        ...options.headers,
      },
    });
    req.on("response", (res) => {
      let read = 0;
      res.on("data", (chunk: Buffer) => {
        read += chunk.length;
        if (read > maxResponseBytes) res.destroy();
      });
      const done = () => resolve({ statusCode: res.statusCode ?? 0 });
      res.on("end", done);
      res.on("close", done);
      res.on("error", done);
    });
    req.on("error", (error: Error) => {
      const reason =
        error.name === "AbortError" || error.name === "TimeoutError" ? "timed out" : error.message;
      resolve({ error: reason });
    });
    req.end(body);
  });
}
