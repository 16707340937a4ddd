import { s3 } from "@futodama/services/capabilities/s3";
import { sfn } from "@futodama/services/capabilities/sfn";
import { storage } from "@futodama/services/capabilities/storage";
import { dependencies } from "../deps";
import { documentHandlers } from "./documents";
import { createDomainHandler } from "./router";

/** Lambda entry: the resumes router. */
export const handler = createDomainHandler(
  "resumes",
  documentHandlers("resume", "Resume"),
  dependencies(storage, s3, sfn),
);
