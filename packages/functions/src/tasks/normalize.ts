import { normalizeStep } from "@futodama/services";
import { taskHandler } from "./task";

export const handler = taskHandler("Normalize", normalizeStep);
