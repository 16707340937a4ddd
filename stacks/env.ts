import {
  type BucketName,
  bucketActions,
  bucketLevelAccess,
  bucketVariables,
  copyFilesOf,
  deploySettings,
  environmentKeys,
  type FunctionSpec,
  functionVariables,
  type InvokedFunction,
  installVersionsOf,
  loaderOf,
  type MachineName,
  machineActions,
  machineVariables,
  nodejsBuild,
  type QueueName,
  queueActions,
  queueVariables,
  runtime,
  type SecretName,
  secretVariables,
} from "./functions";
import type { Secrets } from "./secrets";
import type { Storage } from "./storage";

export { runtime };

/** What the stack hands to functions: secrets, buckets, and the state machines' ARNs as they exist. */
export interface EnvironmentSources {
  secrets: Secrets;
  storage: Pick<Storage, "uploads" | "drops" | "webhookQueue">;
  /** The ARNs known so far (a machine's own tasks cannot know it: its definition needs theirs). */
  machines: Partial<Record<MachineName, $util.Input<string>>>;
  /** The functions others invoke, once they exist (OcrTextTask, made with DocumentIngest). */
  functions?: Partial<Record<InvokedFunction, { name: $util.Input<string>; arn: $util.Input<string> }>>;
}

function invokedFunction(sources: EnvironmentSources, name: InvokedFunction) {
  const fn = sources.functions?.[name];
  if (fn === undefined) throw new Error(`stacks: the ${name} function is needed before it exists`);
  return fn;
}

function secretValue(secrets: Secrets, name: SecretName): $util.Input<string> {
  switch (name) {
    case "DatabaseUrl":
      return secrets.databaseUrl.value;
    case "DatabaseDirectUrl":
      return secrets.databaseDirectUrl.value;
    case "JwtSecret":
      return secrets.jwtSecret.value;
    case "OpenaiApiKey":
      return secrets.openaiApiKey.value;
  }
}

function machineArn(sources: EnvironmentSources, machine: MachineName): $util.Input<string> {
  const arn = sources.machines[machine];
  if (arn === undefined) throw new Error(`stacks: the ${machine} ARN is needed before it is known`);
  return arn;
}

/**
 * A function's environment, from its row in the function table and nothing else: exactly the
 * keys `environmentKeys` lists (the manifest and the config test read the same list).
 */
export function functionEnvironment(
  spec: FunctionSpec,
  sources: EnvironmentSources,
): Record<string, $util.Input<string>> {
  const values: Record<string, $util.Input<string>> = {
    STAGE: $app.stage,
    LOG_LEVEL: $app.stage === "production" ? "INFO" : "DEBUG",
    POWERTOOLS_SERVICE_NAME: spec.service,
  };
  if (spec.secrets.includes("DatabaseUrl")) values.DATABASE_DRIVER = "neon";
  for (const secret of spec.secrets) values[secretVariables[secret]] = secretValue(sources.secrets, secret);
  for (const bucket of Object.keys(spec.buckets) as BucketName[]) {
    values[bucketVariables[bucket]] = sources.storage[bucket].name;
  }
  for (const machine of Object.keys(spec.machines) as MachineName[]) {
    values[machineVariables[machine]] = machineArn(sources, machine);
  }
  for (const name of spec.invokes ?? [])
    values[functionVariables[name]] = invokedFunction(sources, name).name;
  for (const queue of Object.keys(spec.queues ?? {}) as QueueName[]) {
    values[queueVariables[queue]] = queueOf(sources, queue).url;
  }
  for (const setting of spec.settings ?? [])
    values[setting] = process.env[setting] || deploySettings[setting];
  const expected = environmentKeys(spec);
  const actual = Object.keys(values);
  if (expected.length !== actual.length || expected.some((k) => !(k in values))) {
    throw new Error(`stacks: ${spec.name} environment ${actual.join(",")} ≠ ${expected.join(",")}`);
  }
  return values;
}

