import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { type EmbeddingsRequest, fakeEmbeddingsAnswer } from "./fake-embeddings";

export { fakeEmbedding } from "./fake-embeddings";

/**
 * An OpenAI-compatible server on 127.0.0.1 for tests and benchmarks, driven through the real
 * `openai` client. It replays recorded answers: each recording names a text its request must
 * contain and the JSON the model "returned". Failures (429, 500…) can be queued to exercise
 * retries. `/v1/embeddings` answers every request with deterministic vectors (fake-embeddings.ts).
 */
export interface Recording {
  /** A substring of the user message that selects this recording. */
  match: string;
  /** The structured answer, serialised as the assistant message content. */
  answer: unknown;
  /** Or a refusal. */
  refusal?: string;
}

export interface FakeOpenAi {
  baseURL: string;
  /** Every request body received, in order. */
  requests: Array<{ model: string; messages: Array<{ role: string; content: string }> }>;
  /** Every `/v1/embeddings` request body received, in order. */
  embeddingRequests: EmbeddingsRequest[];
  /** The next N chat requests fail with these statuses, in order. */
  failNext(...statuses: number[]): void;
  /** The next N `/v1/embeddings` requests fail with these statuses (apart: ingest never eats a chat failure). */
  failNextEmbeddings(...statuses: number[]): void;
  /** The most requests that were being answered at the same time (benchmarks check concurrency). */
  readonly peakInFlight: number;
  /** Starts counting peakInFlight afresh (e.g. after a warm-up phase). */
  resetPeak(): void;
  stop(): Promise<void>;
}

async function body(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

export interface FakeOpenAiOptions {
  /** Answer after this many milliseconds, like a real model would (default 0). */
  latencyMs?: number;
}

export async function startFakeOpenAi(
  recordings: Recording[],
  options: FakeOpenAiOptions = {},
): Promise<FakeOpenAi> {
  const requests: FakeOpenAi["requests"] = [];
  const embeddingRequests: EmbeddingsRequest[] = [];
  const embeddingFailures: number[] = [];
  const failures: number[] = [];
  let counter = 0;
  let inFlight = 0;
  let peakInFlight = 0;
  const server: Server = createServer(async (req, res) => {
    inFlight += 1;
    peakInFlight = Math.max(peakInFlight, inFlight);
    res.on("close", () => {
      inFlight -= 1;
    });
    if (options.latencyMs) await new Promise((resolve) => setTimeout(resolve, options.latencyMs));
    const send = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { "content-type": "application/json", ...headers });
      res.end(JSON.stringify(payload));
    };
    if (req.method === "POST" && req.url?.endsWith("/embeddings")) {
      const request = JSON.parse(await body(req)) as EmbeddingsRequest;
      embeddingRequests.push(request);
      const failure = embeddingFailures.shift();
      if (failure !== undefined)
        return send(failure, { error: { message: `injected ${failure}`, type: "server_error" } });
      return send(200, fakeEmbeddingsAnswer(request));
    }
    if (req.method !== "POST" || !req.url?.endsWith("/chat/completions")) {
      return send(404, {
        error: { message: `not faked: ${req.method} ${req.url}`, type: "invalid_request_error" },
      });
    }
    const request = JSON.parse(await body(req)) as FakeOpenAi["requests"][number];
    requests.push(request);
    const failure = failures.shift();
    if (failure !== undefined) {
      return send(
        failure,
        { error: { message: `injected ${failure}`, type: "server_error" } },
        { "retry-after-ms": "10" },
      );
    }
    const user = request.messages
      .filter((m) => m.role === "user")
      .map((m) => m.content)
      .join("\n");
    const recording = recordings.find((r) => user.includes(r.match));
    if (!recording) {
      return send(400, {
        error: { message: "no recording matches this request", type: "invalid_request_error" },
      });
    }
    counter += 1;
    send(200, {
      id: `chatcmpl-fake-${counter}`,
      object: "chat.completion",
      created: Math.floor(Date.now() / 1000),
      model: request.model,
      choices: [
        {
          index: 0,
          message: {
            role: "assistant",
            content: recording.refusal ? null : JSON.stringify(recording.answer),
            refusal: recording.refusal ?? null,
          },
          logprobs: null,
          finish_reason: "stop",
        },
      ],
      usage: { prompt_tokens: 100, completion_tokens: 50, total_tokens: 150 },
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    embeddingRequests,
    failNext: (...statuses) => failures.push(...statuses),
    failNextEmbeddings: (...statuses) => embeddingFailures.push(...statuses),
    get peakInFlight() {
      return peakInFlight;
    },
    resetPeak: () => {
      peakInFlight = inFlight;
    },
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
