import type { TestProject } from "vitest/node";
import type { Manifest } from "../../scripts/package/package-functions";
import { defaultArtifactsDir, packageFunctions } from "../../scripts/package/package-functions";

/*
 * `pnpm package`, once per run of the artifact tier. A function that does not build is not an
 * error here: the tier's first test names every one, and the others test what did build.
 */
export interface ArtifactBuild {
  artifactsDir: string;
  manifest: Manifest;
  failures: string[];
  buildMs: number;
}

declare module "vitest" {
  export interface ProvidedContext {
    artifactBuild: ArtifactBuild;
  }
}

export default async function setup(project: TestProject) {
  const started = performance.now();
  const { manifest, failures } = await packageFunctions();
  const build: ArtifactBuild = {
    artifactsDir: defaultArtifactsDir,
    manifest,
    failures,
    buildMs: Math.round(performance.now() - started),
  };
  project.provide("artifactBuild", build);
}
