import {
  JobIdParamsSchema,
  MatchFeedbackBodySchema,
  MatchFeedbackSchema,
  MatchResultsQuerySchema,
  MatchSessionPageSchema,
  MatchSessionSchema,
  MatchSessionSummarySchema,
  MatchSessionsQuerySchema,
  MatchStep2BodySchema,
  OptionalMatchStep1BodySchema,
} from "./match-schemas";
import { authErrors, error } from "./route-errors";
import type { RouteDef } from "./route-types";
import { IdParamsSchema } from "./schemas";

/** The match domain: step-1 ranking, sessions and their results, recruiter feedback. */
export const matchRoutes: RouteDef[] = [
  {
    operationId: "runMatchStep1",
    method: "POST",
    path: "/api/jobs/{jobId}/match/step1",
    domain: "match",
    summary:
      "Rank every parsed candidate of the tenant for this job (deterministic, explainable, synchronous); the session with its first page of results",
    tags: ["match"],
    auth: "recruiter",
    request: { params: JobIdParamsSchema, body: OptionalMatchStep1BodySchema },
    responses: {
      200: { description: "The finished session, best candidates first", schema: MatchSessionSchema },
      400: error("Invalid body"),
      ...authErrors,
      404: error("No such job for this tenant"),
      409: error("The job is not parsed (yet): match.job_not_ready"),
    },
  },
  {
    operationId: "runMatchStep2",
    method: "POST",
    path: "/api/jobs/{jobId}/match/step2",
    domain: "match",
    summary:
      "Start the AI deep dive (step 2) on the best candidates of a step-1 session, on named candidates, or on a fresh ranking's best; poll GET /api/match-sessions/{id} for progress and analyses",
    tags: ["match"],
    auth: "recruiter",
    request: { params: JobIdParamsSchema, body: MatchStep2BodySchema },
    responses: {
      202: { description: "The step-2 session, running", schema: MatchSessionSummarySchema },
      400: error("Invalid body"),
      ...authErrors,
      404: error("No such job, session or resume for this tenant"),
      409: error(
        "The job or a resume is not parsed, the session is not a finished step-1 session of this job, or there is no candidate",
      ),
    },
  },
  {
    operationId: "listJobMatchSessions",
    method: "GET",
    path: "/api/jobs/{jobId}/match-sessions",
    domain: "match",
    summary: "A job's match sessions, newest first",
    tags: ["match"],
    auth: "viewer",
    request: { params: JobIdParamsSchema, query: MatchSessionsQuerySchema },
    responses: {
      200: { description: "A page of sessions", schema: MatchSessionPageSchema },
      400: error("Bad cursor or limit"),
      ...authErrors,
      404: error("No such job for this tenant"),
    },
  },
  {
    operationId: "getMatchSession",
    method: "GET",
    path: "/api/match-sessions/{id}",
    domain: "match",
    summary:
      "A match session: status, progress and its results by rank with per-category evidence (paginated)",
    tags: ["match"],
    auth: "viewer",
    request: { params: IdParamsSchema, query: MatchResultsQuerySchema },
    responses: {
      200: { description: "The session and a page of results", schema: MatchSessionSchema },
      400: error("Bad cursor or limit"),
      ...authErrors,
      404: error("No such match session for this tenant"),
    },
  },
  {
    operationId: "addMatchFeedback",
    method: "POST",
    path: "/api/match-sessions/{id}/feedback",
    domain: "match",
    summary: "Record a recruiter's verdict on a candidate of the session (positive | negative | hired)",
    tags: ["match"],
    auth: "recruiter",
    request: { params: IdParamsSchema, body: MatchFeedbackBodySchema },
    responses: {
      201: { description: "The feedback", schema: MatchFeedbackSchema },
      400: error("Invalid body"),
      ...authErrors,
      404: error("No such session, or no such resume, for this tenant"),
    },
  },
];
