import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, ref, tz, updatedAt } from './columns.js';
import { bookingRules, bookingStatuses, resourceKinds } from './enums.js';
import { regions } from './regions.js';
import { units } from './units.js';

/** One weekly opening interval in the resource's time zone: ISO weekday (1 = Monday), 'HH:MM' times. */
export interface OpeningInterval {
  weekday: number;
  opens: string;
  closes: string;
}

/**
 * A resource a unit or a community opens to others (资源清单): a venue, equipment, a vehicle or
 * expertise, with how many bookings may overlap, weekly opening hours and who may book it. Exactly
 * one owner: a unit or a community.
 */
export const resources = pgTable(
  'resources',
  {
    id: id(),
    ownerUnitId: uuid('owner_unit_id').references(() => units.id),
    ownerCommunityId: uuid('owner_community_id').references(() => regions.id),
    kind: text('kind', { enum: resourceKinds }).notNull(),
    name: text('name').notNull(),
    description: text('description'),
    capacity: integer('capacity').notNull(),
    timeZone: text('time_zone').notNull(),
    openingHours: jsonb('opening_hours').$type<OpeningInterval[]>().notNull(),
    requiresApproval: boolean('requires_approval').notNull().default(false),
    bookableBy: text('bookable_by', { enum: bookingRules }).notNull(),
    /** An inactive resource takes no new bookings; those it has stay as they are. */
    active: boolean('active').notNull().default(true),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('resources_owner_unit_idx').on(t.ownerUnitId),
    index('resources_owner_community_idx').on(t.ownerCommunityId),
    check('resources_one_owner', sql`(${t.ownerUnitId} is null) <> (${t.ownerCommunityId} is null)`),
    check('resources_capacity_check', sql`${t.capacity} between 1 and 1000`),
  ],
);

/**
 * A booking of a resource for [starts_at, ends_at) by a unit or a community (exactly one). A
 * requested, approved or confirmed booking holds its slot. `exclusive`: the resource had capacity 1
 * when it was booked; the exclusion constraint of migration 0017 keeps two such bookings from
 * overlapping, under the lock-and-count rule every booking passes.
 */
export const bookings = pgTable(
  'bookings',
  {
    id: id(),
    resourceId: ref('resource_id', () => resources.id),
    bookerUnitId: uuid('booker_unit_id').references(() => units.id),
    bookerCommunityId: uuid('booker_community_id').references(() => regions.id),
    startsAt: tz('starts_at').notNull(),
    endsAt: tz('ends_at').notNull(),
    status: text('status', { enum: bookingStatuses }).notNull(),
    purpose: text('purpose'),
    exclusive: boolean('exclusive').notNull(),
    /** When the booking.reminder event is due; sent once, when `reminded_at` is set. */
    remindAt: tz('remind_at').notNull(),
    remindedAt: tz('reminded_at'),
    decidedAt: tz('decided_at'),
    cancelledAt: tz('cancelled_at'),
    cancelledBy: text('cancelled_by', { enum: ['owner', 'booker'] }),
    reason: text('reason'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('bookings_resource_idx').on(t.resourceId, t.startsAt),
    index('bookings_booker_unit_idx').on(t.bookerUnitId),
    index('bookings_booker_community_idx').on(t.bookerCommunityId),
    index('bookings_reminder_due_idx')
      .on(t.remindAt)
      .where(sql`${t.remindedAt} is null and ${t.status} in ('approved', 'confirmed')`),
    check('bookings_one_booker', sql`(${t.bookerUnitId} is null) <> (${t.bookerCommunityId} is null)`),
    check('bookings_slot_check', sql`${t.endsAt} > ${t.startsAt}`),
  ],
);
