import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { OrderStatus } from '../../db/schema/index.js';
import type { RequestUpdate, UpdatesQuery } from './open311.schemas.js';
import { dateWindow, levelName, MAX_RESULTS, open311Status } from './request-view.js';

type Snapshot = { slotsHeld?: unknown; headcount?: unknown; escalationLevel?: unknown } | null;

const DESCRIPTIONS: Record<string, string> = {
  'order.published': 'Published: volunteers can now take it',
  'order.updated': 'The community updated the request',
  'order.cancelled': 'Cancelled by the community',
  'order.verified': 'The community verified the work with the resident',
  'order.reopened': 'Reopened: the work did not resolve the request',
  'order.expired': 'Expired: nobody took it in time',
  'claim.created': 'A volunteer took a slot',
  'claim.promoted': 'A volunteer from the waiting list took a free slot',
  'claim.waitlisted': 'A volunteer joined the waiting list',
  'claim.withdrawn': 'A volunteer withdrew',
  'claim.no_show': 'A volunteer did not turn up; the slot is free again',
  'claim.checked_in': 'A volunteer checked in on site; work has started',
  'claim.completed': 'A volunteer reported the work done',
};

const number = (v: unknown) => (typeof v === 'number' ? v : null);

/** A sentence for residents, from the action and the order's counters; never who did it. */
export function describeAction(action: string, before: Snapshot, after: Snapshot): string {
  const from = number(before?.escalationLevel);
  const to = number(after?.escalationLevel);
  if (from !== null && to !== null && to > from)
    return `Whistle blown: escalated to the ${levelName(to)} (level ${to})`;
  const held = number(after?.slotsHeld);
  const total = number(after?.headcount);
  const slots =
    action.startsWith('claim.') && held !== null && total !== null
      ? ` (${held} of ${total} slots taken)`
      : '';
  const known = DESCRIPTIONS[action];
  if (known) return `${known}${slots}`;
  const words = action.replace(/[._]/g, ' ');
  return `${words[0]!.toUpperCase()}${words.slice(1)}${slots}`;
}

/**
 * FixMyStreet's GET servicerequestupdates, fed by the audit trail of published orders, oldest first
 * so a client polls with start_date = the last updated_datetime it saw. An event's status is the
 * order's status after it: its own order snapshot (`after`, when it is one), else the `before`
 * snapshot of the order's next transition, else its status now.
 */
export async function listUpdates(db: Db, q: UpdatesQuery, now: Date): Promise<RequestUpdate[]> {
  const { from, to } = dateWindow(q, now);
  const { rows } = await db.execute<{
    id: number;
    entity_id: string;
    action: string;
    created_at: Date;
    before: Snapshot;
    after: Snapshot;
    status_after: OrderStatus;
  }>(sql`
    select e.id, e.entity_id, e.action, e.created_at, e.before, e.after,
      coalesce(case when e.after ? 'slotsHeld' then e.after->>'status' end,
               (select n.before->>'status' from audit_events n
                where n.entity_id = e.entity_id and n.seq > e.seq and n.before ? 'slotsHeld'
                order by n.seq limit 1), o.status) as status_after
    from audit_events e join orders o on o.id = e.entity_id
    where e.entity_type = 'order' and e.action <> 'order.created' and o.status <> 'draft'
      and e.created_at >= ${from} and e.created_at <= ${to}
    order by e.id
    limit ${MAX_RESULTS}`);
  return rows.map((e) => ({
    update_id: String(e.id),
    service_request_id: e.entity_id,
    status: open311Status(e.status_after),
    updated_datetime: new Date(e.created_at).toISOString(),
    description: describeAction(e.action, e.before, e.after),
    media_url: null,
  }));
}
