import { it } from "vitest";
import { parseJob, parseResume } from "../../src";
import { fixtureDoc } from "./helpers";
it("smoke", () => {
  for (const fx of (process.env.FX ?? "").split(",")) {
    const doc = fixtureDoc(fx);
    const card = fx.startsWith("job") ? parseJob(doc, { now: new Date("2025-06-01") }) : parseResume(doc, { now: new Date("2025-06-01") });
    const { evidence, ...rest } = card;
    const s = JSON.stringify(rest, (k, v) => (k === "evidence" ? undefined : v));
    console.log(fx, s);
  }
});
