import { describe, expect, it } from "vitest";
import { BackgroundLane } from "../src/background-lane";

/** Steps that report how many ran at once, each held for `ms`. */
function probe() {
  let running = 0;
  let most = 0;
  const step = (ms: number) => async () => {
    running += 1;
    most = Math.max(most, running);
    await new Promise((resolve) => setTimeout(resolve, ms));
    running -= 1;
  };
  return { step, most: () => most };
}

describe("background lane (ingest below the API)", () => {
  it("runs one step at a time while the API is busy, and all of them when it is quiet", async () => {
    let apiBusy = true;
    const lane = new BackgroundLane({ idleSlots: 4, busySlots: 1, apiBusy: () => apiBusy, recheckMs: 10 });
    const busy = probe();
    await Promise.all(Array.from({ length: 4 }, () => lane.run(busy.step(30))));
    expect(busy.most()).toBe(1);

    apiBusy = false;
    const quiet = probe();
    await Promise.all(Array.from({ length: 4 }, () => lane.run(quiet.step(30))));
    expect(quiet.most()).toBe(4);
  });

  it("widens as soon as the API goes quiet, and never stops the backlog", async () => {
    let apiBusy = true;
    const lane = new BackgroundLane({ idleSlots: 3, busySlots: 1, apiBusy: () => apiBusy, recheckMs: 10 });
    const steps = probe();
    const all = Promise.all(Array.from({ length: 6 }, () => lane.run(steps.step(60))));
    setTimeout(() => {
      apiBusy = false;
    }, 20);
    await all;
    expect(steps.most()).toBe(3);
  });

  it("holds steps while the API is saturated, yet runs one after its longest deferral", async () => {
    const lane = new BackgroundLane({
      idleSlots: 4,
      busySlots: 0,
      apiBusy: () => true,
      maxDeferMs: 100,
      recheckMs: 10,
    });
    const steps = probe();
    const started = performance.now();
    await Promise.all([lane.run(steps.step(10)), lane.run(steps.step(10))]);
    expect(steps.most()).toBe(1);
    expect(performance.now() - started).toBeGreaterThanOrEqual(95);
  });

  it("passes a step's result and its failure through", async () => {
    const lane = new BackgroundLane({ idleSlots: 1, busySlots: 1, apiBusy: () => false });
    await expect(lane.run(async () => 42)).resolves.toBe(42);
    await expect(lane.run(() => Promise.reject(new Error("no")))).rejects.toThrow("no");
    await expect(lane.run(async () => "still runs")).resolves.toBe("still runs");
  });
});
