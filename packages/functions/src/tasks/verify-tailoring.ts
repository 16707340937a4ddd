import { verifyStep } from "@futodama/services";
import { taskHandler } from "./task";

export const handler = taskHandler("Verify", verifyStep);
