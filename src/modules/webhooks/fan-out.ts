import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { domainEvents, webhookDeliveries } from '../../db/schema/index.js';
import { newId } from '../../lib/ids.js';
import { enqueueJob } from '../../outbox/outbox.js';

/** The webhook-id of an event: one per event, so every endpoint and every retry sees the same id. */
export const messageIdOf = (eventId: string) => `msg_${eventId}`;

/**
 * Turns one domain event into one delivery per subscribed endpoint whose scope covers it, and the
 * job of each, in one transaction. Running it again for the same event adds nothing: (message id,
 * endpoint) is unique and only newly inserted deliveries get a job. Returns how many were created.
 */
export async function fanOutEvent(db: Db, eventId: string): Promise<number> {
  return db.transaction(async (tx) => {
    const [event] = await tx.select().from(domainEvents).where(eq(domainEvents.id, eventId));
    if (!event) return 0;
    // A region scope covers events inside its subtree; a unit scope, events addressed to the unit.
    const { rows: endpoints } = await tx.execute<{ id: string }>(sql`
      select e.id from webhook_endpoints e left join regions r on r.id = e.scope_region_id
      where e.enabled and e.deleted_at is null
        and e.events && ${sql.param([event.type, '*'])}::text[]
        and ((e.scope_region_id is null and e.scope_unit_id is null)
          or (r.path is not null and starts_with(${event.regionPath}::text, r.path))
          or e.scope_unit_id = any(${sql.param(event.unitIds)}::uuid[]))`);
    if (endpoints.length === 0) return 0;
    const payload = { type: event.type, timestamp: event.createdAt.toISOString(), data: event.data };
    const created = await tx
      .insert(webhookDeliveries)
      .values(
        endpoints.map((e) => ({
          id: newId(),
          endpointId: e.id,
          messageId: messageIdOf(event.id),
          eventType: event.type,
          payload,
        })),
      )
      .onConflictDoNothing({ target: [webhookDeliveries.messageId, webhookDeliveries.endpointId] })
      .returning({ id: webhookDeliveries.id });
    for (const d of created)
      await enqueueJob(tx, { queue: 'webhooks', name: 'deliver', payload: { deliveryId: d.id } });
    return created.length;
  });
}
