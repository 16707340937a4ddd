import { s3 } from "@futodama/services/capabilities/s3";
import { storage } from "@futodama/services/capabilities/storage";
import { extractTextStep } from "@futodama/services/document/ingest-steps";
import { dependencies } from "../deps";
import { taskHandler } from "./task";

export const handler = taskHandler("ExtractText", extractTextStep, dependencies(storage, s3));
