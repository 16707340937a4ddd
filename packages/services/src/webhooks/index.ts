export { type DeliveryOutcome, deliverWebhook } from "./deliver";
export {
  type DomainEvent,
  eventIdOf,
  type WebhookEventType,
  type WebhookPayload,
  webhookEventTypes,
} from "./events";
export {
  deleteWebhook,
  listWebhookDeliveries,
  listWebhooks,
  type RegisteredWebhook,
  type RegisterWebhookInput,
  registerWebhook,
  testWebhook,
} from "./manage";
export { publishEvent } from "./publish";
export {
  backoffSeconds,
  type DeliveryMessage,
  parseDeliveryMessage,
  type WebhookQueue,
  type WebhookSettings,
} from "./queue";
export { newWebhookSecret, type SignedHeaders, signedHeaders } from "./sign";
export { assertWebhookUrl, isAllowedAddress, type WebhookUrlPolicy } from "./url-policy";
