import { acceptedResponseHeaders } from "./accepted";
import {
  bodySchemaOf,
  buildComponents,
  type Components,
  type Json,
  reachableSchemas,
} from "./openapi-components";
import { type RouteDef, routes } from "./routes";

function parameters(route: RouteDef, components: Components): Json[] {
  const out: Json[] = [];
  for (const [location, schema] of [
    ["path", route.request?.params],
    ["query", route.request?.query],
  ] as const) {
    if (!schema) continue;
    const json = components.inputOf(schema) as { properties?: Record<string, Json>; required?: string[] };
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

function responseContent(response: RouteDef["responses"][number], components: Components): Json {
  if (response.schema) {
    return {
      content: {
        [response.contentType ?? "application/json"]: { schema: components.refOf(response.schema, "output") },
      },
    };
  }
  if (response.contentTypes) {
    return {
      content: Object.fromEntries(
        response.contentTypes.map((type) => [type, { schema: { type: "string", format: "binary" } }]),
      ),
    };
  }
  return response.contentType ? { content: { [response.contentType]: { schema: { type: "string" } } } } : {};
}

function operation(route: RouteDef, components: Components): Json {
  const responses: Json = {};
  for (const [status, response] of Object.entries(route.responses)) {
    responses[status] = {
      description: response.description,
      ...(status === "202" ? { headers: acceptedResponseHeaders } : {}),
      ...responseContent(response, components),
    };
  }
  const body = route.request?.body;
  return {
    operationId: route.operationId,
    summary: route.summary,
    tags: route.tags,
    ...(route.auth === "public" ? { security: [] } : { "x-futodama-role": route.auth }),
    parameters: parameters(route, components),
    ...(body
      ? {
          requestBody: {
            required: !body.safeParse(undefined).success,
            content: {
              [route.request?.contentType ?? "application/json"]: {
                schema: components.refOf(bodySchemaOf(body), "input"),
              },
            },
          },
        }
      : {}),
    responses,
  };
}

const tagDescriptions: Record<string, string> = {
  system: "Liveness, version and this API's own description",
  jobs: "Job descriptions in, Job Cards out",
  resumes: "CVs in, Resume Cards out",
  match: "Step-1 ranking, step-2 deep dives, sessions and feedback",
  tailoring: "A CV tailored to a job, verified against the CV, and its exports",
  vision: "Reading images and scans on demand",
  codex: "Card schemas, the skill taxonomy and the tenant's own aliases",
  webhooks: "Endpoints told when things happen (signed, retried deliveries)",
  batches: "Many files at once: progress and export",
};

let cached: Json | undefined;

/**
 * The OpenAPI 3.1 document, generated from the route table's zod schemas: every request and
 * response body, and every codex card, is a named component under `#/components/schemas`.
 */
export function openApiDocument(version: string): Json {
  if (cached) return cached;
  const components = buildComponents(routes);
  const paths: Record<string, Json> = {};
  for (const route of routes) {
    paths[route.path] ??= {};
    (paths[route.path] as Json)[route.method.toLowerCase()] = operation(route, components);
  }
  const tags = [...new Set(routes.flatMap((r) => r.tags))].map((name) => ({
    name,
    description: tagDescriptions[name] ?? name,
  }));
  cached = {
    openapi: "3.1.0",
    info: {
      title: "FUTODAMA API",
      version,
      description:
        "AI-driven recruiting backend. Errors are `{error, code, details?}` with a stable dotted code. " +
        "Authenticate with `Authorization: Bearer <JWT>` carrying `tenant` and `role` claims " +
        "(`x-futodama-role` on an operation is the least role it needs: viewer < recruiter < admin).",
      license: { name: "Proprietary", identifier: "LicenseRef-Proprietary" },
    },
    servers: [{ url: "/", description: "This API" }],
    tags,
    security: [{ bearer: [] }],
    paths,
    components: {
      securitySchemes: { bearer: { type: "http", scheme: "bearer", bearerFormat: "JWT" } },
      schemas: reachableSchemas(paths, components.schemas),
    },
  };
  return cached;
}
