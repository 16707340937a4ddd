import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { clientTypesPath, renderClientTypes } from "./client-types";

/* pnpm client:generate — writes packages/client/src/openapi.ts from the route table's document. */
writeFileSync(clientTypesPath, await renderClientTypes());
console.log(`wrote ${fileURLToPath(clientTypesPath)}`);
