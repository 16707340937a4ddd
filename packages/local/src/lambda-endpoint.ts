import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * The Lambda API's Invoke (REST-JSON, `POST /2015-03-31/functions/{name}/invocations`) on
 * 127.0.0.1, so that the very same LambdaClient call a deployed function makes (ApiVision →
 * OcrTextTask) works locally: the runtime resolves the name to the in-process handler, the
 * artifact tier to the function's artifact. A handler that throws answers as Lambda does: 200
 * with `X-Amz-Function-Error: Unhandled` and `{ errorType, errorMessage }`.
 */
export type InvokeFunction = (name: string, payload: unknown) => Promise<unknown>;

const invokePath = /^\/2015-03-31\/functions\/([^/]+)\/invocations$/;

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

export async function startLambdaEndpoint(
  functions: ReadonlySet<string>,
  invoke: InvokeFunction,
): Promise<{ url: string; server: Server }> {
  const server = createServer(async (req, res) => {
    const reply = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { "content-type": "application/json", ...headers });
      res.end(JSON.stringify(body));
    };
    const name = decodeURIComponent(invokePath.exec((req.url ?? "").split("?")[0] ?? "")?.[1] ?? "");
    if (req.method !== "POST" || name === "") {
      return reply(404, { Type: "User", message: `Unsupported: ${req.method} ${req.url}` });
    }
    if (!functions.has(name)) {
      return reply(
        404,
        { Type: "User", message: `Function not found: ${name}` },
        {
          "x-amzn-errortype": "ResourceNotFoundException",
        },
      );
    }
    const body = await readBody(req);
    let result: unknown;
    try {
      result = await invoke(name, body === "" ? {} : JSON.parse(body));
    } catch (error) {
      const e = error instanceof Error ? error : new Error(String(error));
      return reply(
        200,
        { errorType: e.name, errorMessage: e.message },
        { "x-amz-function-error": "Unhandled" },
      );
    }
    reply(200, result ?? null);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, server };
}
