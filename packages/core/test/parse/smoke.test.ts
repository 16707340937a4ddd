import { it } from "vitest";
import { parseResume, parseJob } from "../../src";
import { fixtureDoc } from "./helpers";
it("smoke", () => {
  const t = performance.now();
  const card = parseResume(fixtureDoc(process.env.FX ?? "resume-en-basic.txt"), { now: new Date("2025-06-01") });
  console.log(performance.now() - t);
  console.log(JSON.stringify({ ...card, evidence: card.evidence.length }, null, 1));
});
