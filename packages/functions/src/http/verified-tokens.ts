import type { JWTPayload } from "jose";

/**
 * Tokens this process has already verified (a warm Lambda, the local runtime), so a client's
 * next request skips the signature check (~0.5 ms through WebCrypto, the largest cost of a read
 * under load). An entry lives until the token's own expiry or maximum age, whichever is first,
 * and is keyed by the verification settings too: another secret, issuer or audience verifies
 * again. Bounded: the oldest entry goes first.
 */
export class VerifiedTokens {
  private readonly entries = new Map<string, { payload: JWTPayload; untilSeconds: number }>();

  constructor(private readonly capacity = 1_000) {}

  get(key: string, nowSeconds = Date.now() / 1000): JWTPayload | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    if (entry.untilSeconds <= nowSeconds) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.payload;
  }

  /** Keeps a verified payload until `exp`, and `iat + maxAgeSeconds` when both are known. */
  set(key: string, payload: JWTPayload, maxAgeSeconds?: number): void {
    if (typeof payload.exp !== "number") return;
    const aged = typeof payload.iat === "number" && maxAgeSeconds ? payload.iat + maxAgeSeconds : Infinity;
    if (this.entries.size >= this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(key, { payload, untilSeconds: Math.min(payload.exp, aged) });
  }
}
