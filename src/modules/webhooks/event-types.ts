/** Every event a webhook endpoint may subscribe to; `*` subscribes to all, including ones added later. */
export const webhookEventTypes = [
  'order.published',
  'order.updated',
  'order.cancelled',
  'order.filled',
  'order.reopened',
  'order.completed',
  'order.verified',
  'order.expired',
  'order.escalated',
  'order.sla_breached',
  'offer.created',
  'offer.accepted',
  'offer.declined',
  'offer.expired',
  'claim.created',
  'claim.withdrawn',
  'claim.checked_in',
  'claim.completed',
  'claim.no_show',
  'escalation.responded',
  'escalation.breached',
  'ledger.credited',
  'ledger.adjusted',
  'redemption.created',
] as const;

export type WebhookEventType = (typeof webhookEventTypes)[number];
