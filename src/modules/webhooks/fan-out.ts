import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { execute } from '../../db/exec.js';
import { fanOutDeliveries } from '../../outbox/deliveries.js';

/**
 * Fans one stored domain event out to webhook deliveries, in one statement. Events are fanned out
 * where they are emitted (emitEvents); this serves 'events' jobs written before that, and adds
 * nothing for an event already fanned out. Returns how many deliveries were created.
 */
export async function fanOutEvent(db: Db, eventId: string): Promise<number> {
  const { rows } = await execute<{ n: number }>(
    db,
    sql`
    with ev as (
      select id, type, region_path, unit_ids, data, created_at from domain_events where id = ${eventId}),
    ${fanOutDeliveries}
    select (select count(*)::int from created) as n, (select count(*) from delivery_jobs) as jobs`,
  );
  return rows[0]?.n ?? 0;
}
