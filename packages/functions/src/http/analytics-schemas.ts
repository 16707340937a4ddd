import * as z from "zod";
import { pageLimit } from "./query-schemas";

/* The analytics domain's HTTP shapes (issue 13); docs/analytics.md says what each figure means. */

const count = z.number().int().min(0);
const counts = <const K extends string>(keys: readonly K[]) =>
  z.object(Object.fromEntries(keys.map((k) => [k, count])) as Record<K, typeof count>);
const parseCounts = counts(["queued", "processing", "parsed", "failed"]);
const workCounts = counts(["queued", "running", "done", "failed"]);
const share = z.number().min(0).max(1);

export const DashboardQuerySchema = z
  .object({
    recent: pageLimit(100).optional().describe("How many recent events (default 20, at most 100)"),
  })
  .strict();

const ActivityEventSchema = z.object({
  kind: z
    .enum(["job", "resume", "match.step1", "match.step2", "tailoring"])
    .describe("A job or CV parsed or failed, a step-1 or step-2 session, a tailoring"),
  id: z.uuid().describe("The job or CV (not its document), the session or the tailoring"),
  status: z.string().describe("parsed | failed for a job or CV; queued | running | done | failed otherwise"),
  at: z.iso.datetime().describe("When it last changed"),
  jobId: z.uuid().nullable(),
  resumeId: z.uuid().nullable(),
  errorCode: z.string().nullable().describe("The stable dotted code of a failure"),
});

export const DashboardSchema = z
  .object({
    jobs: z.object({
      total: count.describe("Jobs not deleted, whatever their status"),
      byStatus: parseCounts.describe("The parse status"),
      byJobStatus: counts(["open", "on_hold", "closed"]).describe("The hiring status (jobStatus)"),
      open: count.describe("Parsed and open: the jobs CVs are scored against"),
    }),
    candidates: z.object({
      total: count.describe("CVs not deleted, whatever their status"),
      byStatus: parseCounts.describe("The parse status"),
      byPipelineStatus: counts(["available", "interviewing", "hired", "archived"]).describe(
        "The pipeline status (pipelineStatus)",
      ),
    }),
    documents: parseCounts
      .extend({ total: count })
      .describe("The parse status of every job and CV (one document each), both kinds together"),
    scores: z
      .object({
        count: count.describe("Step-1 scores in the live rankings (one per open job × candidate ranked)"),
        average: z.number().nullable().describe("Their mean (0..100, 2 decimals); null when none"),
        buckets: z
          .array(z.object({ from: z.number(), to: z.number(), count }))
          .length(10)
          .describe("10-point bins: [0,10) … [90,100], 100 in the last"),
      })
      .describe("The distribution of step-1 scores"),
    matching: z.object({
      step1Sessions: z.object({ total: count, byStatus: workCounts }),
      deepDives: z.object({
        sessions: count.describe("Step-2 sessions (AI deep dives)"),
        byStatus: workCounts,
        analyses: count.describe("Candidates the AI analysed"),
        failedAnalyses: count.describe("Candidates whose analysis failed"),
      }),
    }),
    tailorings: z.object({ total: count, byStatus: workCounts }),
    recentActivity: z.array(ActivityEventSchema).describe("Newest first: ids and times only"),
  })
  .meta({ id: "AnalyticsDashboard" });

export const SkillsQuerySchema = z
  .object({
    top: pageLimit(200).optional().describe("How many skills (default 20, at most 200)"),
    order: z
      .enum(["demand", "gap"])
      .default("demand")
      .describe(
        "demand: most-asked first (the default); gap: demand share minus supply share, largest first",
      ),
  })
  .strict();

export const SkillsReportSchema = z
  .object({
    openJobs: count.describe("Parsed, open jobs: the demand's denominator"),
    candidates: count.describe("Parsed CVs: the supply's denominator"),
    order: z.enum(["demand", "gap"]),
    items: z.array(
      z.object({
        skillId: z.string().describe("The taxonomy skill id"),
        label: z.string(),
        category: z.string().nullable(),
        demand: z.object({ jobs: count, share: share.describe("jobs / openJobs") }),
        supply: z.object({
          candidates: count,
          share: share.describe("candidates / the report's candidates"),
        }),
        gap: z
          .number()
          .min(-1)
          .max(1)
          .describe("demand.share − supply.share: above 0, scarcer in CVs than asked"),
      }),
    ),
  })
  .meta({ id: "SkillsReport" });
