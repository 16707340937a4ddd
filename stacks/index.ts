import { type ApiRoute, createApi } from "./api";
import { createIngest } from "./ingest";
import { createSecrets } from "./secrets";
import { createStorage } from "./storage";
import { createWorkflow, documentIngestArnOf } from "./workflow";

/** The whole app, wired. `sst.config.ts` calls it with the route table; tests call it with fakes. */
export function buildApp(input: { routes: readonly ApiRoute[] }) {
  const secrets = createSecrets();
  const storage = createStorage();
  const documentIngestArn = documentIngestArnOf();
  const workflow = createWorkflow({ secrets, storage, documentIngestArn });
  const ingest = createIngest({ secrets, storage, workflow, documentIngestArn });
  const { api } = createApi({ secrets, storage, documentIngestArn, routes: input.routes });

  return {
    resources: { secrets, storage, workflow, ingest, api },
    outputs: {
      api: api.url,
      uploadsBucket: storage.uploads.name,
      dropsBucket: storage.drops.name,
      ingestQueue: storage.ingestQueue.url,
      ingestDlq: storage.ingestDlq.url,
      documentIngest: workflow.stateMachine.arn,
    },
  };
}
