import { storage } from "@futodama/services/capabilities/storage";
import { listOpenJobsStep } from "@futodama/services/rematch";
import { dependencies } from "../deps";
import { taskHandler } from "./task";

/** Rematch's first step: the open jobs of `{ tenantId? }` (every tenant without one), as ids. */
export const handler = taskHandler("ListOpenJobs", listOpenJobsStep, dependencies(storage));
