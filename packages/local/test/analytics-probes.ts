import { expect } from "vitest";
import type { LocalRuntime } from "../src/runtime";
import { call, tokenFor } from "./support";

type Probe = () => Promise<void>;

interface Tenants {
  runtime: LocalRuntime;
  alice: string;
  bob: string;
}

/**
 * How tenant B reads analytics while tenant A has jobs, CVs and scores (issue 13): B's figures
 * never name A's records, and a tenant with nothing sees zeros whatever A holds.
 */
export function analyticsProbes(tenants: () => Tenants): Record<string, Probe> {
  const aliceIds = async () => {
    const { runtime, alice } = tenants();
    const ids: string[] = [];
    for (const domain of ["jobs", "resumes"]) {
      const res = await call(runtime, "GET", `/api/${domain}?limit=100`, { token: alice });
      ids.push(...(res.body.items as { id: string }[]).map((item) => item.id));
    }
    expect(ids.length).toBeGreaterThan(0);
    return ids;
  };
  const empty = async () => tokenFor(tenants().runtime, "tenant-analytics-empty", "viewer");
  return {
    getAnalyticsDashboard: async () => {
      const { runtime, alice, bob } = tenants();
      const theirs = await aliceIds();
      const mine = await call(runtime, "GET", "/api/analytics/dashboard?recent=100", { token: alice });
      expect((mine.body.jobs as { total: number }).total).toBeGreaterThan(0);
      const res = await call(runtime, "GET", "/api/analytics/dashboard?recent=100", { token: bob });
      expect(res.status).toBe(200);
      const events = res.body.recentActivity as {
        id: string;
        jobId: string | null;
        resumeId: string | null;
      }[];
      for (const e of events) for (const id of [e.id, e.jobId, e.resumeId]) expect(theirs).not.toContain(id);
      const nobody = await call(runtime, "GET", "/api/analytics/dashboard", { token: await empty() });
      expect(nobody.body).toMatchObject({
        jobs: { total: 0 },
        candidates: { total: 0 },
        scores: { count: 0 },
        recentActivity: [],
      });
    },
    getSkillsReport: async () => {
      const { runtime, alice } = tenants();
      const mine = await call(runtime, "GET", "/api/analytics/skills", { token: alice });
      expect(mine.status).toBe(200);
      const nobody = await call(runtime, "GET", "/api/analytics/skills?order=gap", { token: await empty() });
      expect(nobody.body).toEqual({ openJobs: 0, candidates: 0, order: "gap", items: [] });
    },
  };
}
