import type { Server } from "node:http";
import type { HttpDomain } from "@futodama/functions/routes";
import { startWsProxy, type WsProxy } from "@futodama/storage";
import { type PgCluster, startPgCluster } from "@futodama/storage/testing";
import { createLocalExecutor, type LocalExecutor, type TaskHandler } from "@futodama/workflow/local";
import { routes } from "../../../packages/functions/src/http/routes";
import { type Emulator, pollEmulatorQueue, startEmulator } from "../../../packages/local/src/emulator";
import { type HttpLambda, startHttpServer } from "../../../packages/local/src/http-server";
import { startLambdaEndpoint } from "../../../packages/local/src/lambda-endpoint";
import { startSfnEndpoint } from "../../../packages/local/src/sfn-endpoint";
import { apiFunctionName } from "../../../stacks/functions";
import {
  type ArtifactInvocationError,
  type ArtifactInvoker,
  createArtifactInvoker,
} from "./artifact-invoker";
import { readStack, type StackView } from "./stack-view";

/*
 * The deployed shape, on this machine: the local runtime's own parts (fauxqs S3/SQS with the
 * stack's buckets, queues and notifications; the Step Functions endpoint running the stack's
 * ASL; the SQS poller; API Gateway as node:http; real PostgreSQL 15 through the Neon driver),
 * each Lambda among them an invocation of its artifact instead of an in-process handler.
 */
export const region = "us-east-1";
export const jwtSecret = "artifact-tier-".padEnd(48, "k");

export interface ArtifactWorld {
  apiUrl: string;
  jwtSecret: string;
  invoker: ArtifactInvoker;
  executor: LocalExecutor;
  stack: StackView;
  pg: PgCluster;
  /** The environment a function gets (stack + Lambda's own + local endpoints), with overrides. */
  environmentOf(name: string, overrides?: Record<string, string>): Record<string, string>;
  stop(): Promise<void>;
}

export interface WorldOptions {
  artifactsDir: string;
  handlers: ReadonlyMap<string, string>;
}

const closeServer = (server: Server) =>
  new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });

export async function startArtifactWorld(options: WorldOptions): Promise<ArtifactWorld> {
  const started: { stop(): Promise<unknown> }[] = [];
  try {
    const pg = await startPgCluster();
    started.push(pg);
    const proxy: WsProxy = await startWsProxy();
    started.push({ stop: () => proxy.close() });
    const stack = await readStack({
      DatabaseUrl: pg.url,
      JwtSecret: jwtSecret,
      OpenaiApiKey: "",
      DatabaseDirectUrl: "",
    });
    // The emulator checks SigV4 like S3: the artifacts sign with this key, as a Lambda signs with its role's.
    const credentials = { accessKeyId: "artifact", secretAccessKey: "artifact-secret" };
    const emulator: Emulator = await startEmulator({
      region,
      credentials,
      buckets: stack.buckets,
      queues: stack.queues.map((name) => ({ name, visibilityTimeout: 60 })),
      notifications: stack.notifications,
    });
    started.push(emulator);

    let invoker: ArtifactInvoker | undefined;
    const invoke = (name: string) => (input: unknown) => {
      if (!invoker) throw new Error("artifact invoker not ready");
      return invoker.call(name, input);
    };
    const taskHandlers: Record<string, TaskHandler> = {};
    for (const [arn, name] of stack.functionByArn) taskHandlers[arn] = invoke(name);
    const executor = createLocalExecutor({
      definitions: Object.fromEntries(stack.stateMachines),
      taskHandlers,
      retryIntervalOverrideMs: 200,
    });
    started.push({ stop: () => executor.stopAll() });
    const sfn = await startSfnEndpoint(executor);
    started.push({ stop: () => closeServer(sfn.server) });
    // Lambda Invoke (ApiVision → OcrTextTask): the invoked function's artifact, in a process of its own.
    const lambda = await startLambdaEndpoint(new Set(stack.functionByPhysicalName.keys()), (name, payload) =>
      invoke(stack.functionByPhysicalName.get(name) ?? name)(payload),
    );
    started.push({ stop: () => closeServer(lambda.server) });

    const local = {
      AWS_REGION: region,
      AWS_DEFAULT_REGION: region,
      AWS_ACCESS_KEY_ID: credentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
      AWS_SESSION_TOKEN: "artifact",
      S3_ENDPOINT: emulator.endpoint,
      S3_FORCE_PATH_STYLE: "true",
      SFN_ENDPOINT: sfn.url,
      LAMBDA_ENDPOINT: lambda.url,
      SQS_ENDPOINT: emulator.endpoint,
      DATABASE_WS_PROXY: proxy.address,
      // Webhook receivers in these tests listen on 127.0.0.1, as in the local runtime.
      WEBHOOK_URL_POLICY: "allow-loopback",
      // The tier polls faster than any client should; the limits have their own test.
      RATE_LIMITS: "off",
    };
    // The stack's queue URLs (sqs.<region>.amazonaws.com/<account>/<name>) → the emulator's queue.
    const localQueueUrls = (environment: Record<string, string>) =>
      Object.fromEntries(
        Object.entries(environment).map(([key, value]) => {
          const queue = /^https:\/\/sqs\.[^/]+\/\d+\/([^/]+)$/.exec(value)?.[1];
          return [key, queue === undefined ? value : emulator.queueUrl(queue)];
        }),
      );
    const environmentOf = (name: string, overrides: Record<string, string> = {}) => {
      const fromStack = stack.environments.get(name);
      if (fromStack === undefined) throw new Error(`The stack deploys no function named ${name}`);
      return { ...localQueueUrls(fromStack), ...local, ...overrides };
    };
    invoker = createArtifactInvoker({
      artifactsDir: options.artifactsDir,
      handlers: options.handlers,
      environment: (name) => environmentOf(name),
    });
    const artifacts = invoker;
    started.push({ stop: async () => artifacts.dispose() });

    // Each queue's subscriber (the ingest starter, the webhook delivery) from its own artifact.
    for (const { queue, functionName } of stack.subscriptions) {
      started.push(
        pollEmulatorQueue(emulator, queue, region, (event) => invoke(functionName)(event) as never),
      );
    }

    const apiHandler =
      (domain: HttpDomain): HttpLambda =>
      async (event) => {
        try {
          return (await artifacts.call(apiFunctionName(domain), event)) as Awaited<ReturnType<HttpLambda>>;
        } catch (error) {
          // What API Gateway answers when the Lambda fails, plus the error for the test's message.
          const e = error as ArtifactInvocationError;
          return {
            statusCode: 500,
            headers: { "content-type": "application/json" },
            body: JSON.stringify({
              message: "Internal Server Error",
              errorType: e.errorType,
              error: e.message,
            }),
          };
        }
      };
    const handlers = Object.fromEntries(
      [...new Set(routes.map((r) => r.domain))].map((d) => [d, apiHandler(d)]),
    ) as Record<HttpDomain, HttpLambda>;
    const http = await startHttpServer({
      port: 0,
      host: "127.0.0.1",
      routes,
      handlers,
      maxBodyBytes: 11 * 1024 * 1024,
    });
    started.push({ stop: () => closeServer(http.server) });

    return {
      apiUrl: http.url.replace("localhost", "127.0.0.1"),
      jwtSecret,
      invoker: artifacts,
      executor,
      stack,
      pg,
      environmentOf,
      stop: async () => {
        for (const part of started.reverse()) await part.stop().catch(() => undefined);
      },
    };
  } catch (error) {
    for (const part of started.reverse()) await part.stop().catch(() => undefined);
    throw error;
  }
}
