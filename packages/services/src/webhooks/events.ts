import { createHash } from "node:crypto";

/** The events a webhook may subscribe to (issue 13). `webhook.test` is sent only by test-fire. */
export const webhookEventTypes = [
  "document.parsed",
  "document.failed",
  "match.step1.completed",
  "match.step2.completed",
  "tailoring.completed",
  "tailoring.failed",
  "batch.completed",
] as const;
export type WebhookEventType = (typeof webhookEventTypes)[number];

/**
 * One occurrence of something a tenant may want to hear about. `occurrence` tells two
 * occurrences of the same subject apart (a document parsed again after a retry), and nothing
 * else: the same step run twice emits the same event id, which is the delivery's idempotency key.
 */
export interface DomainEvent {
  type: WebhookEventType | "webhook.test";
  /** The resource the event is about (document, session, tailoring, batch id). */
  subjectId: string;
  occurrence: string;
  /** Ids, statuses and counts only: never document text or personal data. */
  data: Record<string, unknown>;
  occurredAt?: Date;
}

/** What is signed and sent: the Standard Webhooks payload shape `{type, timestamp, data}`. */
export interface WebhookPayload {
  type: DomainEvent["type"];
  timestamp: string;
  data: Record<string, unknown>;
}

/** A stable id per occurrence (the `webhook-id` header): `evt_` + 24 hex of a SHA-256. */
export function eventIdOf(event: Pick<DomainEvent, "type" | "subjectId" | "occurrence">): string {
  const digest = createHash("sha256").update(`${event.type}\n${event.subjectId}\n${event.occurrence}`);
  return `evt_${digest.digest("hex").slice(0, 24)}`;
}

export function payloadOf(event: DomainEvent): WebhookPayload {
  return {
    type: event.type,
    timestamp: (event.occurredAt ?? new Date()).toISOString(),
    data: event.data,
  };
}
