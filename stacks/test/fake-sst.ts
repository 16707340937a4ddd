/**
 * A stand-in for SST's and Pulumi's globals (`sst`, `aws`, `$app`, `$interpolate`,
 * `$jsonStringify`, `$resolve`) that records every resource and method call, so the stack
 * modules can be built and inspected without the SST CLI or an AWS account. Outputs are
 * plain values: ARNs, names and URLs are deterministic strings derived from the resource name.
 */

const account = "123456789012";
const region = "us-east-1";

export class FakeResource {
  [attribute: string]: unknown;
  constructor(
    readonly type: string,
    readonly resourceName: string,
    readonly args: unknown,
  ) {}
}

export interface MethodCall {
  resource: FakeResource;
  method: string;
  args: unknown[];
}

export interface FakeSst {
  resources: FakeResource[];
  calls: MethodCall[];
  stage: string;
  /** Every resource of a type (`sst.aws.Function`, `aws.sfn.StateMachine`…). */
  all(type: string): FakeResource[];
  /** The one resource of a type with a name; throws when absent. */
  get(type: string, name: string): FakeResource;
  /** Method calls on a resource (`notify`, `subscribe`, `route`). */
  callsOn(resource: FakeResource, method: string): unknown[][];
  uninstall(): void;
}

type Attributes = (name: string, args: unknown) => Record<string, unknown>;

export interface FakeSstOptions {
  /** The values `sst.Secret`s resolve to (default `secret-value:<Name>`, or the declared default). */
  secrets?: Record<string, string>;
}

export function installFakeSst(stage = "test", options: FakeSstOptions = {}): FakeSst {
  const resources: FakeResource[] = [];
  const calls: MethodCall[] = [];
  const appName = "futodama";

  function component(type: string, attributes: Attributes, methods: readonly string[] = []) {
    return class extends FakeResource {
      constructor(name: string, args?: unknown) {
        super(type, name, args);
        Object.assign(this, attributes(name, args));
        for (const method of methods) {
          this[method] = (...callArgs: unknown[]) => {
            calls.push({ resource: this, method, args: callArgs });
            return new FakeResource(`${type}#${method}`, `${name}${method}`, callArgs);
          };
        }
        resources.push(this);
      }
    };
  }

  const physical = (name: string) => `${appName}-${stage}-${name}`;
  const sst = {
    Secret: component("sst.Secret", (name, placeholder) => ({
      name,
      value:
        options.secrets?.[name] ?? (typeof placeholder === "string" ? placeholder : `secret-value:${name}`),
    })),
    aws: {
      Bucket: component(
        "sst.aws.Bucket",
        (name) => ({
          name: physical(name).toLowerCase(),
          arn: `arn:aws:s3:::${physical(name).toLowerCase()}`,
        }),
        ["notify"],
      ),
      Queue: component(
        "sst.aws.Queue",
        (name) => ({
          arn: `arn:aws:sqs:${region}:${account}:${physical(name)}`,
          url: `https://sqs.${region}.amazonaws.com/${account}/${physical(name)}`,
        }),
        ["subscribe"],
      ),
      Function: component("sst.aws.Function", (name) => ({
        name: physical(name),
        arn: `arn:aws:lambda:${region}:${account}:function:${physical(name)}`,
      })),
      CronV2: component("sst.aws.CronV2", (name) => ({ name: physical(name) })),
      ApiGatewayV2: component(
        "sst.aws.ApiGatewayV2",
        (name) => ({
          url: `https://${name.toLowerCase()}.execute-api.${region}.amazonaws.com`,
          nodes: { api: { id: `${name.toLowerCase()}id` } },
        }),
        ["route"],
      ),
    },
  };
  const aws = {
    lambda: {
      Invocation: component("aws.lambda.Invocation", (name) => ({ result: `{"invoked":"${name}"}` })),
    },
    iam: { Role: component("aws.iam.Role", (name) => ({ arn: `arn:aws:iam::${account}:role/${name}` })) },
    sns: {
      Topic: component("aws.sns.Topic", (name) => ({ arn: `arn:aws:sns:${region}:${account}:${name}` })),
    },
    cloudwatch: {
      MetricAlarm: component("aws.cloudwatch.MetricAlarm", (name) => ({ name })),
      LogGroup: component("aws.cloudwatch.LogGroup", (_name, args) => ({
        arn: `arn:aws:logs:${region}:${account}:log-group:${(args as { name: string }).name}`,
      })),
    },
    sfn: {
      StateMachine: component("aws.sfn.StateMachine", (_name, args) => ({
        arn: `arn:aws:states:${region}:${account}:stateMachine:${(args as { name: string }).name}`,
      })),
    },
    getPartitionOutput: () => ({ partition: "aws" }),
    getRegionOutput: () => ({ region }),
    getCallerIdentityOutput: () => ({ accountId: account }),
  };
  const globals = {
    sst,
    aws,
    $app: { name: appName, stage },
    $interpolate: (strings: TemplateStringsArray, ...values: unknown[]) =>
      String.raw({ raw: strings }, ...values),
    $jsonStringify: (value: unknown) => JSON.stringify(value),
    $resolve: (value: unknown) => ({ apply: <R>(fn: (resolved: unknown) => R) => fn(value) }),
    $util: { output: (value: unknown) => ({ apply: <R>(fn: (resolved: unknown) => R) => fn(value) }) },
  };
  Object.assign(globalThis, globals);

  return {
    resources,
    calls,
    stage,
    all: (type) => resources.filter((r) => r.type === type),
    get(type, name) {
      const found = resources.find((r) => r.type === type && r.resourceName === name);
      if (found === undefined) throw new Error(`No ${type} named ${name}`);
      return found;
    },
    callsOn: (resource, method) =>
      calls.filter((c) => c.resource === resource && c.method === method).map((c) => c.args),
    uninstall() {
      for (const key of Object.keys(globals)) Reflect.deleteProperty(globalThis, key);
    },
  };
}
