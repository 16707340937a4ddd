import { describe, expect, it } from "vitest";
import * as z from "zod";
import { routes } from "../src/http/routes";
import { IdParamsSchema } from "../src/http/schemas";
import { assertSameSchemas, handles } from "../src/http/typed-handler";

/*
 * Issue 10 item 1: a handler is typed by its route's own zod schemas. The types come from the
 * schemas it names; the router refuses to start when those are not the route's, so the types a
 * handler sees are always what the route table declares and the router validated.
 */
const getResume = routes.find((route) => route.operationId === "getResume");

describe("typed handlers", () => {
  it("takes the route's params, query and body schemas, and refuses any other", () => {
    if (!getResume) throw new Error("no getResume route");
    const ok = handles({ params: IdParamsSchema }, async ({ params }) => ({ status: 200, body: params.id }));
    expect(() => assertSameSchemas(getResume, ok)).not.toThrow();

    const lookalike = z.object({ id: z.string() });
    const other = handles({ params: lookalike }, async () => ({ status: 200 }));
    expect(() => assertSameSchemas(getResume, other)).toThrow(
      /getResume does not take its route's params schema/,
    );
    const extra = handles({ params: IdParamsSchema, query: z.object({}) }, async () => ({ status: 200 }));
    expect(() => assertSameSchemas(getResume, extra)).toThrow(/query schema/);
  });

  it("every domain router starts: each handler names its route's schemas", async () => {
    const modules = ["system", "jobs", "resumes", "codex", "vision", "match", "tailoring"] as const;
    for (const name of modules) {
      const loaded = (await import(`../src/http/${name}.ts`)) as { handler?: unknown };
      expect(loaded.handler, name).toBeTypeOf("function");
    }
  }, 120_000); // loading every router's services and SDK clients, on a busy machine
});
