import { analyzer } from "@futodama/services/capabilities/ai";
import { s3 } from "@futodama/services/capabilities/s3";
import { storage } from "@futodama/services/capabilities/storage";
import { analyzeCandidateStep } from "@futodama/services/deep-dive";
import { dependencies } from "../deps";
import { taskHandler } from "./task";

export const handler = taskHandler(
  "AnalyzeCandidate",
  analyzeCandidateStep,
  dependencies(storage, s3, analyzer),
);
