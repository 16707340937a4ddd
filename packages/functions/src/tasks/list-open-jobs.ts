import { listOpenJobsStep } from "@futodama/services";
import { taskHandler } from "./task";

/** Rematch's first step: the open jobs of `{ tenantId? }` (every tenant without one), as ids. */
export const handler = taskHandler("ListOpenJobs", listOpenJobsStep);
