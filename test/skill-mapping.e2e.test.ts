import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { measureMapping } from "../bench/skill-mapping";
import { corporaDir } from "../bench/skills/corpora";

/*
 * Gold skill spans of SkillSpan (test) and Green et al. → their first ESCO / curated skill, with
 * the retrieval normaliser behind whole-token matching (`pnpm bench:skill-mapping` prints the
 * table in docs/benchmarks.md). Floors a little under the measured numbers (SkillSpan 53.1 %
 * covered, 35 % right; Green 42.0 % covered, 38 % right) and never under "before".
 */
const floors = {
  "SkillSpan test (skill + knowledge)": { coverage: 0.52, accuracy: 0.34 },
  "Green et al. test (Skill)": { coverage: 0.41, accuracy: 0.37 },
} as const;

describe.skipIf(!existsSync(corporaDir))("skill spans mapped to ESCO", () => {
  it("covers more gold spans, and rightly, than whole-token matching alone", () => {
    for (const row of measureMapping("test")) {
      const floor = floors[row.name as keyof typeof floors];
      expect(floor, row.name).toBeDefined();
      expect(row.after.coverage, row.name).toBeGreaterThanOrEqual(floor.coverage);
      expect(row.after.accuracy, `${row.name}\n${row.after.unjudged.join("\n")}`).toBeGreaterThanOrEqual(
        floor.accuracy,
      );
      expect(row.after.coverage).toBeGreaterThan(row.before.coverage);
      expect(row.after.accuracy).toBeGreaterThanOrEqual(row.before.accuracy);
    }
  });
});
