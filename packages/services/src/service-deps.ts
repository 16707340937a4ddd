import { createStorage } from "@futodama/storage";
import { analyzer, embedder, enhancer, tailor } from "./capabilities/ai";
import { matchShards } from "./capabilities/match-shards";
import { ocr } from "./capabilities/ocr";
import { ocrFunction } from "./capabilities/ocr-function";
import { s3 } from "./capabilities/s3";
import { sfn } from "./capabilities/sfn";
import { webhookQueue } from "./capabilities/webhook-queue";
import { type ServiceDeps, type ServiceSettings, settingsDeps } from "./deps";

/**
 * Every dependency at once, over any database driver (PGlite included): the local runtime's
 * one shared set. A deployed function builds only the capabilities its handler names
 * (packages/functions/src/deps.ts).
 */
export async function createServiceDeps(settings: ServiceSettings): Promise<ServiceDeps> {
  const built = await Promise.all(
    [
      s3,
      sfn,
      enhancer,
      embedder,
      analyzer,
      tailor,
      ocr,
      ocrFunction,
      matchShards,
      ...(settings.webhookQueueUrl ? [webhookQueue] : []),
    ].map((c) => c(settings)),
  );
  return {
    ...settingsDeps(settings),
    ...Object.assign({}, ...built),
    storage: await createStorage(settings.database),
  } as ServiceDeps;
}
