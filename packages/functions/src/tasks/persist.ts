import { s3 } from "@futodama/services/capabilities/s3";
import { storage } from "@futodama/services/capabilities/storage";
import { webhookQueue } from "@futodama/services/capabilities/webhook-queue";
import { persistStep } from "@futodama/services/document/ingest-steps";
import { dependencies } from "../deps";
import { taskHandler } from "./task";

export const handler = taskHandler("Persist", persistStep, dependencies(storage, s3, webhookQueue));
