import { randomBytes } from "node:crypto";
import { Webhook } from "standardwebhooks";

/**
 * Deliveries are signed the Standard Webhooks way (the spec Svix, Clerk, Resend… follow):
 * `webhook-signature: v1,<base64 HMAC-SHA256 of "<id>.<timestamp>.<body>">` under the
 * base64 key of `whsec_<key>`. The `standardwebhooks` package signs them, and a receiver
 * verifies with the same package (docs/webhooks.md), so both sides share one implementation.
 */
export interface SignedHeaders {
  "webhook-id": string;
  "webhook-timestamp": string;
  "webhook-signature": string;
}

/** A new secret: 24 random bytes, base64, in the `whsec_` form receivers' libraries accept. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(24).toString("base64")}`;
}

export function signedHeaders(secret: string, eventId: string, at: Date, body: string): SignedHeaders {
  return {
    "webhook-id": eventId,
    "webhook-timestamp": String(Math.floor(at.getTime() / 1000)),
    "webhook-signature": new Webhook(secret).sign(eventId, at, body),
  };
}
