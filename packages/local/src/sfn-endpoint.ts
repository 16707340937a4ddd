import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { ExecutionDescription, LocalExecutor } from "@futodama/workflow/local";

/**
 * A Step Functions endpoint on 127.0.0.1 speaking the AWS JSON 1.0 protocol, so that the
 * very same SFNClient calls (StartExecution, DescribeExecution, ListExecutions,
 * GetExecutionHistory, StopExecution) work locally against the embedded runner.
 */
type Action = (body: Record<string, unknown>) => Promise<unknown> | unknown;

function describeOut(d: ExecutionDescription) {
  return {
    executionArn: d.executionArn,
    stateMachineArn: d.stateMachineArn,
    name: d.name,
    status: d.status,
    input: JSON.stringify(d.input),
    ...(d.output === undefined ? {} : { output: JSON.stringify(d.output) }),
    ...(d.error ? { error: d.error } : {}),
    ...(d.cause ? { cause: d.cause } : {}),
    startDate: d.startDate.getTime() / 1000,
    ...(d.stopDate ? { stopDate: d.stopDate.getTime() / 1000 } : {}),
  };
}

function actions(executor: LocalExecutor): Record<string, Action> {
  const str = (v: unknown) => (typeof v === "string" ? v : "");
  return {
    StartExecution: async (b) => {
      const input = b.input === undefined ? {} : JSON.parse(str(b.input));
      const started = await executor.start(str(b.stateMachineArn), str(b.name), input);
      return { executionArn: started.executionArn, startDate: started.startDate.getTime() / 1000 };
    },
    DescribeExecution: (b) => describeOut(executor.describe(str(b.executionArn))),
    ListExecutions: (b) => ({
      executions: executor
        .list(
          str(b.stateMachineArn),
          b.statusFilter ? { status: b.statusFilter as ExecutionDescription["status"] } : {},
        )
        .map((d) => {
          const { input: _input, output: _output, error: _error, cause: _cause, ...summary } = describeOut(d);
          return summary;
        }),
    }),
    GetExecutionHistory: (b) => ({
      events: executor.history(str(b.executionArn)),
    }),
    StopExecution: async (b) => {
      const stopped = await executor.stop(str(b.executionArn));
      return { stopDate: (stopped.stopDate ?? new Date()).getTime() / 1000 };
    },
  };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

export async function startSfnEndpoint(executor: LocalExecutor): Promise<{ url: string; server: Server }> {
  const table = actions(executor);
  const server = createServer(async (req, res) => {
    const reply = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/x-amz-json-1.0" });
      res.end(JSON.stringify(body));
    };
    const target = String(req.headers["x-amz-target"] ?? "");
    const action = table[target.replace(/^AWSStepFunctions\./, "")];
    if (!action)
      return reply(400, { __type: "UnknownOperationException", message: `Unsupported: ${target}` });
    try {
      const body = JSON.parse((await readBody(req)) || "{}") as Record<string, unknown>;
      reply(200, await action(body));
    } catch (error) {
      const e = error as Error;
      reply(400, { __type: e.name === "Error" ? "InvalidParameterValue" : e.name, message: e.message });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, server };
}
