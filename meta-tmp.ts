import { mkdtempSync } from "node:fs";
import { buildFunction } from "./scripts/package/build-function";
import { functionSpec } from "./stacks/functions";

const built = await buildFunction(functionSpec(process.argv[2]!), process.cwd(), mkdtempSync("/tmp/art-"));
const out = Object.entries(built.metafile.outputs).find(([k]) => k.endsWith(".mjs"))![1];
const re = new RegExp(process.argv[3]!);
const rows = Object.entries(out.inputs)
  .filter(([f]) => re.test(f))
  .sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput);
for (const [f, v] of rows.slice(0, 25))
  console.log((v.bytesInOutput / 1e3).toFixed(1).padStart(7), f.replace(/.*node_modules\//, ""));
console.log(rows.length, "files");
