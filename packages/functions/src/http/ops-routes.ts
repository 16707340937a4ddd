import * as z from "zod";
import { error } from "./route-errors";
import type { RouteDef } from "./route-types";

const CheckSchema = z.object({
  ok: z.boolean(),
  error: z.string().optional().describe("The failure's code or name (no message: it could carry a URL)"),
  durationMs: z.number().int(),
});

export const ReadinessSchema = z
  .object({
    status: z.enum(["ready", "not_ready"]),
    failing: z.array(z.enum(["database", "uploadsBucket", "dropsBucket"])),
    checks: z.object({ database: CheckSchema, uploadsBucket: CheckSchema, dropsBucket: CheckSchema }),
  })
  .meta({ id: "Readiness" });

/** Ops (issue 13): readiness beside /health's liveness. */
export const opsRoutes: RouteDef[] = [
  {
    operationId: "ready",
    method: "GET",
    path: "/ready",
    domain: "ops",
    summary: "Readiness: the database answers and is migrated, both buckets answer",
    tags: ["system"],
    auth: "public",
    responses: {
      200: { description: "Ready", schema: ReadinessSchema },
      503: error(
        "Not ready: ops.not_ready, `details` is the readiness report (`failing` names what is down)",
      ),
    },
  },
];
