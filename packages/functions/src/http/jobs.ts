import { documentHandlers } from "./documents";
import { createDomainHandler } from "./router";

/** Lambda entry: the jobs router. */
export const handler = createDomainHandler("jobs", documentHandlers("job", "Job"));
