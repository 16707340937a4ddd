/**
 * Background work at a lower priority than the API (issue 11, item 9). The ingest's steps run on
 * the API's one event loop and its one embedded database; a backlog of uploads being ingested
 * four at a time timed out the reads and step 1s that ran beside it. Each background step takes a
 * place in this lane first: `idleSlots` places while the API is quiet, `busySlots` (may be 0)
 * while it is busy — and a step that has waited `maxDeferMs` runs when no other step of the lane
 * does, busy or not, so the backlog slows down for the API and never stops.
 */
export interface BackgroundLaneOptions {
  idleSlots: number;
  busySlots: number;
  /** The longest a step waits while the API is busy, when no other step runs (default 1 s). */
  maxDeferMs?: number;
  /** Whether the API has work in flight or waiting now. */
  apiBusy: () => boolean;
  /** While waiting for a place, how often to look again whether the API went quiet. */
  recheckMs?: number;
}

export class BackgroundLane {
  private running = 0;
  private readonly waiting: Array<{ since: number; grant: () => void }> = [];
  private recheck: NodeJS.Timeout | undefined;

  constructor(private readonly options: BackgroundLaneOptions) {}

  private slots(): number {
    return this.options.apiBusy() ? this.options.busySlots : this.options.idleSlots;
  }

  /** Runs `step` once it has a place, in the order steps asked. */
  async run<T>(step: () => Promise<T>): Promise<T> {
    await this.place();
    try {
      return await step();
    } finally {
      this.running -= 1;
      this.wake();
    }
  }

  private place(): Promise<void> {
    if (this.waiting.length === 0 && this.running < this.slots()) {
      this.running += 1;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      this.waiting.push({
        since: performance.now(),
        grant: () => {
          this.running += 1;
          resolve();
        },
      });
      this.scheduleRecheck();
    });
  }

  private wake() {
    while (this.waiting.length > 0 && this.running < this.slots()) this.waiting.shift()?.grant();
    const oldest = this.waiting[0];
    if (
      oldest &&
      this.running === 0 &&
      performance.now() - oldest.since >= (this.options.maxDeferMs ?? 1000)
    ) {
      this.waiting.shift()?.grant();
    }
    if (this.waiting.length === 0 && this.recheck) {
      clearInterval(this.recheck);
      this.recheck = undefined;
    }
  }

  /** Places free up when a step ends, and also when the API goes quiet: look again now and then. */
  private scheduleRecheck() {
    if (this.recheck) return;
    this.recheck = setInterval(() => this.wake(), this.options.recheckMs ?? 50);
    this.recheck.unref();
  }
}
