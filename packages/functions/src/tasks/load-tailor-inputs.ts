import { storage } from "@futodama/services/capabilities/storage";
import { loadTailorInputs } from "@futodama/services/tailoring";
import { dependencies } from "../deps";
import { taskHandler } from "./task";

export const handler = taskHandler("LoadInputs", loadTailorInputs, dependencies(storage));
