import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

function listen(server: Server, port: number, host: string, reusePort: boolean): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen({ port, host, reusePort }, () => {
      server.off("error", reject);
      // An error after start (EMFILE on accept under load, say) must not end the runtime.
      server.on("error", (error) => process.stderr.write(`futodama: API socket error: ${String(error)}\n`));
      resolve();
    });
  });
}

/**
 * `count` HTTP servers with one handler, listening on one port (SO_REUSEPORT when more than one;
 * port 0 picks a free one for all). Node's libuv accepts one connection per listening socket per
 * event-loop turn — under load, strace showed one accept4 per epoll_pwait — and a turn of a busy
 * runtime lasts 0.1–0.5 s, so a burst of new connections waited seconds in the kernel's accept
 * queue. The kernel spreads new connections over the sockets: N of them accept N per turn.
 */
export async function listenOnPort(
  handle: (req: IncomingMessage, res: ServerResponse) => void,
  port: number,
  host: string,
  count: number,
): Promise<{ servers: Server[]; port: number }> {
  const first = createServer(handle);
  await listen(first, port, host, count > 1);
  const chosen = (first.address() as AddressInfo).port;
  const servers = [first];
  while (servers.length < count) {
    const more = createServer(handle);
    await listen(more, chosen, host, true);
    servers.push(more);
  }
  return { servers, port: chosen };
}

/** Stops accepting on every socket and ends their connections, idle keep-alive ones included. */
export async function closeServers(servers: Server[]): Promise<void> {
  await Promise.all(
    servers.map((server) => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      return closed;
    }),
  );
}
