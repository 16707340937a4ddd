import { type Counts, type Score, score } from "./counts";

/** Plain-text tables for the terminal. */

const pct = (value: number) => (value * 100).toFixed(1).padStart(6);

export function fieldTable(title: string, fields: Record<string, Score>): string {
  const rows = Object.entries(fields).map(
    ([name, s]) =>
      `${name.padEnd(24)}${pct(s.precision)}${pct(s.recall)}${pct(s.f1)}  ${String(s.tp).padStart(5)}${String(s.fp).padStart(5)}${String(s.fn).padStart(5)}`,
  );
  const head = `${title.padEnd(24)}${"P%".padStart(6)}${"R%".padStart(6)}${"F1%".padStart(6)}  ${"tp".padStart(5)}${"fp".padStart(5)}${"fn".padStart(5)}`;
  return [head, "-".repeat(head.length), ...rows].join("\n");
}

/** F1 per group (columns) for each slice such as a format or a language (rows). */
export function breakdownTable(
  title: string,
  slices: Record<string, { docs: number; groups: Record<string, Counts> }>,
  groups: readonly string[],
): string {
  const head = `${title.padEnd(12)}${"docs".padStart(5)}${groups.map((g) => g.slice(0, 11).padStart(12)).join("")}`;
  const rows = Object.entries(slices).map(([name, slice]) => {
    const cells = groups.map((g) => {
      const c = slice.groups[g];
      return (c && c.tp + c.fp + c.fn > 0 ? pct(score(c).f1) : "     -").padStart(12);
    });
    return `${name.padEnd(12)}${String(slice.docs).padStart(5)}${cells.join("")}`;
  });
  return [head, "-".repeat(head.length), ...rows].join("\n");
}
