/** ARNs the local runtime uses: real-looking, so the same validation and parsing apply. */
export const localRegion = "us-east-1";
export const localAccountId = "000000000000";

export function localLambdaArn(functionName: string): string {
  return `arn:aws:lambda:${localRegion}:${localAccountId}:function:${functionName}`;
}

export function localStateMachineArn(stateMachineName: string): string {
  return `arn:aws:states:${localRegion}:${localAccountId}:stateMachine:${stateMachineName}`;
}

export function localExecutionArn(stateMachineName: string, executionName: string): string {
  return `arn:aws:states:${localRegion}:${localAccountId}:execution:${stateMachineName}:${executionName}`;
}

/** `DocumentIngest` or `arn:aws:states:…:stateMachine:DocumentIngest` → `DocumentIngest`. */
export function stateMachineNameOf(nameOrArn: string): string {
  const match = /^arn:aws:states:[^:]*:[^:]*:stateMachine:([^:]+)$/.exec(nameOrArn);
  return match?.[1] ?? nameOrArn;
}
