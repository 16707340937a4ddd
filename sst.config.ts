/// <reference path="./.sst/platform/config.d.ts" />

export default $config({
  app(input) {
    return {
      name: "futodama",
      home: "aws",
      removal: input?.stage === "production" ? "retain" : "remove",
      protect: input?.stage === "production",
    };
  },
  async run() {
    // Imported here: the stack modules use SST's globals, which exist only inside run().
    const { routes } = await import("@futodama/functions/routes");
    const { buildApp } = await import("./stacks/index");
    return buildApp({ routes }).outputs;
  },
});
