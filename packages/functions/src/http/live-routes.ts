import {
  CandidateExplanationSchema,
  LiveCandidatePageSchema,
  LiveJobPageSchema,
  LiveQuerySchema,
  PairParamsSchema,
} from "./live-schemas";
import { JobIdParamsSchema } from "./match-schemas";
import { authErrors, error } from "./route-errors";
import type { RouteDef } from "./route-types";
import { IdParamsSchema } from "./schemas";

/** The live views of matching (the rankings every new CV and Rematch keep current). */
export const liveRoutes: RouteDef[] = [
  {
    operationId: "listJobCandidates",
    method: "GET",
    path: "/api/jobs/{jobId}/candidates",
    domain: "match",
    summary: "The job's live ranking, best first: every scored candidate with breakdown and latest verdict",
    tags: ["match"],
    auth: "viewer",
    request: { params: JobIdParamsSchema, query: LiveQuerySchema },
    responses: {
      200: { description: "A page of candidates", schema: LiveCandidatePageSchema },
      400: error("Bad minScore, limit or cursor"),
      ...authErrors,
      404: error("No such job for this tenant"),
    },
  },
  {
    operationId: "getJobCandidate",
    method: "GET",
    path: "/api/jobs/{jobId}/candidates/{resumeId}",
    domain: "match",
    summary:
      "One job × candidate pair: the full step-1 explanation, its live rank, any step-2 analysis, the verdict",
    tags: ["match"],
    auth: "viewer",
    request: { params: PairParamsSchema },
    responses: {
      200: { description: "The pair explained", schema: CandidateExplanationSchema },
      ...authErrors,
      404: error("No such job or resume for this tenant"),
      409: error("The job or the CV is not parsed: match.job_not_ready / match.resume_not_ready"),
    },
  },
  {
    operationId: "listResumeJobs",
    method: "GET",
    path: "/api/resumes/{id}/jobs",
    domain: "match",
    summary: "The open jobs this CV fits best, best first",
    tags: ["match"],
    auth: "viewer",
    request: { params: IdParamsSchema, query: LiveQuerySchema },
    responses: {
      200: { description: "A page of jobs", schema: LiveJobPageSchema },
      400: error("Bad minScore, limit or cursor"),
      ...authErrors,
      404: error("No such resume for this tenant"),
    },
  },
];
