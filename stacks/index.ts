import { createAlarms } from "./alarms";
import { type ApiRoute, createApi } from "./api";
import { createDeepDive } from "./deep-dive";
import { createIngest } from "./ingest";
import { createMatchShards } from "./match-shards";
import { createMigrator } from "./migrator";
import { createReconcile } from "./reconcile";
import { createSchedule } from "./schedule";
import { createSecrets } from "./secrets";
import { createStorage } from "./storage";
import { createTailor } from "./tailor";
import { createWebhookDelivery } from "./webhooks";
import { createWorkflow } from "./workflow";

/**
 * The whole app, wired. `sst.config.ts` calls it with the route table; tests call it with fakes.
 * Every function comes from its row of the function table (stacks/functions.ts).
 */
export function buildApp(input: { routes: readonly ApiRoute[] }) {
  const secrets = createSecrets();
  const storage = createStorage();
  // Issue 14: first, since every function that runs step 1 invokes it (one call per shard).
  const matchShards = createMatchShards({ secrets, storage, machines: {} });
  const shardFunction = { name: matchShards.function.name, arn: matchShards.function.arn };
  const base = { secrets, storage, machines: {}, functions: { MatchShardTask: shardFunction } };
  const migrate = createMigrator(base);
  const workflow = createWorkflow(base);
  // The machine's own output (not the precomputed ARN), so the starter deploys after it.
  const ingest = createIngest({ ...base, machines: { DocumentIngest: workflow.stateMachine.arn } });
  const deepDive = createDeepDive(base);
  const tailor = createTailor(base);
  // Who may start which machine is in the table: the document APIs (retries), match (step 2), tailoring.
  // ApiVision invokes OcrTextTask (a DocumentIngest task) rather than carrying OCR itself.
  const { api } = createApi({
    ...base,
    functions: { ...base.functions, OcrTextTask: workflow.functions.ocrText },
    routes: input.routes,
    machines: {
      DocumentIngest: workflow.stateMachine.arn,
      MatchDeepDive: deepDive.stateMachine.arn,
      Tailor: tailor.stateMachine.arn,
    },
  });
  const schedule = createSchedule(base);
  // Issue 11: stuck records and unregistered objects; its tasks restart DocumentIngest.
  const reconcile = createReconcile({ ...base, machines: { DocumentIngest: workflow.stateMachine.arn } });
  // Issue 13: webhook deliveries from the queue the workflows' last steps and two APIs feed.
  const webhooks = createWebhookDelivery(base);
  const alarms = createAlarms({
    deadLetterQueues: { IngestDlq: storage.ingestDlq, WebhookDlq: storage.webhookDlq },
    stateMachines: {
      DocumentIngest: workflow.stateMachine,
      MatchDeepDive: deepDive.stateMachine,
      Tailor: tailor.stateMachine,
      Rematch: schedule.stateMachine,
      Reconcile: reconcile.stateMachine,
    },
    api,
  });

  return {
    resources: {
      secrets,
      storage,
      migrate,
      matchShards,
      workflow,
      ingest,
      deepDive,
      tailor,
      api,
      schedule,
      reconcile,
      webhooks,
    },
    outputs: {
      api: api.url,
      uploadsBucket: storage.uploads.name,
      dropsBucket: storage.drops.name,
      ingestQueue: storage.ingestQueue.url,
      ingestDlq: storage.ingestDlq.url,
      webhookQueue: storage.webhookQueue.url,
      webhookDlq: storage.webhookDlq.url,
      alarmTopic: alarms.topic.arn,
      documentIngest: workflow.stateMachine.arn,
      matchDeepDive: deepDive.stateMachine.arn,
      tailor: tailor.stateMachine.arn,
      rematch: schedule.stateMachine.arn,
      reconcile: reconcile.stateMachine.arn,
      migrator: migrate.migrator.name,
    },
  };
}
