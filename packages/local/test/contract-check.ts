import { type RouteDef, routes } from "@futodama/functions/routes";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { openApiDocument } from "../../functions/src/http/openapi";
import type { HttpExchange } from "../src/http-server";

/*
 * The contract check of the integration tests: every answer the local API sends is held against
 * the OpenAPI document — its status must be one the route declares, and its body must match the
 * schema declared for that status. A test runtime collects what breaks the contract and its
 * stop() fails the test file with the list.
 */

const doc = openApiDocument("contract-check");
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);
ajv.addFormat("binary", true);
ajv.addSchema({ $id: "openapi", components: doc.components }, "openapi");

const validators = new Map<string, ValidateFunction>();
function validatorFor(ref: string): ValidateFunction {
  let validate = validators.get(ref);
  if (!validate) {
    validate = ajv.compile({ $ref: `openapi${ref}` });
    validators.set(ref, validate);
  }
  return validate;
}

const compiled = routes.map((route) => ({
  route,
  pattern: new RegExp(`^${route.path.replace(/[.]/g, "\\.").replace(/\{\w+\}/g, "[^/]+")}/?$`),
}));

function routeOf(method: string, path: string): RouteDef | "method" | undefined {
  const onPath = compiled.filter((c) => c.pattern.test(path));
  return onPath.find((c) => c.route.method === method)?.route ?? (onPath.length > 0 ? "method" : undefined);
}

type Operation = { responses: Record<string, { content?: Record<string, { schema?: { $ref?: string } }> }> };
function operationOf(route: RouteDef): Operation {
  const paths = doc.paths as Record<string, Record<string, Operation>>;
  return paths[route.path]?.[route.method.toLowerCase()] as Operation;
}

function parse(body: string | undefined): unknown {
  try {
    return body ? JSON.parse(body) : undefined;
  } catch {
    return body;
  }
}

/** What is wrong with one exchange, or undefined when it keeps the contract. */
export function contractViolation(x: HttpExchange): string | undefined {
  const label = `${x.method} ${x.path} → ${x.status}`;
  const route = routeOf(x.method, x.path);
  if (route === undefined || route === "method") {
    // No operation to hold it against: the router's own 404/405, in the error shape.
    const ok =
      (x.status === 404 || x.status === 405) && validatorFor("#/components/schemas/Error")(parse(x.body));
    return ok ? undefined : `${label}: no such operation, and not a 404/405 error body`;
  }
  const declared = route.responses[x.status];
  if (!declared) return `${label}: status not declared for ${route.operationId}`;
  // Issue 13: every 202 says where to poll and when.
  if (x.status === 202 && !(x.headers?.location && x.headers["retry-after"])) {
    return `${label}: a 202 without Location and Retry-After`;
  }
  if (declared.contentTypes) {
    return declared.contentTypes.includes(x.contentType ?? "")
      ? undefined
      : `${label}: content type ${x.contentType} not one of ${declared.contentTypes.join(", ")}`;
  }
  if (declared.contentType && !x.contentType?.startsWith(declared.contentType))
    return `${label}: content type ${x.contentType}, declared ${declared.contentType}`;
  const ref = operationOf(route).responses[String(x.status)]?.content?.["application/json"]?.schema?.$ref;
  if (!ref) return undefined;
  const validate = validatorFor(ref);
  if (validate(parse(x.body))) return undefined;
  return `${label}: body does not match ${ref}: ${ajv.errorsText(validate.errors, { separator: "; " })}`;
}

/** Collects every exchange that breaks the contract, and how many were checked. */
export function contractRecorder() {
  const violations: string[] = [];
  let checked = 0;
  return {
    onExchange(exchange: HttpExchange) {
      checked += 1;
      const violation = contractViolation(exchange);
      if (violation) violations.push(violation);
    },
    violations: () => [...violations],
    checked: () => checked,
  };
}
