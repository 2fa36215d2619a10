import type { Db } from '../../db/client.js';
import { type OrderUpdate, orderUpdates } from './open311.repo.js';
import type { RequestUpdate, UpdatesQuery } from './open311.schemas.js';
import { dateWindow, levelName, MAX_RESULTS, open311Status } from './request-view.js';

type Snapshot = OrderUpdate['after'];

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
 * so a client polls with start_date = the last updated_datetime it saw.
 */
export async function listUpdates(db: Db, q: UpdatesQuery, now: Date): Promise<RequestUpdate[]> {
  const { from, to } = dateWindow(q, now);
  const updates = await orderUpdates(db, from, to, MAX_RESULTS);
  return updates.map((e) => ({
    update_id: String(e.id),
    service_request_id: e.orderId,
    status: open311Status(e.statusAfter),
    updated_datetime: e.createdAt.toISOString(),
    description: describeAction(e.action, e.before, e.after),
    media_url: null,
  }));
}
