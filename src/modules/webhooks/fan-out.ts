import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { domainEvents } from '../../db/schema/index.js';
import { createDeliveries } from '../../outbox/deliveries.js';

/**
 * Fans one stored domain event out to webhook deliveries, in its own transaction. Events are fanned
 * out where they are emitted (emitEvents); this serves 'events' jobs written before that, and adds
 * nothing for an event already fanned out. Returns how many deliveries were created.
 */
export async function fanOutEvent(db: Db, eventId: string): Promise<number> {
  return db.transaction(async (tx) => {
    const [event] = await tx.select().from(domainEvents).where(eq(domainEvents.id, eventId));
    return event ? createDeliveries(tx, [event]) : 0;
  });
}