/** Exactly the S3 and Step Functions actions the function's row asks for (no `s3:*`, no links). */
export interface Permission {
  actions: string[];
  resources: $util.Input<string>[];
}

export function functionPermissions(spec: FunctionSpec, sources: EnvironmentSources): Permission[] {
  const permissions: Permission[] = [];
  for (const bucket of Object.keys(spec.buckets) as BucketName[]) {
    const access = spec.buckets[bucket] ?? [];
    const onObjects = access
      .filter((a) => !bucketLevelAccess.includes(a))
      .flatMap((a) => [...bucketActions[a]]);
    if (onObjects.length > 0) {
      permissions.push({ actions: onObjects, resources: [$interpolate`${sources.storage[bucket].arn}/*`] });
    }
    // ListBucket is granted on the bucket itself, never on its objects.
    const onBucket = access
      .filter((a) => bucketLevelAccess.includes(a))
      .flatMap((a) => [...bucketActions[a]]);
    if (onBucket.length > 0)
      permissions.push({ actions: onBucket, resources: [sources.storage[bucket].arn] });
  }
  const machines = Object.keys(spec.machines) as MachineName[];
  const starts = machines.filter((m) => machineActions[spec.machines[m] ?? "arn"].machine.length > 0);
  if (starts.length > 0) {
    permissions.push({
      actions: ["states:StartExecution"],
      resources: starts.map((m) => machineArn(sources, m)),
    });
  }
  // Describing executions: `arn:…:execution:<machine>:*` from `arn:…:stateMachine:<machine>`.
  const observed = machines.filter((m) => machineActions[spec.machines[m] ?? "arn"].executions.length > 0);
  if (observed.length > 0) {
    permissions.push({
      actions: ["states:DescribeExecution"],
      resources: observed.map((m) => executionsOf(machineArn(sources, m))),
    });
  }
  const invoked = spec.invokes ?? [];
  if (invoked.length > 0) {
    permissions.push({
      actions: ["lambda:InvokeFunction"],
      resources: invoked.map((name) => invokedFunction(sources, name).arn),
    });
  }
  for (const [queue, access] of Object.entries(spec.queues ?? {}) as [QueueName, "send" | "consume"][]) {
    permissions.push({ actions: [...queueActions[access]], resources: [queueOf(sources, queue).arn] });
  }
  return permissions;
}

function queueOf(sources: EnvironmentSources, queue: QueueName) {
  switch (queue) {
    case "webhooks":
      return sources.storage.webhookQueue;
  }
}

function executionsOf(stateMachineArn: $util.Input<string>): $util.Output<string> {
  return $util.output(stateMachineArn).apply((arn) => `${arn.replace(":stateMachine:", ":execution:")}:*`);
}

/** `sst.aws.Function` arguments for a row of the function table: the only way stacks make one. */
export function functionArgs(
  spec: FunctionSpec,
  sources: EnvironmentSources,
  /** What its wiring adds (consuming a queue, say), beyond the table's buckets and machines. */
  extraPermissions: Permission[] = [],
): sst.aws.FunctionArgs {
  const copyFiles = copyFilesOf(spec);
  const install = installVersionsOf(spec);
  const loader = loaderOf(spec);
  const permissions = [...functionPermissions(spec, sources), ...extraPermissions];
  return {
    handler: spec.handler,
    runtime,
    timeout: `${spec.timeoutSeconds} seconds` as const,
    memory: `${spec.memoryMb} MB` as const,
    environment: functionEnvironment(spec, sources),
    ...(permissions.length > 0 ? { permissions } : {}),
    ...(copyFiles.length > 0 ? { copyFiles: copyFiles.map((f) => ({ ...f })) } : {}),
    nodejs: {
      ...nodejsBuild,
      ...(Object.keys(install).length > 0 ? { install } : {}),
      ...(Object.keys(loader).length > 0 ? { loader } : {}),
    },
  };
}
