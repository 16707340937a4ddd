import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { clientTypesPath, renderClientTypes } from "../../../scripts/client-types";

describe("the typed client", () => {
  it("is generated from the current OpenAPI document (run `pnpm client:generate` when this fails)", async () => {
    const committed = readFileSync(clientTypesPath, "utf8");
    expect(committed === (await renderClientTypes()), "packages/client/src/openapi.ts is stale").toBe(true);
  }, 30_000);
});
