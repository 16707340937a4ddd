import { getDashboard, getSkillsReport } from "@futodama/services/analytics";
import { storage } from "@futodama/services/capabilities/storage";
import { dependencies } from "../deps";
import { DashboardQuerySchema, SkillsQuerySchema } from "./analytics-schemas";
import { createDomainHandler } from "./router";
import { handles } from "./typed-handler";

/** Lambda entry: the analytics router (dashboard, skills report), from the database alone. */
export const handler = createDomainHandler(
  "analytics",
  {
    getAnalyticsDashboard: handles({ query: DashboardQuerySchema }, async ({ auth, query, deps }) => ({
      status: 200,
      body: await getDashboard(await deps(), auth.tenantId, query.recent ?? 20),
    })),
    getSkillsReport: handles({ query: SkillsQuerySchema }, async ({ auth, query, deps }) => ({
      status: 200,
      body: await getSkillsReport(await deps(), auth.tenantId, { top: query.top ?? 20, order: query.order }),
    })),
  },
  dependencies(storage),
);
