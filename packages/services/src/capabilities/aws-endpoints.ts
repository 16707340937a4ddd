import type { AwsSettings } from "../deps";

const localCredentials = { accessKeyId: "local", secretAccessKey: "local" };

/** The same SDK clients everywhere; locally they point at the embedded endpoints. */
export function clientOptions(region: string, endpoint: string | undefined) {
  return { region, ...(endpoint ? { endpoint, credentials: localCredentials } : {}) };
}

export type { AwsSettings };
