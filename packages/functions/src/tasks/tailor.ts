import { tailorStep } from "@futodama/services";
import { taskHandler } from "./task";

export const handler = taskHandler("Tailor", tailorStep);
