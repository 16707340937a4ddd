import { storage } from "@futodama/services/capabilities/storage";
import { finishDeepDiveStep } from "@futodama/services/deep-dive";
import { dependencies } from "../deps";
import { taskHandler } from "./task";

export const handler = taskHandler("FinishDeepDive", finishDeepDiveStep, dependencies(storage));
