import { s3 } from "@futodama/services/capabilities/s3";
import { storage } from "@futodama/services/capabilities/storage";
import { verifyStep } from "@futodama/services/tailoring";
import { dependencies } from "../deps";
import { taskHandler } from "./task";

export const handler = taskHandler("Verify", verifyStep, dependencies(storage, s3));
