import { type ApiRoute, createApi } from "./api";
import { createDeepDive } from "./deep-dive";
import { createIngest } from "./ingest";
import { createSchedule } from "./schedule";
import { createSecrets } from "./secrets";
import { createStorage } from "./storage";
import { createTailor } from "./tailor";
import { createWorkflow, documentIngestArnOf } from "./workflow";

/** The whole app, wired. `sst.config.ts` calls it with the route table; tests call it with fakes. */
export function buildApp(input: { routes: readonly ApiRoute[] }) {
  const secrets = createSecrets();
  const storage = createStorage();
  const documentIngestArn = documentIngestArnOf();
  const workflow = createWorkflow({ secrets, storage, documentIngestArn });
  const ingest = createIngest({ secrets, storage, workflow, documentIngestArn });
  const deepDive = createDeepDive({ secrets, storage, documentIngestArn });
  // Only the match API starts step 2: it alone gets the machine's ARN and StartExecution on it.
  const matchDeepDiveArn = deepDive.stateMachine.arn;
  const tailor = createTailor({ secrets, storage, documentIngestArn });
  // Only the tailoring API starts Tailor: it alone gets the machine's ARN and StartExecution on it.
  const tailorArn = tailor.stateMachine.arn;
  const { api } = createApi({
    secrets,
    storage,
    documentIngestArn,
    routes: input.routes,
    domainAccess: {
      match: {
        environment: { MATCH_DEEP_DIVE_ARN: matchDeepDiveArn },
        permissions: [{ actions: ["states:StartExecution"], resources: [matchDeepDiveArn] }],
      },
      tailoring: {
        environment: { TAILOR_ARN: tailorArn },
        permissions: [{ actions: ["states:StartExecution"], resources: [tailorArn] }],
      },
    },
  });
  const schedule = createSchedule({ secrets, storage, documentIngestArn });

  return {
    resources: { secrets, storage, workflow, ingest, deepDive, tailor, api, schedule },
    outputs: {
      api: api.url,
      uploadsBucket: storage.uploads.name,
      dropsBucket: storage.drops.name,
      ingestQueue: storage.ingestQueue.url,
      ingestDlq: storage.ingestDlq.url,
      documentIngest: workflow.stateMachine.arn,
      matchDeepDive: deepDive.stateMachine.arn,
      tailor: tailor.stateMachine.arn,
      rematch: schedule.stateMachine.arn,
    },
  };
}
