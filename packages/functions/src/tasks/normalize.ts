import { embedder, enhancer } from "@futodama/services/capabilities/ai";
import { s3 } from "@futodama/services/capabilities/s3";
import { storage } from "@futodama/services/capabilities/storage";
import { normalizeStep } from "@futodama/services/document/ingest-steps";
import { dependencies } from "../deps";
import { taskHandler } from "./task";

export const handler = taskHandler("Normalize", normalizeStep, dependencies(storage, s3, enhancer, embedder));
