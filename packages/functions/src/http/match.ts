import { matchShards } from "@futodama/services/capabilities/match-shards";
import { s3 } from "@futodama/services/capabilities/s3";
import { sfn } from "@futodama/services/capabilities/sfn";
import { storage } from "@futodama/services/capabilities/storage";
import { webhookQueue } from "@futodama/services/capabilities/webhook-queue";
import { runMatchStep2 } from "@futodama/services/deep-dive";
import {
  addFeedback,
  explainPair,
  getJobFeedback,
  getMatchSession,
  getSessionFeedback,
  listJobCandidates,
  listJobMatchSessions,
  listResumeJobs,
  runMatchStep1AndNotify,
} from "@futodama/services/match";
import { dependencies } from "../deps";
import { LiveQuerySchema, PairParamsSchema } from "./live-schemas";
import {
  JobIdParamsSchema,
  MatchFeedbackBodySchema,
  MatchResultsQuerySchema,
  MatchSessionsQuerySchema,
  MatchStep2BodySchema,
  OptionalMatchStep1BodySchema,
} from "./match-schemas";
import { createDomainHandler } from "./router";
import { IdParamsSchema } from "./schemas";
import { handles } from "./typed-handler";

/** Lambda entry: the match router (step 1, step 2, sessions, feedback). */
export const handler = createDomainHandler(
  "match",
  {
    runMatchStep1: handles(
      { params: JobIdParamsSchema, body: OptionalMatchStep1BodySchema },
      async ({ auth, params, body, deps }) => ({
        status: 200,
        // The body is optional: every field has a default.
        body: await runMatchStep1AndNotify(await deps(), auth.tenantId, params.jobId, body ?? {}),
      }),
    ),
    runMatchStep2: handles(
      { params: JobIdParamsSchema, body: MatchStep2BodySchema },
      async ({ auth, params, body, deps }) => ({
        status: 202,
        body: await runMatchStep2(await deps(), auth.tenantId, params.jobId, {
          ...body,
          requestedBy: auth.subject,
        }),
      }),
    ),
    listJobMatchSessions: handles(
      { params: JobIdParamsSchema, query: MatchSessionsQuerySchema },
      async ({ auth, params, query, deps }) => ({
        status: 200,
        body: await listJobMatchSessions(await deps(), auth.tenantId, params.jobId, query),
      }),
    ),
    getMatchSession: handles(
      { params: IdParamsSchema, query: MatchResultsQuerySchema },
      async ({ auth, params, query, deps }) => ({
        status: 200,
        body: await getMatchSession(await deps(), auth.tenantId, params.id, query),
      }),
    ),
    listJobCandidates: handles(
      { params: JobIdParamsSchema, query: LiveQuerySchema },
      async ({ auth, params, query, deps }) => ({
        status: 200,
        body: await listJobCandidates(await deps(), auth.tenantId, params.jobId, query),
      }),
    ),
    listResumeJobs: handles(
      { params: IdParamsSchema, query: LiveQuerySchema },
      async ({ auth, params, query, deps }) => ({
        status: 200,
        body: await listResumeJobs(await deps(), auth.tenantId, params.id, query),
      }),
    ),
    getJobCandidate: handles({ params: PairParamsSchema }, async ({ auth, params, deps }) => ({
      status: 200,
      body: await explainPair(await deps(), auth.tenantId, params.jobId, params.resumeId),
    })),
    listSessionFeedback: handles({ params: IdParamsSchema }, async ({ auth, params, deps }) => ({
      status: 200,
      body: await getSessionFeedback(await deps(), auth.tenantId, params.id),
    })),
    listJobFeedback: handles({ params: JobIdParamsSchema }, async ({ auth, params, deps }) => ({
      status: 200,
      body: await getJobFeedback(await deps(), auth.tenantId, params.jobId),
    })),
    addMatchFeedback: handles(
      { params: IdParamsSchema, body: MatchFeedbackBodySchema },
      async ({ auth, params, body, deps }) => ({
        status: 201,
        body: await addFeedback(await deps(), auth.tenantId, params.id, { ...body, createdBy: auth.subject }),
      }),
    ),
  },
  dependencies(storage, s3, sfn, webhookQueue, matchShards),
);
