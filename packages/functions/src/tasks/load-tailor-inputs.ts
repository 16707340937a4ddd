import { loadTailorInputs } from "@futodama/services";
import { taskHandler } from "./task";

export const handler = taskHandler("LoadInputs", loadTailorInputs);
