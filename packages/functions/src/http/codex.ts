import { storage } from "@futodama/services/capabilities/storage";
import { deleteSkillAlias, listSkillAliases, putSkillAlias, searchSkills } from "@futodama/services/codex";
import { getCodexSchema, listCodexSchemas } from "@futodama/services/codex/catalogue";
import { dependencies } from "../deps";
import { CodexIdParamsSchema } from "./codex-schemas";
import { createDomainHandler } from "./router";
import { AliasParamsSchema, SkillAliasInputSchema, SkillSearchQuerySchema } from "./schemas";
import { handles } from "./typed-handler";

/** Lambda entry: the codex router (card schemas, taxonomy search, tenant skill aliases). */
export const handler = createDomainHandler(
  "codex",
  {
    searchSkills: handles({ query: SkillSearchQuerySchema }, async ({ query }) => ({
      status: 200,
      body: { items: searchSkills(query.q, query.limit) },
    })),
    listSkillAliases: handles({}, async ({ auth, deps }) => ({
      status: 200,
      body: await listSkillAliases(await deps(), auth.tenantId),
    })),
    putSkillAlias: handles({ body: SkillAliasInputSchema }, async ({ auth, body, deps }) => ({
      status: 201,
      body: await putSkillAlias(await deps(), auth.tenantId, body),
    })),
    deleteSkillAlias: handles({ params: AliasParamsSchema }, async ({ auth, params, deps }) => {
      await deleteSkillAlias(await deps(), auth.tenantId, params.alias);
      return { status: 204 };
    }),
    listCodexSchemas: handles({}, async () => ({ status: 200, body: listCodexSchemas() })),
    getCodexSchema: handles({ params: CodexIdParamsSchema }, async ({ params }) => ({
      status: 200,
      body: getCodexSchema(params.id),
    })),
  },
  dependencies(storage),
);
