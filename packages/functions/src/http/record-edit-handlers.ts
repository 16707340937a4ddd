import { patchRecord } from "@futodama/services/record/edit";
import { eraseRecord } from "@futodama/services/record/erase";
import { fileLink } from "@futodama/services/record/file";
import type { z } from "zod";
import type { PatchJobSchema, PatchResumeSchema } from "./record-edit-schemas";
import type { RouteHandler } from "./router";

type JobPatch = z.infer<typeof PatchJobSchema>;
type ResumePatch = z.infer<typeof PatchResumeSchema>;

/** PATCH, DELETE and the file link of jobs and resumes (record-edit-routes.ts). */
export function recordEditHandlers(
  kind: "job" | "resume",
  Noun: "Job" | "Resume",
): Record<string, RouteHandler> {
  const idOf = (params: unknown) => (params as { id: string }).id;
  return {
    [`patch${Noun}`]: async ({ auth, params, body, deps }) => {
      const patch =
        kind === "job"
          ? {
              title: (body as JobPatch).title,
              stage: (body as JobPatch).jobStatus,
              card: (body as JobPatch).card,
            }
          : {
              title: (body as ResumePatch).title,
              stage: (body as ResumePatch).pipelineStatus,
              origin: (body as ResumePatch).source,
              card: (body as ResumePatch).card,
            };
      return { status: 200, body: await patchRecord(await deps(), auth.tenantId, kind, idOf(params), patch) };
    },
    [`delete${Noun}`]: async ({ auth, params, deps }) => {
      await eraseRecord(await deps(), auth.tenantId, kind, idOf(params));
      return { status: 204 };
    },
    [`get${Noun}File`]: async ({ auth, params, deps }) => ({
      status: 200,
      body: await fileLink(await deps(), auth.tenantId, kind, idOf(params)),
    }),
  };
}
