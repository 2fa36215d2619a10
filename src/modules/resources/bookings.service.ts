import { appendAudit } from '../../audit/audit.repo.js';
import type { Caller } from '../../auth/scope.js';
import type { Db } from '../../db/client.js';
import { isExclusionViolation } from '../../db/pg-errors.js';
import { transaction } from '../../db/transaction.js';
import { type BookingCommand, initialBookingStatus, nextBookingStatus } from '../../domain/booking-state.js';
import { localTime, slotIsOpen } from '../../domain/opening-hours.js';
import { Errors } from '../../errors.js';
import { todayOf } from '../../lib/clock.js';
import { type IdempotentResult, idempotent } from '../../lib/idempotency.js';
import { newId } from '../../lib/ids.js';
import { decodeCursor, toPage } from '../../lib/pagination.js';
import type { ServiceDeps } from '../deps.js';
import { reachOf } from '../regions/regions.access.js';
import { emitBookingEvent } from './booking-events.js';
import { reminderTimer } from './booking-reminders.service.js';
import {
  type BookingRow,
  countOverlapping,
  findBooking,
  insertBooking,
  listBookings,
  updateBooking,
} from './bookings.repo.js';
import { booksFor, findVisibleResource, managesResource, partyOfCaller } from './resources.access.js';
import { toBookingView } from './resources.dto.js';
import { admits, lockResource, type ResourceRow, resourcesByIds } from './resources.repo.js';
import type {
  BookingReasonBody,
  BookingView,
  CreateBookingBody,
  ListBookingsQuery,
} from './resources.schemas.js';

const EVENT_OF = {
  requested: 'booking.requested',
  confirmed: 'booking.confirmed',
  approved: 'booking.approved',
  rejected: 'booking.rejected',
  cancelled: 'booking.cancelled',
} as const;

/**
 * Bookings of resources: a slot [startsAt, endsAt) inside the opening hours, by a unit or community
 * the resource's rule admits, within its capacity. Every booking and every change of a booking
 * locks the resource's row first, so bookings of one resource are decided one at a time and the
 * capacity count cannot be raced.
 */
