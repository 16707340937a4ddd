import { analyzeCandidateStep } from "@futodama/services";
import { taskHandler } from "./task";

export const handler = taskHandler("AnalyzeCandidate", analyzeCandidateStep);
