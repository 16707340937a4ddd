import { tailor } from "@futodama/services/capabilities/ai";
import { s3 } from "@futodama/services/capabilities/s3";
import { storage } from "@futodama/services/capabilities/storage";
import { tailorStep } from "@futodama/services/tailoring";
import { dependencies } from "../deps";
import { taskHandler } from "./task";

export const handler = taskHandler("Tailor", tailorStep, dependencies(storage, s3, tailor));
