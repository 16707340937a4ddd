import type { AwsSettings } from "../deps";

/**
 * The local emulator checks signatures (issue 11), so the embedded endpoints get the runtime's
 * own key, handed in the standard AWS variables as Lambda hands its role's.
 */
function endpointCredentials() {
  const { AWS_ACCESS_KEY_ID: accessKeyId, AWS_SECRET_ACCESS_KEY: secretAccessKey } = process.env;
  return accessKeyId && secretAccessKey
    ? { accessKeyId, secretAccessKey }
    : { accessKeyId: "local", secretAccessKey: "local" };
}

/** The same SDK clients everywhere; locally they point at the embedded endpoints. */
export function clientOptions(region: string, endpoint: string | undefined) {
  return { region, ...(endpoint ? { endpoint, credentials: endpointCredentials() } : {}) };
}

export type { AwsSettings };
