import { patchRecord } from "@futodama/services/record/edit";
import { eraseRecord } from "@futodama/services/record/erase";
import { fileLink } from "@futodama/services/record/file";
import { PatchJobSchema, PatchResumeSchema } from "./record-edit-schemas";
import type { RouteHandler } from "./router";
import { IdParamsSchema } from "./schemas";
import { handles } from "./typed-handler";

/** PATCH, DELETE and the file link of jobs and resumes (record-edit-routes.ts). */
export function recordEditHandlers(
  kind: "job" | "resume",
  Noun: "Job" | "Resume",
): Record<string, RouteHandler> {
  const patchJob = handles(
    { params: IdParamsSchema, body: PatchJobSchema },
    async ({ auth, params, body, deps }) => {
      const patch = { title: body.title, stage: body.jobStatus, card: body.card };
      return { status: 200, body: await patchRecord(await deps(), auth.tenantId, "job", params.id, patch) };
    },
  );
  const patchResume = handles(
    { params: IdParamsSchema, body: PatchResumeSchema },
    async ({ auth, params, body, deps }) => {
      const patch = { title: body.title, stage: body.pipelineStatus, origin: body.source, card: body.card };
      return {
        status: 200,
        body: await patchRecord(await deps(), auth.tenantId, "resume", params.id, patch),
      };
    },
  );
  return {
    [`patch${Noun}`]: kind === "job" ? patchJob : patchResume,
    [`delete${Noun}`]: handles({ params: IdParamsSchema }, async ({ auth, params, deps }) => {
      await eraseRecord(await deps(), auth.tenantId, kind, params.id);
      return { status: 204 };
    }),
    [`get${Noun}File`]: handles({ params: IdParamsSchema }, async ({ auth, params, deps }) => ({
      status: 200,
      body: await fileLink(await deps(), auth.tenantId, kind, params.id),
    })),
  };
}
