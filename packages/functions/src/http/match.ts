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
import type { z } from "zod";
import { dependencies } from "../deps";
import type { LiveQuerySchema } from "./live-schemas";
import type {
  MatchFeedbackBodySchema,
  MatchResultsQuerySchema,
  MatchSessionsQuerySchema,
  MatchStep1BodySchema,
  MatchStep2BodySchema,
} from "./match-schemas";
import { createDomainHandler } from "./router";

/** Lambda entry: the match router (step 1, step 2, sessions, feedback). */
export const handler = createDomainHandler(
  "match",
  {
    runMatchStep1: async ({ auth, params, body, deps }) => {
      // The body is optional: every field has a default.
      const input = (body as z.infer<typeof MatchStep1BodySchema> | undefined) ?? {};
      const jobId = (params as { jobId: string }).jobId;
      return { status: 200, body: await runMatchStep1AndNotify(await deps(), auth.tenantId, jobId, input) };
    },
    runMatchStep2: async ({ auth, params, body, deps }) => {
      const input = body as z.infer<typeof MatchStep2BodySchema>;
      const jobId = (params as { jobId: string }).jobId;
      return { status: 202, body: await runMatchStep2(await deps(), auth.tenantId, jobId, input) };
    },
    listJobMatchSessions: async ({ auth, params, query, deps }) => {
      const page = query as z.infer<typeof MatchSessionsQuerySchema>;
      const jobId = (params as { jobId: string }).jobId;
      return { status: 200, body: await listJobMatchSessions(await deps(), auth.tenantId, jobId, page) };
    },
    getMatchSession: async ({ auth, params, query, deps }) => {
      const page = query as z.infer<typeof MatchResultsQuerySchema>;
      const id = (params as { id: string }).id;
      return { status: 200, body: await getMatchSession(await deps(), auth.tenantId, id, page) };
    },
    listJobCandidates: async ({ auth, params, query, deps }) => {
      const options = query as z.infer<typeof LiveQuerySchema>;
      const jobId = (params as { jobId: string }).jobId;
      return { status: 200, body: await listJobCandidates(await deps(), auth.tenantId, jobId, options) };
    },
    listResumeJobs: async ({ auth, params, query, deps }) => {
      const options = query as z.infer<typeof LiveQuerySchema>;
      const id = (params as { id: string }).id;
      return { status: 200, body: await listResumeJobs(await deps(), auth.tenantId, id, options) };
    },
    getJobCandidate: async ({ auth, params, deps }) => {
      const { jobId, resumeId } = params as { jobId: string; resumeId: string };
      return { status: 200, body: await explainPair(await deps(), auth.tenantId, jobId, resumeId) };
    },
    listSessionFeedback: async ({ auth, params, deps }) => {
      const id = (params as { id: string }).id;
      return { status: 200, body: await getSessionFeedback(await deps(), auth.tenantId, id) };
    },
    listJobFeedback: async ({ auth, params, deps }) => {
      const jobId = (params as { jobId: string }).jobId;
      return { status: 200, body: await getJobFeedback(await deps(), auth.tenantId, jobId) };
    },
    addMatchFeedback: async ({ auth, params, body, deps }) => {
      const input = body as z.infer<typeof MatchFeedbackBodySchema>;
      const id = (params as { id: string }).id;
      return {
        status: 201,
        body: await addFeedback(await deps(), auth.tenantId, id, { ...input, createdBy: auth.subject }),
      };
    },
  },
  dependencies(storage, sfn, webhookQueue),
);
