import {
  type ActivityEvent,
  type AnalyticsTallies,
  jobStages,
  matchStatuses,
  parseStatuses,
  pipelineStages,
  type RecordTally,
  tailoringStatuses,
} from "@futodama/storage";
import type { ServiceDeps } from "../deps";

type Counts<K extends string> = Record<K, number>;

export interface ScoreBucket {
  /** Inclusive lower bound. */
  from: number;
  /** Exclusive upper bound, but 100 belongs to the last bucket. */
  to: number;
  count: number;
}

export interface ActivityView extends Omit<ActivityEvent, "at"> {
  at: string;
}

/** A tenant's dashboard (docs/analytics.md says what each figure means). */
export interface Dashboard {
  jobs: {
    total: number;
    byStatus: Counts<(typeof parseStatuses)[number]>;
    byJobStatus: Counts<(typeof jobStages)[number]>;
    /** Parsed and open: the jobs CVs are scored against. */
    open: number;
  };
  candidates: {
    total: number;
    byStatus: Counts<(typeof parseStatuses)[number]>;
    byPipelineStatus: Counts<(typeof pipelineStages)[number]>;
  };
  documents: { total: number } & Counts<(typeof parseStatuses)[number]>;
  scores: { count: number; average: number | null; buckets: ScoreBucket[] };
  matching: {
    step1Sessions: { total: number; byStatus: Counts<(typeof matchStatuses)[number]> };
    deepDives: {
      sessions: number;
      byStatus: Counts<(typeof matchStatuses)[number]>;
      /** Candidates analysed by the AI (step 2), and those whose analysis failed. */
      analyses: number;
      failedAnalyses: number;
    };
  };
  tailorings: { total: number; byStatus: Counts<(typeof tailoringStatuses)[number]> };
  recentActivity: ActivityView[];
}

function countBy<K extends string>(keys: readonly K[], rows: { key: string; count: number }[]): Counts<K> {
  const out = Object.fromEntries(keys.map((k) => [k, 0])) as Counts<K>;
  for (const row of rows) if (row.key in out) out[row.key as K] += row.count;
  return out;
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

function recordsOf(records: RecordTally[], kind: RecordTally["kind"]) {
  const rows = records.filter((r) => r.kind === kind);
  return {
    total: sum(rows.map((r) => r.count)),
    byStatus: countBy(
      parseStatuses,
      rows.map((r) => ({ key: r.status, count: r.count })),
    ),
    stages: rows.map((r) => ({ key: r.stage, count: r.count })),
  };
}

export function toDashboard(tallies: AnalyticsTallies, activity: ActivityEvent[]): Dashboard {
  const jobs = recordsOf(tallies.records, "job");
  const cvs = recordsOf(tallies.records, "resume");
  const scoreCount = sum(tallies.scores.map((s) => s.count));
  const scoreTotal = sum(tallies.scores.map((s) => s.total));
  const sessions = (kind: "step1" | "step2") => tallies.sessions.filter((s) => s.kind === kind);
  const step1 = sessions("step1");
  const step2 = sessions("step2");
  const documents = countBy(parseStatuses, [
    ...Object.entries(jobs.byStatus).map(([key, count]) => ({ key, count })),
    ...Object.entries(cvs.byStatus).map(([key, count]) => ({ key, count })),
  ]);
  return {
    jobs: {
      total: jobs.total,
      byStatus: jobs.byStatus,
      byJobStatus: countBy(jobStages, jobs.stages),
      open: sum(
        tallies.records
          .filter((r) => r.kind === "job" && r.status === "parsed" && r.stage === "open")
          .map((r) => r.count),
      ),
    },
    candidates: {
      total: cvs.total,
      byStatus: cvs.byStatus,
      byPipelineStatus: countBy(pipelineStages, cvs.stages),
    },
    documents: { total: jobs.total + cvs.total, ...documents },
    scores: {
      count: scoreCount,
      average: scoreCount === 0 ? null : Math.round((scoreTotal / scoreCount) * 100) / 100,
      buckets: Array.from({ length: 10 }, (_, bucket) => ({
        from: bucket * 10,
        to: bucket * 10 + 10,
        count: tallies.scores.find((s) => s.bucket === bucket)?.count ?? 0,
      })),
    },
    matching: {
      step1Sessions: {
        total: sum(step1.map((s) => s.sessions)),
        byStatus: countBy(
          matchStatuses,
          step1.map((s) => ({ key: s.status, count: s.sessions })),
        ),
      },
      deepDives: {
        sessions: sum(step2.map((s) => s.sessions)),
        byStatus: countBy(
          matchStatuses,
          step2.map((s) => ({ key: s.status, count: s.sessions })),
        ),
        analyses: sum(step2.map((s) => s.done)),
        failedAnalyses: sum(step2.map((s) => s.failed)),
      },
    },
    tailorings: {
      total: sum(tallies.tailorings.map((t) => t.count)),
      byStatus: countBy(
        tailoringStatuses,
        tallies.tailorings.map((t) => ({ key: t.status, count: t.count })),
      ),
    },
    recentActivity: activity.map((event) => ({ ...event, at: event.at.toISOString() })),
  };
}

/** GET /api/analytics/dashboard: the tenant's figures and its `recent` newest events. */
export async function getDashboard(
  deps: Pick<ServiceDeps, "storage">,
  tenantId: string,
  recent: number,
): Promise<Dashboard> {
  const [tallies, activity] = await Promise.all([
    deps.storage.getAnalyticsTallies(tenantId),
    deps.storage.listRecentActivity(tenantId, recent),
  ]);
  return toDashboard(tallies, activity);
}
