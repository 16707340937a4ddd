import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import SwaggerParser from "@apidevtools/swagger-parser";
import { codexSchemaNames } from "@futodama/core";
import { afterAll, describe, expect, it } from "vitest";
import { openApiDocument } from "../src/http/openapi";
import { routes } from "../src/http/routes";

/* The document a frontend team feeds its tools: valid, every reference resolves, every body named. */

const root = resolve(import.meta.dirname, "../../..");
const doc = openApiDocument("test");
const dir = mkdtempSync(join(tmpdir(), "futodama-openapi-"));
const file = join(dir, "openapi.json");
writeFileSync(file, JSON.stringify(doc, null, 2));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Json = Record<string, unknown>;
const schemas = (doc.components as { schemas: Record<string, Json> }).schemas;

function* refs(value: unknown): Generator<string> {
  if (Array.isArray(value)) for (const v of value) yield* refs(v);
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      if (k === "$ref" && typeof v === "string") yield v;
      else yield* refs(v);
    }
  }
}

describe("the OpenAPI document", () => {
  it("passes `redocly lint` with no errors", () => {
    const out = execFileSync(join(root, "node_modules/.bin/redocly"), ["lint", file, "--format=json"], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
      // Offline: no telemetry, no update check.
      env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
    });
    const report = JSON.parse(out) as { totals: { errors: number }; problems: Array<{ severity: string }> };
    expect(report.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(report.totals.errors).toBe(0);
  }, 60_000);

  it("passes swagger-parser validation", async () => {
    await expect(SwaggerParser.validate(structuredClone(doc) as never)).resolves.toBeTruthy();
  });

  it("has every $ref pointing at a component that exists", () => {
    const all = [...refs(doc)];
    expect(all.length).toBeGreaterThan(50);
    expect(all.filter((r) => !r.startsWith("#/components/schemas/"))).toEqual([]);
    expect(all.filter((r) => !schemas[r.slice("#/components/schemas/".length)])).toEqual([]);
  });

  it("names every codex card and every request and response body as a component", () => {
    for (const name of codexSchemaNames) expect(Object.keys(schemas)).toContain(name);
    const paths = doc.paths as Record<string, Record<string, Json>>;
    for (const route of routes) {
      const op = paths[route.path]?.[route.method.toLowerCase()] as Json;
      const body = (op.requestBody as { content?: Record<string, { schema: Json }> } | undefined)?.content;
      for (const media of Object.values(body ?? {}))
        expect(media.schema.$ref, route.operationId).toBeTruthy();
      const responses = op.responses as Record<string, { content?: Record<string, { schema: Json }> }>;
      for (const [status, response] of Object.entries(responses)) {
        if (route.responses[Number(status)]?.schema === undefined) continue;
        for (const media of Object.values(response.content ?? {}))
          expect(media.schema.$ref, `${route.operationId} ${status}`).toBeTruthy();
      }
    }
  });

  it("describes the Job and Resume records with their real card schemas", () => {
    const card = (id: string) => (schemas[id]?.properties as Record<string, Json> | undefined)?.card;
    expect(JSON.stringify(card("JobRecord"))).toContain("#/components/schemas/job-card-v1");
    expect(JSON.stringify(card("JobRecord"))).toContain("#/components/schemas/creative-job-v1");
    expect(card("ResumeRecord")?.$ref).toBe("#/components/schemas/resume-card-v1");
  });

  it("documents the error body on every error status", () => {
    const paths = doc.paths as Record<string, Record<string, { responses: Record<string, Json> }>>;
    for (const ops of Object.values(paths))
      for (const op of Object.values(ops))
        for (const [status, response] of Object.entries(op.responses)) {
          if (Number(status) < 400) continue;
          expect(JSON.stringify(response.content)).toContain("#/components/schemas/Error");
        }
    expect(schemas.Error).toMatchObject({ required: ["error", "code"] });
  });
});
