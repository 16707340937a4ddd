import { functionTable } from "../../stacks/functions";
import { defaultArtifactsDir, packageFunctions } from "./package-functions";

/*
 * `pnpm package [Name…]`: builds every function of stacks/functions.ts (or the named ones) into
 * .artifacts/<Name>/ exactly as `sst deploy` zips it, and .artifacts/manifest.json.
 */
const names = process.argv.slice(2);
const unknown = names.filter((n) => !functionTable.some((f) => f.name === n));
if (unknown.length > 0) {
  console.error(`pnpm package: no function named ${unknown.join(", ")} in stacks/functions.ts`);
  process.exit(1);
}
const started = performance.now();
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
try {
  const { manifest, failures } = await packageFunctions({
    ...(names.length > 0 ? { functions: functionTable.filter((f) => names.includes(f.name)) } : {}),
    onBuilt: (e, ms) =>
      console.log(
        `  ${e.name.padEnd(26)} ${mb(e.unzippedBytes).padStart(10)} ${mb(e.zippedBytes).padStart(10)} zipped  ${(ms / 1000).toFixed(1)} s`,
      ),
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (failures.length > 0) {
    // Every broken function is named at once, not only the first one found.
    console.error(`${failures.length} functions failed to package (${seconds} s):\n${failures.join("\n")}`);
    process.exit(1);
  }
  console.log(`${manifest.functions.length} functions packaged into ${defaultArtifactsDir} in ${seconds} s`);
} catch (error) {
  console.error(error);
  process.exit(1);
}
