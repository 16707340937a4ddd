import { CodexSchemaByName, codexSchemaNames } from "@futodama/core";
import * as z from "zod";
import type { RouteDef } from "./route-types";

export type Json = Record<string, unknown>;

const componentBase = "#/components/schemas/";
const inputMark = "~input";

/** Unwraps `X.optional()`: an optional body is the same component, just not required. */
export function bodySchemaOf(schema: z.ZodType): z.ZodType {
  return schema instanceof z.ZodOptional ? (schema.unwrap() as z.ZodType) : schema;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Every schema the document names: those with a zod `id` (meta), the codex cards under their
 * codex names, and any route schema without an id under a name derived from its operation.
 */
function namedSchemas(routes: RouteDef[]): z.core.$ZodRegistry<{ id: string }> {
  const registry = z.registry<{ id: string }>();
  const add = (schema: z.core.$ZodType, id: string) => {
    if (!registry.has(schema) && !registry._idmap.has(id)) registry.add(schema, { id });
  };
  for (const name of codexSchemaNames) add(CodexSchemaByName[name], name);
  for (const [id, schema] of z.globalRegistry._idmap) add(schema, id);
  for (const route of routes) {
    const op = capitalise(route.operationId);
    const named = (schema: z.ZodType, fallback: string) =>
      add(schema, z.globalRegistry.get(schema)?.id ?? fallback);
    if (route.request?.body) named(bodySchemaOf(route.request.body), `${op}Request`);
    if (route.request?.params) named(route.request.params, `${op}Params`);
    if (route.request?.query) named(route.request.query, `${op}Query`);
    for (const [status, response] of Object.entries(route.responses)) {
      if (response.schema) named(response.schema, `${op}Response${status}`);
    }
  }
  return registry;
}

function rewriteRefs(value: unknown, rewrite: (ref: string) => string): unknown {
  if (Array.isArray(value)) return value.map((v) => rewriteRefs(v, rewrite));
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) =>
      k === "$ref" && typeof v === "string" ? [k, rewrite(v)] : [k, rewriteRefs(v, rewrite)],
    ),
  );
}

function convert(
  registry: z.core.$ZodRegistry<{ id: string }>,
  io: "input" | "output",
): Record<string, Json> {
  const { schemas } = z.toJSONSchema(registry, {
    io,
    target: "draft-2020-12",
    unrepresentable: "any",
    uri: (id) => `${componentBase}${id}${io === "input" ? inputMark : ""}`,
  }) as { schemas: Record<string, Json> };
  if (schemas.__shared) throw new Error("A schema reached only through an unnamed shared definition");
  return Object.fromEntries(
    Object.entries(schemas).map(([id, { $id: _id, $schema: _schema, ...body }]) => [id, body]),
  );
}

export interface Components {
  schemas: Record<string, Json>;
  /** `$ref` of a schema as a response (output) or as a request (input). */
  refOf(schema: z.ZodType, io: "input" | "output"): Json;
  /** A named schema's JSON in the request sense (for parameters). */
  inputOf(schema: z.ZodType): Json;
}

/**
 * The `#/components/schemas` of the document. A schema reads the same in requests and
 * responses unless defaults or transforms make them differ; then its request form is a
 * second component, `<id>Input`, and request schemas point at that.
 */
export function buildComponents(routes: RouteDef[]): Components {
  const registry = namedSchemas(routes);
  const output = convert(registry, "output");
  const input = convert(registry, "input");
  const unmarked = (v: unknown) => rewriteRefs(v, (ref) => ref.replace(inputMark, ""));
  const differs = new Set(
    Object.keys(input).filter((id) => JSON.stringify(unmarked(input[id])) !== JSON.stringify(output[id])),
  );
  // A schema whose parts differ differs too: repeat until nothing changes.
  for (let grew = true; grew; ) {
    grew = false;
    for (const id of Object.keys(input)) {
      if (differs.has(id)) continue;
      const text = JSON.stringify(input[id]);
      if ([...differs].some((d) => text.includes(`"${componentBase}${d}${inputMark}"`))) {
        differs.add(id);
        grew = true;
      }
    }
  }
  const finalRef = (ref: string) => {
    if (!ref.endsWith(inputMark)) return ref;
    const id = ref.slice(componentBase.length, -inputMark.length);
    return `${componentBase}${id}${differs.has(id) ? "Input" : ""}`;
  };
  const schemas: Record<string, Json> = { ...output };
  for (const id of differs) schemas[`${id}Input`] = rewriteRefs(input[id], finalRef) as Json;
  const idOf = (schema: z.ZodType) => {
    const id = registry.get(schema)?.id;
    if (!id) throw new Error("A route schema without a component name");
    return id;
  };
  return {
    schemas,
    refOf: (schema, io) => {
      const id = idOf(schema);
      return { $ref: `${componentBase}${id}${io === "input" && differs.has(id) ? "Input" : ""}` };
    },
    inputOf: (schema) => rewriteRefs(input[idOf(schema)], finalRef) as Json,
  };
}

/** Drops the components no operation reaches (zod's registry holds more than the API uses). */
export function reachableSchemas(paths: Json, schemas: Record<string, Json>): Record<string, Json> {
  const keep = new Set<string>();
  const visit = (value: unknown) => {
    rewriteRefs(value, (ref) => {
      const id = ref.slice(componentBase.length);
      if (ref.startsWith(componentBase) && !keep.has(id)) {
        keep.add(id);
        visit(schemas[id]);
      }
      return ref;
    });
  };
  visit(paths);
  return Object.fromEntries(
    Object.keys(schemas)
      .filter((id) => keep.has(id))
      .sort()
      .map((id) => [id, schemas[id] as Json]),
  );
}
