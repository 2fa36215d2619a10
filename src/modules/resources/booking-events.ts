import type { Db } from '../../db/client.js';
import type { OutboxJob } from '../../outbox/jobs.js';
import { emitEvents } from '../../outbox/outbox.repo.js';
import { findRegion } from '../regions/regions.repo.js';
import type { BookingRow } from './bookings.repo.js';
import { bookerOf, ownerOf } from './resources.dto.js';
import type { ResourceRow } from './resources.repo.js';

export type BookingEventType =
  | 'booking.requested'
  | 'booking.confirmed'
  | 'booking.approved'
  | 'booking.rejected'
  | 'booking.cancelled'
  | 'booking.reminder';

/**
 * Where an event about a resource's owner and a booker goes: the units among them (unit_ids) and the
 * communities among them (region_path, one event each: an event has one region). Both sides see it
 * in their feed and webhooks; an officer above two communities receives it once for each.
 */
async function addresses(tx: Db, parties: { type: 'unit' | 'community'; id: string }[]) {
  const unitIds = [...new Set(parties.filter((p) => p.type === 'unit').map((p) => p.id))];
  const communityIds = [...new Set(parties.filter((p) => p.type === 'community').map((p) => p.id))];
  const paths: string[] = [];
  for (const id of communityIds) {
    const region = await findRegion(tx, id);
    if (region) paths.push(region.path);
  }
  if (paths.length === 0) return [{ regionPath: null, unitIds }];
  return paths.map((regionPath, i) => ({ regionPath, unitIds: i === 0 ? unitIds : [] }));
}

/** A booking event to the resource's owner and to the booker, with the booking's jobs, in the caller's transaction. */
export async function emitBookingEvent(
  tx: Db,
  type: BookingEventType,
  booking: BookingRow,
  resource: ResourceRow,
  jobs: OutboxJob[] = [],
): Promise<void> {
  const owner = ownerOf(resource);
  const booker = bookerOf(booking);
  const data = {
    bookingId: booking.id,
    resourceId: resource.id,
    resourceKind: resource.kind,
    owner,
    booker,
    startsAt: booking.startsAt.toISOString(),
    endsAt: booking.endsAt.toISOString(),
    status: booking.status,
    ...(booking.reason ? { reason: booking.reason } : {}),
  };
  const to = await addresses(tx, [owner, booker]);
  await emitEvents(
    tx,
    to.map((address) => ({ type, ...address, data })),
    jobs,
  );
}

/** A resource event to its owner. */
export async function emitResourceEvent(
  tx: Db,
  type: 'resource.created' | 'resource.updated',
  resource: ResourceRow,
): Promise<void> {
  const [address] = await addresses(tx, [ownerOf(resource)]);
  await emitEvents(tx, [
    {
      type,
      ...address!,
      data: {
        resourceId: resource.id,
        owner: ownerOf(resource),
        kind: resource.kind,
        capacity: resource.capacity,
        bookableBy: resource.bookableBy,
        active: resource.active,
      },
    },
  ]);
}
