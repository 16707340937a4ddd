import { storage } from "@futodama/services/capabilities/storage";
import { webhookQueue } from "@futodama/services/capabilities/webhook-queue";
import { finishDeepDiveStep } from "@futodama/services/deep-dive";
import { dependencies } from "../deps";
import { taskHandler } from "./task";

export const handler = taskHandler("FinishDeepDive", finishDeepDiveStep, dependencies(storage, webhookQueue));
