import { describe, expect, it } from "vitest";
import {
  createNormalizer,
  createTaxonomy,
  defaultNormalizer,
  defaultTaxonomyDir,
  loadTaxonomy,
} from "../src";

// Timings are printed for the docs; the bounds leave room for a loaded CI machine.
describe("taxonomy and normalizer performance", () => {
  it("loads the committed taxonomy quickly", () => {
    const started = performance.now();
    const taxonomy = loadTaxonomy(`${defaultTaxonomyDir()}/`);
    const ms = performance.now() - started;
    console.log(`taxonomy load: ${Math.round(ms)} ms (${taxonomy.skills.length} skills)`);
    expect(ms).toBeLessThan(600);
  });

  it("builds a normalizer and scans 200 KB in linear time", () => {
    let started = performance.now();
    const normalizer = createNormalizer(createTaxonomy("test", loadTaxonomy().skills, []));
    console.log(`normalizer construction: ${Math.round(performance.now() - started)} ms`);
    const block =
      "Senior engineer with 7 years of Python, Go and Kubernetes; built REST APIs on AWS with PostgreSQL, " +
      "Kafka and React. Communication, project management and machine learning.\n";
    const text = block.repeat(Math.ceil(200_000 / block.length));
    // Best of three: the first pass also pays for JIT warm-up, and test files run in parallel.
    let found = normalizer.findSkills(text);
    let ms = Number.POSITIVE_INFINITY;
    for (let run = 0; run < 3; run++) {
      started = performance.now();
      found = normalizer.findSkills(text);
      ms = Math.min(ms, performance.now() - started);
    }
    console.log(
      `findSkills over ${Math.round(text.length / 1000)} KB: ${Math.round(ms)} ms, ${found.length} matches`,
    );
    expect(found.length).toBeGreaterThan(1000);
    expect(ms).toBeLessThan(200);
  });

  it("scans pathological input (one long line of one letter) without blowing up", () => {
    const normalizer = defaultNormalizer();
    const text = "c ".repeat(100_000);
    const started = performance.now();
    normalizer.findSkills(text);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
