import { and, asc, eq, gt, isNull } from 'drizzle-orm';
import { type Actor, appendAudit } from '../../audit/audit.repo.js';
import { type AuthContext, requireRole } from '../../auth/scope.js';
import { regions, webhookDeliveries, webhookEndpoints } from '../../db/schema/index.js';
import { transaction } from '../../db/transaction.js';
import { Errors } from '../../errors.js';
import { decodeCursor, toPage } from '../../lib/pagination.js';
import { enqueueJob } from '../../outbox/outbox.repo.js';
import { endpointReaders, endpointVisibility, loadVisibleEndpoint } from './endpoint-access.js';
import type { WebhooksDeps } from './endpoints.service.js';
import type { DeliveryDto, ListDeliveriesQuery } from './webhooks.schemas.js';

type DeliveryRow = typeof webhookDeliveries.$inferSelect;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function toDeliveryDto(d: DeliveryRow): DeliveryDto {
  return {
    id: d.id,
    endpointId: d.endpointId,
    messageId: d.messageId,
    eventType: d.eventType,
    status: d.status,
    attempts: d.attempts,
    lastStatusCode: d.lastStatusCode,
    lastError: d.lastError,
    lastLatencyMs: d.lastLatencyMs,
    createdAt: d.createdAt.toISOString(),
    lastAttemptAt: iso(d.lastAttemptAt),
    deliveredAt: iso(d.deliveredAt),
  };
}

/** The delivery log of one endpoint, oldest first (cursor pagination over UUIDv7 ids). */
export async function listDeliveries(
  deps: WebhooksDeps,
  auth: AuthContext,
  endpointId: string,
  q: ListDeliveriesQuery,
) {
  requireRole(auth, ...endpointReaders);
  await loadVisibleEndpoint(deps.db, auth, endpointId);
  const after = decodeCursor(q.cursor);
  const rows = await deps.db
    .select()
    .from(webhookDeliveries)
    .where(
      and(
        eq(webhookDeliveries.endpointId, endpointId),
        q.status ? eq(webhookDeliveries.status, q.status) : undefined,
        after ? gt(webhookDeliveries.id, after) : undefined,
      ),
    )
    .orderBy(asc(webhookDeliveries.id))
    .limit(q.limit + 1);
  return toPage(rows.map(toDeliveryDto), q.limit);
}

/**
 * Manual redelivery of a dead (or already delivered) message, with the same webhook-id, through a new
 * outbox row and so a fresh set of attempts. A delivery whose attempts are still running is refused:
 * two attempt chains for one message would race on its status.
 */
export async function retryDelivery(
  deps: WebhooksDeps,
  auth: AuthContext,
  actor: Actor,
  id: string,
): Promise<DeliveryDto> {
  requireRole(auth, ...endpointReaders);
  return transaction(deps.db, async (tx) => {
    const [found] = await tx
      .select({ delivery: webhookDeliveries, endpoint: webhookEndpoints })
      .from(webhookDeliveries)
      .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
      .leftJoin(regions, eq(regions.id, webhookEndpoints.scopeRegionId))
      .where(and(eq(webhookDeliveries.id, id), isNull(webhookEndpoints.deletedAt), endpointVisibility(auth)))
      .for('update', { of: webhookDeliveries });
    if (!found) throw Errors.notFound(`webhook delivery ${id} not found`);
    const { delivery, endpoint } = found;
    if (!endpoint.enabled)
      throw Errors.conflict(
        'the endpoint is disabled: re-enable it (PATCH enabled: true) before redelivering',
      );
    if (delivery.status === 'pending' || delivery.status === 'failed')
      throw Errors.conflict(`the delivery is ${delivery.status}: its attempts are still running`);
    const [updated] = await tx
      .update(webhookDeliveries)
      .set({ status: 'pending' })
      .where(eq(webhookDeliveries.id, id))
      .returning();
    await enqueueJob(tx, { queue: 'webhooks', name: 'deliver', payload: { deliveryId: id } });
    await appendAudit(tx, {
      entityType: 'webhook_delivery',
      entityId: id,
      action: 'redelivery_requested',
      actor,
      before: { status: delivery.status, attempts: delivery.attempts },
      after: { status: 'pending', attempts: delivery.attempts },
      at: deps.clock.now(),
    });
    return toDeliveryDto(updated!);
  });
}
