import { storage } from "@futodama/services/capabilities/storage";
import { markTailoringFailed } from "@futodama/services/tailoring";
import { dependencies } from "../deps";
import { taskHandler } from "./task";

export const handler = taskHandler("MarkTailoringFailed", markTailoringFailed, dependencies(storage));
