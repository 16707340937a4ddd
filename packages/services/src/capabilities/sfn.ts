import { SFNClient } from "@aws-sdk/client-sfn";
import type { AwsSettings, Capability } from "../deps";
import { clientOptions } from "./aws-endpoints";

export function createSfnClient(settings: AwsSettings): SFNClient {
  return new SFNClient(clientOptions(settings.region, settings.sfnEndpoint));
}

/** Step Functions (starting executions). */
export const sfn: Capability = (settings) => ({ sfn: createSfnClient(settings) });
