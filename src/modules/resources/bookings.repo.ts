import { and, asc, eq, gt, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { regionSubtreeIds } from '../../db/predicates.js';
import { type BookingStatus, bookings, resources, units } from '../../db/schema/index.js';
import { GOING_AHEAD_BOOKINGS, SLOT_HOLDING_BOOKINGS } from '../../domain/booking-state.js';
import { idRows, type PageAfter, reachFilter, type Within } from '../regions/reach.repo.js';

export type BookingRow = typeof bookings.$inferSelect;

const statusIn = (statuses: readonly string[]): SQL =>
  sql`${bookings.status} in (${sql.join(
    statuses.map((s) => sql`${s}`),
    sql`, `,
  )})`;

const inSubtree = (path: string, community: SQL, unit: SQL): SQL =>
  sql`(${community} in ${regionSubtreeIds(path)} or ${unit} in (select ${units.id} from ${units} where ${units.regionId} in ${regionSubtreeIds(path)}))`;

/**
 * The bookings a reach covers: those of resources whose owner is in it and those booked by a unit or
 * community in it (a unit: its resources' and its own bookings). Members see none.
 */
const bookingsIn = ({ reach }: Within) =>
  reachFilter(reach, {
    subtree: (path) =>
      sql`(${inSubtree(path, sql`${bookings.bookerCommunityId}`, sql`${bookings.bookerUnitId}`)}
        or ${bookings.resourceId} in (select ${resources.id} from ${resources} where ${inSubtree(path, sql`${resources.ownerCommunityId}`, sql`${resources.ownerUnitId}`)}))`,
    unit: (unitId) =>
      sql`(${bookings.bookerUnitId} = ${unitId} or ${bookings.resourceId} in (select ${resources.id} from ${resources} where ${resources.ownerUnitId} = ${unitId}))`,
    member: () => sql`false`,
  });

const bookingRows = idRows(bookings, bookingsIn);

/** A booking by id, only when the reach covers it (without one, any booking). */
export const { find: findBooking, insert: insertBooking, update: updateBooking } = bookingRows;

export const listBookings = (
  db: Db,
  within: Within,
  q: PageAfter & { status?: BookingStatus; resourceId?: string; from?: string; to?: string },
) =>
  bookingRows.page(db, within, q, [
    q.status ? eq(bookings.status, q.status) : undefined,
    q.resourceId ? eq(bookings.resourceId, q.resourceId) : undefined,
    q.from ? sql`${bookings.endsAt} > ${q.from}::timestamptz` : undefined,
    q.to ? sql`${bookings.startsAt} < ${q.to}::timestamptz` : undefined,
  ]);

/**
 * How many bookings of the resource hold a slot overlapping [startsAt, endsAt). Run under the
 * resource's row lock (lockResource), it counts every booking committed before: the lock holder
 * before this one has committed, and each statement of a transaction reads what was committed when
 * it began.
 */
export async function countOverlapping(
  db: Db,
  resourceId: string,
  startsAt: Date,
  endsAt: Date,
): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(bookings)
    .where(
      and(
        eq(bookings.resourceId, resourceId),
        statusIn(SLOT_HOLDING_BOOKINGS),
        sql`tstzrange(${bookings.startsAt}, ${bookings.endsAt}, '[)') && tstzrange(${startsAt.toISOString()}::timestamptz, ${endsAt.toISOString()}::timestamptz, '[)')`,
      ),
    );
  return row?.n ?? 0;
}

/** A reminder due at `at`: the booking goes ahead, is not reminded yet, its reminder time has come and it has not ended. */
export const reminderDue = (at: Date): SQL =>
  sql`${bookings.remindedAt} is null and ${statusIn(GOING_AHEAD_BOOKINGS)} and ${bookings.remindAt} <= ${at.toISOString()}::timestamptz and ${bookings.endsAt} > ${at.toISOString()}::timestamptz`;

/**
 * Marks the booking's reminder sent, once: only a booking going ahead, not reminded yet, whose
 * reminder is due and which has not ended. Null when any of that does not hold (another worker sent
 * it, it was cancelled, the timer fired early).
 */
export async function markReminded(db: Db, id: string, now: Date): Promise<BookingRow | null> {
  const rows = await db
    .update(bookings)
    .set({ remindedAt: now })
    .where(and(eq(bookings.id, id), reminderDue(now)))
    .returning();
  return rows[0] ?? null;
}

/**
 * Bookings whose reminder is due and unsent (`passed`) or still ahead (`ahead`), in id order after
 * `after`: what the reconciler sends and what re-planning puts back into the queue.
 */
export async function remindersIn(
  db: Db,
  range: 'passed' | 'ahead',
  at: Date,
  after: string | null,
  limit: number,
): Promise<{ id: string; remindAt: Date }[]> {
  const when =
    range === 'passed'
      ? reminderDue(at)
      : sql`${bookings.remindedAt} is null and ${statusIn(GOING_AHEAD_BOOKINGS)} and ${bookings.remindAt} > ${at.toISOString()}::timestamptz`;
  return db
    .select({ id: bookings.id, remindAt: bookings.remindAt })
    .from(bookings)
    .where(and(when, after ? gt(bookings.id, after) : undefined))
    .orderBy(asc(bookings.id))
    .limit(limit);
}
