import { s3 } from "@futodama/services/capabilities/s3";
import { storage } from "@futodama/services/capabilities/storage";
import { checkReadiness } from "@futodama/services/ops/readiness";
import { dependencies } from "../deps";
import { createDomainHandler } from "./router";
import { handles } from "./typed-handler";

// Built apart: a database that cannot be reached must not keep the buckets from being checked.
const database = dependencies(storage);
const objectStore = dependencies(s3);

/** Lambda entry: readiness (issue 13). Public, like /health, for load balancers and probes. */
export const handler = createDomainHandler("ops", {
  ready: handles({}, async () => {
    const report = await checkReadiness({ storage: database, s3: objectStore });
    const headers = { "cache-control": "no-store" };
    if (report.status === "ready") return { status: 200, body: report, headers };
    // The API's one error shape, the report as its details.
    const body = {
      error: `Not ready: ${report.failing.join(", ")} not answering`,
      code: "ops.not_ready",
      details: report,
    };
    return { status: 503, body, headers };
  }),
});
