import { storage } from "@futodama/services/capabilities/storage";
import { deleteSkillAlias, listSkillAliases, putSkillAlias, searchSkills } from "@futodama/services/codex";
import { dependencies } from "../deps";
import { createDomainHandler } from "./router";

/** Lambda entry: the codex router (taxonomy search, tenant skill aliases). */
export const handler = createDomainHandler(
  "codex",
  {
    searchSkills: async ({ query }) => {
      const { q, limit } = query as { q: string; limit?: number };
      return { status: 200, body: { items: searchSkills(q, limit) } };
    },
    listSkillAliases: async ({ auth, deps }) => ({
      status: 200,
      body: await listSkillAliases(await deps(), auth.tenantId),
    }),
    putSkillAlias: async ({ auth, body, deps }) => ({
      status: 201,
      body: await putSkillAlias(await deps(), auth.tenantId, body as { alias: string; skillId: string }),
    }),
    deleteSkillAlias: async ({ auth, params, deps }) => {
      await deleteSkillAlias(await deps(), auth.tenantId, (params as { alias: string }).alias);
      return { status: 204 };
    },
  },
  dependencies(storage),
);
