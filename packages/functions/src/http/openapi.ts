import { z } from "zod";
import { type RouteDef, routes } from "./routes";

type Json = Record<string, unknown>;

/** OpenAPI 3.1 speaks JSON Schema 2020-12, which zod 4 emits natively. */
function schemaOf(schema: z.ZodType, io: "input" | "output"): Json {
  const json = z.toJSONSchema(schema, { io, unrepresentable: "any", target: "draft-2020-12" }) as Json;
  delete json.$schema;
  return json;
}

function parameters(route: RouteDef): Json[] {
  const out: Json[] = [];
  for (const [location, schema] of [
    ["path", route.request?.params],
    ["query", route.request?.query],
  ] as const) {
    if (!schema) continue;
    const json = schemaOf(schema, "input") as { properties?: Record<string, Json>; required?: string[] };
    for (const [name, property] of Object.entries(json.properties ?? {})) {
      out.push({
        name,
        in: location,
        required: location === "path" || (json.required ?? []).includes(name),
        schema: property,
        ...(typeof property.description === "string" ? { description: property.description } : {}),
      });
    }
  }
  return out;
}

function operation(route: RouteDef): Json {
  const responses: Json = {};
  for (const [status, response] of Object.entries(route.responses)) {
    responses[status] = {
      description: response.description,
      ...(response.schema
        ? {
            content: {
              [response.contentType ?? "application/json"]: { schema: schemaOf(response.schema, "output") },
            },
          }
        : response.contentTypes
          ? {
              content: Object.fromEntries(
                response.contentTypes.map((type) => [type, { schema: { type: "string", format: "binary" } }]),
              ),
            }
          : response.contentType
            ? { content: { [response.contentType]: {} } }
            : {}),
    };
  }
  const body = route.request?.body;
  return {
    operationId: route.operationId,
    summary: route.summary,
    tags: route.tags,
    ...(route.auth === "public" ? { security: [] } : { "x-futodama-role": route.auth }),
    parameters: parameters(route),
    ...(body
      ? {
          requestBody: {
            required: true,
            content: {
              [route.request?.contentType ?? "application/json"]: { schema: schemaOf(body, "input") },
            },
          },
        }
      : {}),
    responses,
  };
}

let cached: Json | undefined;

export function openApiDocument(version: string): Json {
  if (cached) return cached;
  const paths: Record<string, Json> = {};
  for (const route of routes) {
    paths[route.path] ??= {};
    (paths[route.path] as Json)[route.method.toLowerCase()] = operation(route);
  }
  cached = {
    openapi: "3.1.0",
    info: {
      title: "FUTODAMA API",
      version,
      description:
        "AI-driven recruiting backend. Errors are `{error, code, details?}` with a stable dotted code. " +
        "Authenticate with `Authorization: Bearer <JWT>` carrying `tenant` and `role` claims.",
    },
    components: { securitySchemes: { bearer: { type: "http", scheme: "bearer", bearerFormat: "JWT" } } },
    security: [{ bearer: [] }],
    paths,
  };
  return cached;
}
