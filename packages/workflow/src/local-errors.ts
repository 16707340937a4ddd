/**
 * Errors of the local executor. Their `name` is the AWS SDK's exception name, so code that
 * checks `error.name === "ExecutionAlreadyExists"` behaves the same locally and on AWS.
 */
export class LocalExecutorError extends Error {
  constructor(name: string, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = name;
  }
}

export class ExecutionAlreadyExistsError extends LocalExecutorError {
  constructor(readonly executionArn: string) {
    super(
      "ExecutionAlreadyExists",
      `Execution already exists: ${executionArn} (names are unique per state machine; the running one differs in input or has finished)`,
    );
  }
}

export class StateMachineDoesNotExistError extends LocalExecutorError {
  constructor(stateMachine: string) {
    super("StateMachineDoesNotExist", `State machine does not exist: ${stateMachine}`);
  }
}

export class ExecutionDoesNotExistError extends LocalExecutorError {
  constructor(executionArn: string) {
    super("ExecutionDoesNotExist", `Execution does not exist: ${executionArn}`);
  }
}

export class InvalidNameError extends LocalExecutorError {
  constructor(executionName: string) {
    super(
      "InvalidName",
      `Invalid execution name "${executionName}": 1-80 characters, no whitespace, brackets, wildcards or " # % \\ ^ | ~ \` $ & , ; : /`,
    );
  }
}

export class InvalidExecutionInputError extends LocalExecutorError {
  constructor(reason: string, options?: ErrorOptions) {
    super("InvalidExecutionInput", `Invalid execution input: ${reason}`, options);
  }
}

// The characters AWS rejects in execution names (plus control characters, tested separately).
const forbiddenInName = /[\s<>{}[\]?*"#%\\^|~`$&,;:/]/;

export function assertValidExecutionName(name: string): void {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: AWS forbids control characters in names.
  const hasControl = /[\u0000-\u001f\u007f-\u009f]/.test(name);
  if (name.length === 0 || name.length > 80 || hasControl || forbiddenInName.test(name)) {
    throw new InvalidNameError(name);
  }
}
