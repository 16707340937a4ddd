import { mkdtempSync } from "node:fs";
import { buildFunction } from "./scripts/package/build-function";
import { functionSpec } from "./stacks/functions";

const built = await buildFunction(functionSpec(process.argv[2]!), process.cwd(), mkdtempSync("/tmp/art-"));
const re = new RegExp(process.argv[3]!);
for (const [f, v] of Object.entries(built.metafile.inputs))
  for (const i of v.imports)
    if (re.test(i.path))
      console.log(
        f.replace(/.*node_modules\//, ""),
        "->",
        i.path.replace(/.*node_modules\//, ""),
        i.original ?? "",
      );
