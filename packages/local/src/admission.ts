/**
 * Admission control for the local API (issue 11, item 9). Node runs every request in flight one
 * async step per event-loop turn, so a turn grows with the number of requests in flight: at 100
 * concurrent uploads a turn reached ~1 s, new connections waited in the accept queue past a
 * client's timeout, and `/health` went silent. A gate per route class keeps the work in flight
 * bounded (short turns), lets the rest wait in order, and answers 503 `server.busy` with
 * Retry-After — at once when the queue is full, or when a request has waited its bound — so a
 * client is always answered and can back off, never left to time out.
 */

export interface AdmissionLimits {
  /** Writes (anything but GET/HEAD) of one class being worked on at once. */
  maxInFlight: number;
  /**
   * Reads of one class being worked on at once. Higher: a read is one or two statements, and
   * gets by id that arrive together share one (storage `read-batch.ts`), which a gate of 4
   * would cap at 4 (measured at 100 clients over 10,000 CVs: 1,580–1,660 gets/s, p99 95–116 ms
   * with 4; 1,920–2,000 with 16; 2,371 gets/s, p99 103 ms with 64, where a list sorted by title
   * also went from 328 to 585 req/s).
   */
  maxReadsInFlight: number;
  /** Requests of one class waiting their turn; past it a request is refused at once. */
  maxQueued: number;
  /** A request that waited this long without its turn is refused (503), not kept silent. */
  maxWaitMs: number;
}

export const defaultAdmissionLimits: AdmissionLimits = {
  maxInFlight: 4,
  maxReadsInFlight: 64,
  maxQueued: 512,
  maxWaitMs: 4000,
};

/** What a client is told to wait before retrying a refused request (Retry-After, seconds). */
export const busyRetryAfterSeconds = 1;

/** The answer of a gate: a turn (release it when the request is done), or busy. */
export type Admission =
  | { admitted: true; release: () => void }
  | { admitted: false; reason: "queue_full" | "waited" };

interface Waiter {
  grant: () => void;
  timer: NodeJS.Timeout;
}

/** One class's gate: at most `maxInFlight` admitted at a time, first come first served. */
export class AdmissionGate {
  private inFlight = 0;
  private readonly waiting: Waiter[] = [];

  constructor(private readonly limits: AdmissionLimits) {}

  get pending(): number {
    return this.waiting.length;
  }

  get running(): number {
    return this.inFlight;
  }

  /** Waits for a turn; `gone` is raised when the client left while waiting (its place is freed). */
  admit(gone?: AbortSignal): Promise<Admission> {
    if (this.inFlight < this.limits.maxInFlight && this.waiting.length === 0) {
      return Promise.resolve(this.turn());
    }
    if (this.waiting.length >= this.limits.maxQueued) {
      return Promise.resolve({ admitted: false, reason: "queue_full" });
    }
    return new Promise<Admission>((resolve) => {
      const leave = () => {
        const at = this.waiting.indexOf(waiter);
        if (at >= 0) this.waiting.splice(at, 1);
        clearTimeout(waiter.timer);
        gone?.removeEventListener("abort", onGone);
      };
      const onGone = () => {
        leave();
        resolve({ admitted: false, reason: "waited" });
      };
      const waiter: Waiter = {
        grant: () => {
          leave();
          resolve(this.turn());
        },
        timer: setTimeout(() => {
          leave();
          resolve({ admitted: false, reason: "waited" });
        }, this.limits.maxWaitMs),
      };
      this.waiting.push(waiter);
      gone?.addEventListener("abort", onGone, { once: true });
    });
  }

  private turn(): Admission {
    this.inFlight += 1;
    let released = false;
    return {
      admitted: true,
      release: () => {
        if (released) return;
        released = true;
        this.inFlight -= 1;
        this.waiting[0]?.grant();
      },
    };
  }
}

/** Gates by route class, made on first use; `busy()` tells background work the API is waited on. */
export class AdmissionControl {
  private readonly gates = new Map<string, AdmissionGate>();

  constructor(readonly limits: AdmissionLimits) {}

  gateFor(routeClass: string): AdmissionGate {
    let gate = this.gates.get(routeClass);
    if (!gate) {
      const reads = routeClass.endsWith(":read");
      gate = new AdmissionGate(
        reads ? { ...this.limits, maxInFlight: this.limits.maxReadsInFlight } : this.limits,
      );
      this.gates.set(routeClass, gate);
    }
    return gate;
  }

  /** Requests waiting for a turn, over every class: the API is saturated while this is > 0. */
  waiting(): number {
    let total = 0;
    for (const gate of this.gates.values()) total += gate.pending;
    return total;
  }
}

const positiveInteger = (variable: string, value: string | undefined, fallback: number): number => {
  if (value === undefined || value.trim() === "") return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`${variable} must be a whole number ≥ 1, got "${value}"`);
  return n;
};

/** LOCAL_API_MAX_IN_FLIGHT, LOCAL_API_MAX_READS_IN_FLIGHT, LOCAL_API_MAX_QUEUED, LOCAL_API_MAX_WAIT_MS → limits (defaults above). */
export function admissionLimitsFrom(env: Record<string, string | undefined>): AdmissionLimits {
  return {
    maxInFlight: positiveInteger(
      "LOCAL_API_MAX_IN_FLIGHT",
      env.LOCAL_API_MAX_IN_FLIGHT,
      defaultAdmissionLimits.maxInFlight,
    ),
    maxReadsInFlight: positiveInteger(
      "LOCAL_API_MAX_READS_IN_FLIGHT",
      env.LOCAL_API_MAX_READS_IN_FLIGHT,
      defaultAdmissionLimits.maxReadsInFlight,
    ),
    maxQueued: positiveInteger(
      "LOCAL_API_MAX_QUEUED",
      env.LOCAL_API_MAX_QUEUED,
      defaultAdmissionLimits.maxQueued,
    ),
    maxWaitMs: positiveInteger(
      "LOCAL_API_MAX_WAIT_MS",
      env.LOCAL_API_MAX_WAIT_MS,
      defaultAdmissionLimits.maxWaitMs,
    ),
  };
}
