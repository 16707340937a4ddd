import { storage } from "@futodama/services/capabilities/storage";
import { markFailedStep } from "@futodama/services/document/ingest-steps";
import { dependencies } from "../deps";
import { taskHandler } from "./task";

export const handler = taskHandler("MarkFailed", markFailedStep, dependencies(storage));
