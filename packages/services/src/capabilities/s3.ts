import { S3Client } from "@aws-sdk/client-s3";
import type { AwsSettings, Capability } from "../deps";
import { clientOptions } from "./aws-endpoints";

export function createS3Client(settings: AwsSettings): S3Client {
  return new S3Client({
    ...clientOptions(settings.region, settings.s3Endpoint),
    // The default flexible checksums put an empty-body CRC32 into presigned URLs, which S3 then
    // holds against the real file: checksums only where an operation needs one.
    requestChecksumCalculation: "WHEN_REQUIRED",
    ...(settings.s3Endpoint ? { forcePathStyle: settings.s3ForcePathStyle } : {}),
  });
}

/** S3 (uploads, drops, workflow artefacts). */
export const s3: Capability = (settings) => ({ s3: createS3Client(settings) });
