import { storage } from "@futodama/services/capabilities/storage";
import { deleteSkillAlias, listSkillAliases, putSkillAlias, searchSkills } from "@futodama/services/codex";
import { getCodexSchema, listCodexSchemas } from "@futodama/services/codex/catalogue";
import type { z } from "zod";
import { dependencies } from "../deps";
import type { CodexIdParamsSchema } from "./codex-schemas";
import { createDomainHandler } from "./router";
import type { AliasParamsSchema, SkillAliasInputSchema, SkillSearchQuerySchema } from "./schemas";

/** Lambda entry: the codex router (card schemas, taxonomy search, tenant skill aliases). */
export const handler = createDomainHandler(
  "codex",
  {
    searchSkills: async ({ query }) => {
      const { q, limit } = query as z.infer<typeof SkillSearchQuerySchema>;
      return { status: 200, body: { items: searchSkills(q, limit) } };
    },
    listSkillAliases: async ({ auth, deps }) => ({
      status: 200,
      body: await listSkillAliases(await deps(), auth.tenantId),
    }),
    putSkillAlias: async ({ auth, body, deps }) => ({
      status: 201,
      body: await putSkillAlias(await deps(), auth.tenantId, body as z.infer<typeof SkillAliasInputSchema>),
    }),
    deleteSkillAlias: async ({ auth, params, deps }) => {
      const { alias } = params as z.infer<typeof AliasParamsSchema>;
      await deleteSkillAlias(await deps(), auth.tenantId, alias);
      return { status: 204 };
    },
    listCodexSchemas: async () => ({ status: 200, body: listCodexSchemas() }),
    getCodexSchema: async ({ params }) => ({
      status: 200,
      body: getCodexSchema((params as z.infer<typeof CodexIdParamsSchema>).id),
    }),
  },
  dependencies(storage),
);
