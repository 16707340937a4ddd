import {
  DashboardQuerySchema,
  DashboardSchema,
  SkillsQuerySchema,
  SkillsReportSchema,
} from "./analytics-schemas";
import { authErrors, error } from "./route-errors";
import type { RouteDef } from "./route-types";

/** Analytics (issue 13): read-only figures, so every role may read them (viewer and up). */
export const analyticsRoutes: RouteDef[] = [
  {
    operationId: "getAnalyticsDashboard",
    method: "GET",
    path: "/api/analytics/dashboard",
    domain: "analytics",
    summary:
      "The tenant's dashboard: jobs and CVs by status and stage, step-1 score distribution, AI deep dives, tailorings, recent activity",
    tags: ["analytics"],
    auth: "viewer",
    request: { query: DashboardQuerySchema },
    responses: {
      200: { description: "The dashboard", schema: DashboardSchema },
      400: error("Bad query"),
      ...authErrors,
    },
  },
  {
    operationId: "getSkillsReport",
    method: "GET",
    path: "/api/analytics/skills",
    domain: "analytics",
    summary: "Skill demand across open jobs vs supply across CVs, by taxonomy skill: top N with the gap",
    tags: ["analytics"],
    auth: "viewer",
    request: { query: SkillsQuerySchema },
    responses: {
      200: { description: "The skills report", schema: SkillsReportSchema },
      400: error("Bad query"),
      ...authErrors,
    },
  },
];
