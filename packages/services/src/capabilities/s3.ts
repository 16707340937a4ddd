import { S3Client } from "@aws-sdk/client-s3";
import type { AwsSettings, Capability } from "../deps";
import { clientOptions } from "./aws-endpoints";

export function createS3Client(settings: AwsSettings): S3Client {
  return new S3Client({
    ...clientOptions(settings.region, settings.s3Endpoint),
    ...(settings.s3Endpoint ? { forcePathStyle: settings.s3ForcePathStyle } : {}),
  });
}

/** S3 (uploads, drops, workflow artefacts). */
export const s3: Capability = (settings) => ({ s3: createS3Client(settings) });
