import type { AddressInfo } from "node:net";
import { connect } from "node:net";
import { type RawData, WebSocketServer } from "ws";

export interface WsProxyOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Interface to listen on; loopback by default, never expose this proxy. */
  host?: string;
  /** Which Postgres addresses may be reached; default: loopback hosts only. */
  allowTarget?: (host: string, port: number) => boolean;
}

export interface WsProxy {
  host: string;
  port: number;
  /** `host:port`, the form `createStorage({ driver: "postgres", wsProxy })` takes. */
  address: string;
  url: string;
  close(): Promise<void>;
}

const loopback = new Set(["127.0.0.1", "localhost", "::1", "[::1]"]);

/**
 * A minimal stand-in for Neon's WebSocket→TCP proxy, so the Neon driver can talk to a plain
 * PostgreSQL server. The driver opens `ws://<proxy>/v2?address=host:port` and sends raw
 * Postgres protocol bytes as binary frames; we pipe them to a TCP socket and back.
 */
export async function startWsProxy(options: WsProxyOptions = {}): Promise<WsProxy> {
  const allow = options.allowTarget ?? ((host) => loopback.has(host));
  const server = new WebSocketServer({ host: options.host ?? "127.0.0.1", port: options.port ?? 0 });

  server.on("connection", (ws, request) => {
    const target = parseTarget(request.url);
    if (!target || !allow(target.host, target.port)) {
      ws.close(1008, "address not allowed");
      return;
    }
    const socket = connect(target.port, target.host);
    socket.setNoDelay(true);
    // Writes before the TCP connect completes are buffered by net.Socket, so the driver's
    // pipelined startup message is not lost.
    ws.on("message", (data: RawData) => socket.write(toBuffer(data)));
    socket.on("data", (chunk) => ws.send(chunk));
    ws.on("close", () => socket.end());
    ws.on("error", () => socket.destroy());
    socket.on("close", () => ws.close());
    socket.on("error", () => ws.terminate());
  });

  await new Promise<void>((resolve, reject) => {
    server.once("listening", resolve);
    server.once("error", reject);
  });
  const { address, port } = server.address() as AddressInfo;
  const host = address.includes(":") ? `[${address}]` : address;

  return {
    host,
    port,
    address: `${host}:${port}`,
    url: `ws://${host}:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const client of server.clients) client.terminate();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function toBuffer(data: RawData): Buffer {
  if (Array.isArray(data)) return Buffer.concat(data);
  return Buffer.isBuffer(data) ? data : Buffer.from(data);
}

function parseTarget(url: string | undefined): { host: string; port: number } | null {
  const address = new URL(url ?? "/", "ws://proxy").searchParams.get("address");
  const match = address?.match(/^(.+):(\d+)$/);
  if (!match?.[1] || !match[2]) return null;
  return { host: match[1], port: Number(match[2]) };
}
