import { afterAll, beforeAll } from "vitest";
import { routes } from "../../packages/functions/src/http/routes";
import { buildApp } from "../index";
import { type FakeResource, type FakeSst, installFakeSst } from "./fake-sst";

/** The arguments the stacks pass to `sst.aws.Function`, as far as the tests read them. */
export interface FunctionArgs {
  handler: string;
  runtime?: string;
  timeout?: string;
  environment: Record<string, string>;
  permissions?: { actions: string[]; resources: string[] }[];
  link?: unknown[];
}

export interface PolicyDocument {
  Statement: { Effect: string; Action: string | string[]; Resource: string | string[] }[];
}

export const argsOf = <T>(resource: FakeResource) => resource.args as T;

export interface FakeApp {
  fake: FakeSst;
  outputs: ReturnType<typeof buildApp>["outputs"];
  /** The `sst.aws.Function` of that component name. */
  fn(name: string): FakeResource;
}

/** The whole app built once per test file under a fake SST, installed before and removed after. */
export function useFakeApp(): FakeApp {
  const app = {
    fn: (name: string) => app.fake.get("sst.aws.Function", name),
  } as FakeApp;
  beforeAll(() => {
    app.fake = installFakeSst("test");
    app.outputs = buildApp({ routes }).outputs;
  });
  afterAll(() => app.fake.uninstall());
  return app;
}
