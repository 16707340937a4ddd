import { CodexCataloguePageSchema, CodexIdParamsSchema, JsonSchemaDocumentSchema } from "./codex-schemas";
import { authErrors, error } from "./route-errors";
import type { RouteDef } from "./route-types";
import {
  AliasParamsSchema,
  SkillAliasInputSchema,
  SkillAliasPageSchema,
  SkillAliasSchema,
  SkillPageSchema,
  SkillSearchQuerySchema,
} from "./schemas";

/**
 * The codex domain: the card schemas (so a frontend can render any card generically), the
 * skill taxonomy and the tenant's own aliases. `/api/codex/{id}` comes after the fixed
 * `/api/codex/*` paths: the routers match in table order.
 */
export const codexRoutes: RouteDef[] = [
  {
    operationId: "searchSkills",
    method: "GET",
    path: "/api/codex/skills",
    domain: "codex",
    summary: "Search the skill taxonomy by label or alias: exact label and alias matches first",
    tags: ["codex"],
    auth: "viewer",
    request: { query: SkillSearchQuerySchema },
    responses: {
      200: { description: "Matching skills", schema: SkillPageSchema },
      400: error("No query, or a bad limit"),
      ...authErrors,
    },
  },
  {
    operationId: "listSkillAliases",
    method: "GET",
    path: "/api/codex/aliases",
    domain: "codex",
    summary: "This tenant's own skill aliases",
    tags: ["codex"],
    auth: "viewer",
    responses: { 200: { description: "Aliases", schema: SkillAliasPageSchema }, ...authErrors },
  },
  {
    operationId: "putSkillAlias",
    method: "POST",
    path: "/api/codex/aliases",
    domain: "codex",
    summary: "Add or re-point a skill alias; applied to documents parsed from now on",
    tags: ["codex"],
    auth: "admin",
    request: { body: SkillAliasInputSchema },
    responses: {
      201: { description: "The alias", schema: SkillAliasSchema },
      400: error("Unknown skill id or invalid body"),
      ...authErrors,
    },
  },
  {
    operationId: "deleteSkillAlias",
    method: "DELETE",
    path: "/api/codex/aliases/{alias}",
    domain: "codex",
    summary: "Remove a skill alias",
    tags: ["codex"],
    auth: "admin",
    request: { params: AliasParamsSchema },
    responses: {
      204: { description: "Removed" },
      ...authErrors,
      404: error("No such alias for this tenant"),
    },
  },
  {
    operationId: "listCodexSchemas",
    method: "GET",
    path: "/api/codex",
    domain: "codex",
    summary: "The codex's card types and their versions",
    tags: ["codex"],
    auth: "viewer",
    responses: { 200: { description: "Every card schema", schema: CodexCataloguePageSchema }, ...authErrors },
  },
  {
    operationId: "getCodexSchema",
    method: "GET",
    path: "/api/codex/{id}",
    domain: "codex",
    summary: "One card type as JSON Schema (draft 2020-12), to validate or render a card generically",
    tags: ["codex"],
    auth: "viewer",
    request: { params: CodexIdParamsSchema },
    responses: {
      200: { description: "The JSON Schema", schema: JsonSchemaDocumentSchema },
      ...authErrors,
      404: error("No such schema in the codex: codex.not_found"),
    },
  },
];
