import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Logger } from 'pino';
import { Webhook } from 'standardwebhooks';
import { appendAudit, workerActor } from '../../audit/audit.js';
import type { Config } from '../../config.js';
import type { Db } from '../../db/client.js';
import { webhookDeliveries, webhookEndpoints } from '../../db/schema/index.js';
import type { Clock } from '../../lib/clock.js';
import { toEndpointDto } from './endpoint-access.js';
import { type PostOutcome, postWebhook } from './http-post.js';

export interface DeliverDeps {
  db: Db;
  clock: Clock;
  config: Pick<Config, 'WEBHOOK_TIMEOUT_MS' | 'WEBHOOK_ALLOW_PRIVATE_URLS' | 'WEBHOOK_DISABLE_AFTER_S'>;
  log: Logger;
}

/** Thrown when an attempt fails, so the queue plans the next one. */
export class DeliveryAttemptFailed extends Error {
  override name = 'DeliveryAttemptFailed';
}

type Outcome = 'delivered' | 'skipped';

/** Signed per Standard Webhooks: the webhook-id stays the same on every attempt; the timestamp is the attempt's. */
function signedHeaders(secret: string, messageId: string, at: Date, body: string): Record<string, string> {
  return {
    'content-type': 'application/json',
    'user-agent': 'whistle-dispatch-webhooks/1',
    'webhook-id': messageId,
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    'webhook-signature': new Webhook(secret).sign(messageId, at, body),
  };
}

/**
 * One attempt of one delivery. Nothing happens to a delivery that already succeeded; a delivery to
 * a disabled or deleted endpoint is closed as dead (a redelivery can revive it once the endpoint is
 * back). `lastAttempt` says whether the queue will try again after a failure.
 * Throws DeliveryAttemptFailed when the receiver did not answer 2xx.
 */
export async function attemptDelivery(
  deps: DeliverDeps,
  deliveryId: string,
  opts: { lastAttempt: boolean },
): Promise<Outcome> {
  const [found] = await deps.db
    .select({ delivery: webhookDeliveries, endpoint: webhookEndpoints })
    .from(webhookDeliveries)
    .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
    .where(eq(webhookDeliveries.id, deliveryId));
  if (!found || found.delivery.status === 'succeeded') return 'skipped';
  const { delivery, endpoint } = found;
  if (endpoint.deletedAt || !endpoint.enabled) {
    await deps.db
      .update(webhookDeliveries)
      .set({ status: 'dead', lastError: endpoint.deletedAt ? 'endpoint deleted' : 'endpoint disabled' })
      .where(
        and(eq(webhookDeliveries.id, deliveryId), inArray(webhookDeliveries.status, ['pending', 'failed'])),
      );
    return 'skipped';
  }
  const body = JSON.stringify(delivery.payload);
  const headers = signedHeaders(endpoint.secret, delivery.messageId, deps.clock.now(), body);
  const outcome = await postWebhook(endpoint.url, body, headers, {
    timeoutMs: deps.config.WEBHOOK_TIMEOUT_MS,
    allowPrivate: deps.config.WEBHOOK_ALLOW_PRIVATE_URLS,
  });
  if (outcome.error === null) {
    await recordSuccess(deps, delivery.id, endpoint.id, outcome);
    return 'delivered';
  }
  await recordFailure(deps, delivery.id, endpoint.id, outcome, opts.lastAttempt);
  throw new DeliveryAttemptFailed(
    `delivery ${delivery.id} attempt ${delivery.attempts + 1} failed: ${outcome.error}`,
  );
}

async function recordSuccess(
  deps: DeliverDeps,
  deliveryId: string,
  endpointId: string,
  outcome: PostOutcome,
) {
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await tx
      .update(webhookDeliveries)
      .set({
        status: 'succeeded',
        attempts: sql`${webhookDeliveries.attempts} + 1`,
        lastStatusCode: outcome.statusCode,
        lastError: null,
        lastLatencyMs: outcome.latencyMs,
        lastAttemptAt: now,
        deliveredAt: now,
      })
      .where(eq(webhookDeliveries.id, deliveryId));
    await tx
      .update(webhookEndpoints)
      .set({ failingSince: null })
      .where(and(eq(webhookEndpoints.id, endpointId), sql`${webhookEndpoints.failingSince} is not null`));
  });
}

/**
 * Records a failed attempt and the endpoint's failing streak; an endpoint failing for longer than
 * WEBHOOK_DISABLE_AFTER_S is disabled, audited and reported with an `endpoint.disabled` warning.
 */
async function recordFailure(
  deps: DeliverDeps,
  deliveryId: string,
  endpointId: string,
  outcome: PostOutcome,
  lastAttempt: boolean,
) {
  const now = deps.clock.now();
  const disabled = await deps.db.transaction(async (tx) => {
    await tx
      .update(webhookDeliveries)
      .set({
        status: lastAttempt ? 'dead' : 'failed',
        attempts: sql`${webhookDeliveries.attempts} + 1`,
        lastStatusCode: outcome.statusCode,
        lastError: outcome.error,
        lastLatencyMs: outcome.latencyMs,
        lastAttemptAt: now,
      })
      .where(eq(webhookDeliveries.id, deliveryId));
    const [streak] = await tx
      .update(webhookEndpoints)
      .set({ failingSince: sql`coalesce(${webhookEndpoints.failingSince}, ${now})` })
      .where(eq(webhookEndpoints.id, endpointId))
      .returning();
    const failingSince = streak?.failingSince;
    if (!streak?.enabled || !failingSince) return null;
    if (now.getTime() - failingSince.getTime() <= deps.config.WEBHOOK_DISABLE_AFTER_S * 1000) return null;
    const [updated] = await tx
      .update(webhookEndpoints)
      .set({
        enabled: false,
        disabledAt: now,
        disabledReason: `deliveries failing since ${failingSince.toISOString()}, longer than ${deps.config.WEBHOOK_DISABLE_AFTER_S} s`,
      })
      .where(and(eq(webhookEndpoints.id, endpointId), eq(webhookEndpoints.enabled, true)))
      .returning();
    if (!updated) return null;
    await appendAudit(tx, {
      entityType: 'webhook_endpoint',
      entityId: endpointId,
      action: 'disabled',
      actor: workerActor('webhooks'),
      before: toEndpointDto(streak),
      after: toEndpointDto(updated),
      at: now,
    });
    return updated;
  });
  if (disabled)
    deps.log.warn(
      {
        endpointId,
        failingSince: disabled.failingSince?.toISOString(),
        disabledAt: disabled.disabledAt?.toISOString(),
      },
      'endpoint.disabled',
    );
}
