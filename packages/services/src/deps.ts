import type { S3Client } from "@aws-sdk/client-s3";
import type { SFNClient } from "@aws-sdk/client-sfn";
import type { Storage } from "@futodama/storage";

/** Everything a flow needs from the outside world, handed in (never imported as a global). */
export interface ServiceDeps {
  storage: Storage;
  s3: S3Client;
  sfn: SFNClient;
  buckets: { uploads: string; drops: string };
  documentIngestArn: string;
  limits: {
    /** Largest file accepted, in bytes (default 10 MB). */
    maxUploadBytes: number;
    /** How long a presigned upload URL stays valid, in seconds. */
    presignTtlSeconds: number;
  };
}
