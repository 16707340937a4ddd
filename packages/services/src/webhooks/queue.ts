/** What travels on the delivery queue: which delivery of which tenant (the rest is in the row). */
export interface DeliveryMessage {
  tenantId: string;
  deliveryId: string;
}

/** The delivery queue (SQS; fauxqs locally), as the flows see it. */
export interface WebhookQueue {
  enqueue(messages: DeliveryMessage[]): Promise<void>;
  /** Keeps a received message hidden this long: the backoff before its next attempt. */
  retryAfter(receiptHandle: string, seconds: number): Promise<void>;
}

/** How deliveries behave; defaults in the functions' config (WEBHOOK_*). */
export interface WebhookSettings {
  urlPolicy: "public-https" | "allow-loopback";
  timeoutMs: number;
  /** Attempts before a delivery is dead; the queue's maxReceiveCount moves it to the DLQ then. */
  maxAttempts: number;
  /** Backoff before attempt n+1: base × 2^(n−1) seconds, at most 12 h (SQS's visibility limit). */
  retryBaseSeconds: number;
  maxPayloadBytes: number;
}

const maxVisibilitySeconds = 12 * 3600;

export function backoffSeconds(attempt: number, baseSeconds: number): number {
  return Math.min(maxVisibilitySeconds, Math.round(baseSeconds * 2 ** Math.max(0, attempt - 1)));
}

export function parseDeliveryMessage(body: string): DeliveryMessage {
  const parsed = JSON.parse(body) as Partial<DeliveryMessage>;
  if (typeof parsed.tenantId !== "string" || typeof parsed.deliveryId !== "string") {
    throw new Error("Not a webhook delivery message");
  }
  return { tenantId: parsed.tenantId, deliveryId: parsed.deliveryId };
}
