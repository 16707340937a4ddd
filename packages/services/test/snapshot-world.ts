import { S3Client } from "@aws-sdk/client-s3";
import { createStorage, type Storage } from "@futodama/storage";
import { type FauxqsServer, startFauxqs } from "fauxqs";
import { afterAll, beforeAll } from "vitest";

/* The snapshot tests' real parts: PGlite for the rows, the fauxqs S3 emulator with an uploads bucket. */
export interface SnapshotWorld {
  storage: Storage;
  s3: S3Client;
}

/** Started before the file's tests, stopped after; read its fields inside tests. */
export function useSnapshotWorld(): SnapshotWorld {
  const world = {} as SnapshotWorld;
  let server: FauxqsServer | undefined;
  beforeAll(async () => {
    world.storage = await createStorage({ driver: "pglite" });
    server = await startFauxqs({ port: 0, host: "127.0.0.1", logger: false });
    server.createBucket("uploads");
    world.s3 = new S3Client({
      region: "eu-west-1",
      endpoint: `http://127.0.0.1:${server.port}`,
      forcePathStyle: true,
      credentials: { accessKeyId: "test", secretAccessKey: "test" },
    });
  });
  afterAll(async () => {
    world.s3?.destroy();
    await server?.stop();
    await world.storage?.close();
  });
  return world;
}
