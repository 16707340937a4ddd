import { storage } from "@futodama/services/capabilities/storage";
import { webhookQueue } from "@futodama/services/capabilities/webhook-queue";
import { markFailedStep } from "@futodama/services/document/ingest-steps";
import { dependencies } from "../deps";
import { taskHandler } from "./task";

export const handler = taskHandler("MarkFailed", markFailedStep, dependencies(storage, webhookQueue));
