import { persistTailoringStep } from "@futodama/services";
import { taskHandler } from "./task";

export const handler = taskHandler("Persist", persistTailoringStep);
