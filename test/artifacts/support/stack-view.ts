import type { StateMachineDefinition } from "@futodama/workflow";
import { routes } from "../../../packages/functions/src/http/routes";
import { type FakeResource, installFakeSst } from "../../../stacks/test/fake-sst";

/*
 * What the stacks would deploy, read from the stack code itself (with SST's globals faked, as
 * stacks/test does): each function's environment, the state machines' ASL with the functions'
 * ARNs in it, the buckets, queues and bucket notifications. The artifact tier builds its local
 * world from this, so nothing about a function is written a second time for the tests.
 */
export interface StackView {
  /** Function name → the environment the stack gives it (secrets as given). */
  environments: Map<string, Record<string, string>>;
  /** Lambda ARN (as the ASL names it) → function name. */
  functionByArn: Map<string, string>;
  /** Physical function name (as another function invokes it, OCR_FUNCTION_NAME) → function name. */
  functionByPhysicalName: Map<string, string>;
  /** Physical name → ASL, as the stack passes it to aws.sfn.StateMachine. */
  stateMachines: Map<string, StateMachineDefinition>;
  buckets: string[];
  /** Queue names in creation order. */
  queues: string[];
  notifications: { bucket: string; queue: string; prefix?: string }[];
  /** Queue name → the function subscribed to it (the ingest starter, the webhook delivery). */
  subscriptions: { queue: string; functionName: string }[];
}

const nameFromArn = (arn: string) => arn.slice(arn.lastIndexOf(":") + 1);

interface FunctionArgs {
  environment: Record<string, string>;
}
interface NotifyArgs {
  notifications: { queue: FakeResource; filterPrefix?: string }[];
}

/*
 * stacks/index.ts is typed against SST's globals (.sst/platform), which stacks/tsconfig.json
 * checks; imported by a computed path, it stays out of this project's type check.
 */
const stacksIndex = new URL("../../../stacks/index.ts", import.meta.url).href;
type BuildApp = (input: { routes: typeof routes }) => unknown;

export async function readStack(secrets: Record<string, string>, stage = "test"): Promise<StackView> {
  const fake = installFakeSst(stage, { secrets });
  try {
    const { buildApp } = (await import(stacksIndex)) as { buildApp: BuildApp };
    buildApp({ routes });
    const environments = new Map<string, Record<string, string>>();
    const functionByArn = new Map<string, string>();
    const functionByPhysicalName = new Map<string, string>();
    for (const f of fake.all("sst.aws.Function")) {
      environments.set(f.resourceName, { ...(f.args as FunctionArgs).environment });
      functionByArn.set(f.arn as string, f.resourceName);
      functionByPhysicalName.set(f.name as string, f.resourceName);
    }
    for (const cron of fake.all("sst.aws.CronV2")) {
      const args = cron.args as { function: FunctionArgs };
      environments.set(`${cron.resourceName}Handler`, { ...args.function.environment });
    }
    const stateMachines = new Map<string, StateMachineDefinition>();
    for (const machine of fake.all("aws.sfn.StateMachine")) {
      const args = machine.args as { name: string; definition: string };
      stateMachines.set(args.name, JSON.parse(args.definition) as StateMachineDefinition);
    }
    const buckets = fake.all("sst.aws.Bucket");
    const queues = fake.all("sst.aws.Queue");
    const functionByArnOf = (arn: unknown) => functionByArn.get(String(arn)) ?? String(arn);
    return {
      environments,
      functionByArn,
      functionByPhysicalName,
      stateMachines,
      buckets: buckets.map((b) => b.name as string),
      queues: queues.map((q) => nameFromArn(q.arn as string)),
      subscriptions: queues.flatMap((queue) =>
        fake.callsOn(queue, "subscribe").map(([subscriber]) => ({
          queue: nameFromArn(queue.arn as string),
          functionName: functionByArnOf(subscriber),
        })),
      ),
      notifications: buckets.flatMap((bucket) =>
        fake.callsOn(bucket, "notify").flatMap(([args]) =>
          (args as NotifyArgs).notifications.map((n) => ({
            bucket: bucket.name as string,
            queue: nameFromArn(n.queue.arn as string),
            ...(n.filterPrefix ? { prefix: n.filterPrefix } : {}),
          })),
        ),
      ),
    };
  } finally {
    fake.uninstall();
  }
}