export function createBookingsService({ db, clock, config }: Pick<ServiceDeps, 'db' | 'clock' | 'config'>) {
  const leadMs = config.BOOKING_REMINDER_LEAD_S * 1000;

  async function visibleBooking(tx: Db, caller: Caller, id: string): Promise<BookingRow> {
    const row = await findBooking(tx, id, { reach: reachOf(caller.auth), today: todayOf(clock) });
    if (!row) throw Errors.notFound(`booking ${id} not found`);
    return row;
  }

  /** Refuses a slot the resource cannot take now; runs under the resource's lock. */
  async function checkSlot(tx: Db, resource: ResourceRow, startsAt: Date, endsAt: Date): Promise<void> {
    if (!resource.active) throw Errors.resourceInactive(`resource ${resource.id} takes no new bookings`);
    if (startsAt.getTime() <= clock.now().getTime()) throw Errors.slotInPast('startsAt is not in the future');
    if (!slotIsOpen(resource.openingHours, resource.timeZone, startsAt, endsAt))
      throw Errors.outsideOpeningHours(
        `the slot is not inside one opening interval of the resource (time zone ${resource.timeZone})`,
        { openingHours: resource.openingHours, timeZone: resource.timeZone },
      );
    const taken = await countOverlapping(tx, resource.id, startsAt, endsAt);
    if (taken >= resource.capacity)
      throw Errors.slotUnavailable(`${taken} of ${resource.capacity} places are held for part of this slot`, {
        capacity: resource.capacity,
        held: taken,
      });
  }

  /** Applies an owner's or booker's command to a booking, under the resource's lock. */
  async function command(
    caller: Caller,
    id: string,
    cmd: BookingCommand,
    body: BookingReasonBody,
  ): Promise<BookingView> {
    return transaction(db, async (tx) => {
      const seen = await visibleBooking(tx, caller, id);
      const resource = (await lockResource(tx, seen.resourceId))!;
      const booking = (await findBooking(tx, id, undefined, { lock: true }))!;
      const owner = await managesResource(tx, caller.auth, resource);
      const booker = cmd === 'cancel' && !owner && (await booksFor(tx, caller.auth, booking));
      if (!owner && !booker)
        throw Errors.forbidden(
          cmd === 'cancel'
            ? 'only the owner of the resource or the booker cancels a booking'
            : 'only the owner of the resource approves or rejects a request',
        );
      const next = nextBookingStatus(booking.status, cmd);
      if (!next)
        throw Errors.invalidTransition(
          `a ${booking.status} booking cannot be ${cmd === 'cancel' ? 'cancelled' : `${cmd}d`}`,
          {
            bookingStatus: booking.status,
          },
        );
      const now = clock.now();
      const row = await updateBooking(tx, id, {
        status: next,
        reason: body.reason ?? null,
        updatedAt: now,
        ...(cmd === 'cancel'
          ? { cancelledAt: now, cancelledBy: owner ? 'owner' : 'booker' }
          : { decidedAt: now }),
      });
      await appendAudit(tx, {
        entityType: 'booking',
        entityId: id,
        action: EVENT_OF[next],
        actor: caller.actor,
        before: toBookingView(booking, resource),
        after: toBookingView(row, resource),
        at: now,
      });
      await emitBookingEvent(
        tx,
        EVENT_OF[next],
        row,
        resource,
        next === 'approved' ? [reminderTimer(row, now)] : [],
      );
      return toBookingView(row, resource);
    });
  }

  async function page(rows: BookingRow[], limit: number) {
    const owners = new Map(
      (await resourcesByIds(db, [...new Set(rows.map((r) => r.resourceId))])).map((r) => [r.id, r]),
    );
    return toPage(
      rows.map((b) => toBookingView(b, owners.get(b.resourceId)!)),
      limit,
    );
  }

  return {
    /** Books a slot: confirmed at once, or requested when the resource asks for approval. */
    async create(
      caller: Caller,
      resourceId: string,
      body: CreateBookingBody,
      idempotencyKey?: string,
    ): Promise<IdempotentResult<BookingView>> {
      const { auth, actor } = caller;
      const request = {
        apiKeyId: auth.keyId,
        key: idempotencyKey,
        route: `POST /v1/resources/${resourceId}/bookings`,
        request: body,
      };
      return idempotent(db, request, async (tx) => {
        const today = todayOf(clock);
        const seen = await findVisibleResource(tx, auth, resourceId, today);
        const booker = await partyOfCaller(tx, auth, body.booker, today);
        const startsAt = new Date(body.startsAt);
        const endsAt = new Date(body.endsAt);
        const day = localTime(startsAt, seen.timeZone).date;
        if (!(await admits(tx, resourceId, booker.booker, day)))
          throw Errors.bookingNotAllowed(
            `the resource is open to ${seen.bookableBy === 'paired' ? 'its paired partners' : `its ${seen.bookableBy}`} only`,
            { bookableBy: seen.bookableBy },
          );
        // Refused at once when the slot is already taken, without queueing for the lock; the check
        // under the lock is the one that decides.
        await checkSlot(tx, seen, startsAt, endsAt);
        const resource = (await lockResource(tx, resourceId))!;
        await checkSlot(tx, resource, startsAt, endsAt);
        const now = clock.now();
        const status = initialBookingStatus(resource.requiresApproval);
        let row: BookingRow;
        try {
          row = await insertBooking(tx, {
            id: newId(),
            resourceId,
            bookerUnitId: body.booker.type === 'unit' ? body.booker.id : null,
            bookerCommunityId: body.booker.type === 'community' ? body.booker.id : null,
            startsAt,
            endsAt,
            status,
            purpose: body.purpose ?? null,
            exclusive: resource.capacity === 1,
            remindAt: new Date(startsAt.getTime() - leadMs),
            createdAt: now,
            updatedAt: now,
          });
        } catch (err) {
          if (isExclusionViolation(err))
            throw Errors.slotUnavailable('the slot overlaps a booking of this resource');
          throw err;
        }
        const view = toBookingView(row, resource);
        await appendAudit(tx, {
          entityType: 'booking',
          entityId: row.id,
          action: EVENT_OF[status],
          actor,
          after: view,
          at: now,
        });
        await emitBookingEvent(
          tx,
          EVENT_OF[status],
          row,
          resource,
          status === 'confirmed' ? [reminderTimer(row, now)] : [],
        );
        return { status: 201, body: view };
      });
    },

    async get(caller: Caller, id: string): Promise<BookingView> {
      const booking = await visibleBooking(db, caller, id);
      const [resource] = await resourcesByIds(db, [booking.resourceId]);
      return toBookingView(booking, resource!);
    },

    /** The bookings the key sees: of its resources and its own, oldest first. */
    async list({ auth }: Caller, q: ListBookingsQuery) {
      const within = { reach: reachOf(auth), today: todayOf(clock) };
      const rows = await listBookings(db, within, { ...q, after: decodeCursor(q.cursor) });
      return page(rows, q.limit);
    },

    /** The bookings of one resource the key sees. */
    async listOfResource({ auth }: Caller, resourceId: string, q: Omit<ListBookingsQuery, 'resourceId'>) {
      const after = decodeCursor(q.cursor);
      const today = todayOf(clock);
      await findVisibleResource(db, auth, resourceId, today);
      const rows = await listBookings(db, { reach: reachOf(auth), today }, { ...q, resourceId, after });
      return page(rows, q.limit);
    },

    approve: (caller: Caller, id: string, body: BookingReasonBody) => command(caller, id, 'approve', body),
    reject: (caller: Caller, id: string, body: BookingReasonBody) => command(caller, id, 'reject', body),
    cancel: (caller: Caller, id: string, body: BookingReasonBody) => command(caller, id, 'cancel', body),
  };
}

export type BookingsService = ReturnType<typeof createBookingsService>;
