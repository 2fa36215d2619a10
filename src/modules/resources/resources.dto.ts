import type { BookingRow } from './bookings.repo.js';
import type { ResourceRow } from './resources.repo.js';
import type { BookingView, Party, ResourceView } from './resources.schemas.js';

export const ownerOf = (r: Pick<ResourceRow, 'ownerUnitId' | 'ownerCommunityId'>): Party =>
  r.ownerUnitId ? { type: 'unit', id: r.ownerUnitId } : { type: 'community', id: r.ownerCommunityId! };

export const bookerOf = (b: Pick<BookingRow, 'bookerUnitId' | 'bookerCommunityId'>): Party =>
  b.bookerUnitId ? { type: 'unit', id: b.bookerUnitId } : { type: 'community', id: b.bookerCommunityId! };

export function toResourceView(r: ResourceRow): ResourceView {
  return {
    id: r.id,
    owner: ownerOf(r),
    kind: r.kind,
    name: r.name,
    description: r.description,
    capacity: r.capacity,
    timeZone: r.timeZone,
    openingHours: r.openingHours,
    requiresApproval: r.requiresApproval,
    bookableBy: r.bookableBy,
    active: r.active,
    version: r.version,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

const iso = (d: Date | null) => d?.toISOString() ?? null;

export function toBookingView(
  b: BookingRow,
  resource: Pick<ResourceRow, 'ownerUnitId' | 'ownerCommunityId'>,
): BookingView {
  return {
    id: b.id,
    resourceId: b.resourceId,
    owner: ownerOf(resource),
    booker: bookerOf(b),
    startsAt: b.startsAt.toISOString(),
    endsAt: b.endsAt.toISOString(),
    status: b.status,
    purpose: b.purpose,
    remindAt: b.remindAt.toISOString(),
    remindedAt: iso(b.remindedAt),
    decidedAt: iso(b.decidedAt),
    cancelledAt: iso(b.cancelledAt),
    cancelledBy: b.cancelledBy,
    reason: b.reason,
    createdAt: b.createdAt.toISOString(),
    updatedAt: b.updatedAt.toISOString(),
  };
}
