import { InvokeCommand, type LambdaClient } from "@aws-sdk/client-lambda";

/** A synchronous invoke's answer: the handler's JSON, or Lambda's own error body as text. */
export type InvokeAnswer = { ok: true; value: unknown } | { ok: false; functionError: string; body: string };

/**
 * Invokes a function with a JSON payload and waits for it (RequestResponse), the way ApiVision
 * asks OcrTextTask and step 1 asks MatchShardTask. A handler that threw or timed out comes back
 * as `ok: false` with Lambda's `{ errorType, errorMessage }` body, for the caller to name.
 */
export async function invokeJson(
  lambda: LambdaClient,
  functionName: string,
  request: unknown,
): Promise<InvokeAnswer> {
  const out = await lambda.send(
    new InvokeCommand({
      FunctionName: functionName,
      Payload: new TextEncoder().encode(JSON.stringify(request)),
    }),
  );
  const body = out.Payload ? new TextDecoder().decode(out.Payload) : "";
  return out.FunctionError
    ? { ok: false, functionError: out.FunctionError, body }
    : { ok: true, value: JSON.parse(body) as unknown };
}
