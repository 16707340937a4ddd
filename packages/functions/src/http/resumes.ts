import { documentHandlers } from "./documents";
import { createDomainHandler } from "./router";

/** Lambda entry: the resumes router. */
export const handler = createDomainHandler("resumes", documentHandlers("resume", "Resume"));
