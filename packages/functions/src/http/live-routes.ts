import {
  CandidateExplanationSchema,
  LiveCandidatePageSchema,
  LiveJobPageSchema,
  LiveQuerySchema,
  PairParamsSchema,
} from "./live-schemas";
import { FeedbackListSchema, JobIdParamsSchema } from "./match-schemas";
import { authErrors, error } from "./route-errors";
import type { RouteDef } from "./route-types";
import { IdParamsSchema } from "./schemas";

/** The read side of matching: the live rankings every new CV and Rematch keep current, and recruiter feedback. */
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
  {
    operationId: "listSessionFeedback",
    method: "GET",
    path: "/api/match-sessions/{id}/feedback",
    domain: "match",
    summary: "A session's feedback: one current verdict per candidate, each with the verdicts it replaced",
    tags: ["match"],
    auth: "viewer",
    request: { params: IdParamsSchema },
    responses: {
      200: { description: "The current verdicts", schema: FeedbackListSchema },
      ...authErrors,
      404: error("No such match session for this tenant"),
    },
  },
  {
    operationId: "listJobFeedback",
    method: "GET",
    path: "/api/jobs/{jobId}/feedback",
    domain: "match",
    summary:
      "A job's feedback across its sessions: one current verdict per candidate and session, with history",
    tags: ["match"],
    auth: "viewer",
    request: { params: JobIdParamsSchema },
    responses: {
      200: { description: "The current verdicts", schema: FeedbackListSchema },
      ...authErrors,
      404: error("No such job for this tenant"),
    },
  },
];
