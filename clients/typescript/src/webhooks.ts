import { Webhook, WebhookVerificationError } from 'standardwebhooks';
import type { EventType } from './types.js';

export { WebhookVerificationError };

/** The body of a webhook delivery. `data` holds ids and masked values only. */
export interface WebhookEvent {
  type: EventType;
  /** When the event happened (ISO 8601); the `webhook-timestamp` header is the attempt's time. */
  timestamp: string;
  data: Record<string, unknown>;
}

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function plainHeaders(headers: HeaderSource): Record<string, string> {
  const entries = headers instanceof Headers ? [...headers.entries()] : Object.entries(headers);
  const out: Record<string, string> = {};
  for (const [name, value] of entries)
    if (value !== undefined) out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  return out;
}

/**
 * Checks deliveries of one webhook endpoint, as the service signs them (Standard Webhooks): the
 * signature over `webhook-id`, `webhook-timestamp` and the raw body, with the endpoint's `whsec_…`
 * secret, and a timestamp within five minutes of now.
 */
export class WebhookVerifier {
  readonly #webhook: Webhook;

  constructor(secret: string) {
    this.#webhook = new Webhook(secret);
  }

  /**
   * The event of a delivery, or a WebhookVerificationError. Pass the body exactly as received
   * (string or bytes): parsed and re-serialised JSON no longer matches the signature.
   */
  verify(body: string | Uint8Array, headers: HeaderSource): WebhookEvent {
    return this.#webhook.verify(body, plainHeaders(headers)) as WebhookEvent;
  }
}
