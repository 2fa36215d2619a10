import { z } from 'zod';
import { bookingRules, bookingStatuses, resourceKinds } from '../../db/schema/enums.js';
import { overlappingIntervals } from '../../domain/opening-hours.js';
import { changingSomething } from '../../http/schema-rules.js';
import { pageQuery } from '../../lib/pagination.js';
import { isTimeZone } from '../../lib/time-zone.js';

const isoDate = z.iso.datetime({ offset: true });
const hhmm = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;

/** A unit or a community: who owns a resource, or who books it. */
export const partySchema = z
  .strictObject({
    type: z.enum(['unit', 'community']),
    id: z.uuid().meta({ description: 'The unit id, or the community (a region of level community)' }),
  })
  .meta({ id: 'Party' });
export type Party = z.infer<typeof partySchema>;

export const openingIntervalSchema = z
  .strictObject({
    weekday: z.number().int().min(1).max(7).meta({ description: 'ISO weekday: 1 is Monday, 7 is Sunday' }),
    opens: z.string().regex(hhmm, 'HH:MM').meta({ description: 'Local time the resource opens, HH:MM' }),
    closes: z
      .string()
      .regex(/^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$/, 'HH:MM, or 24:00 for midnight')
      .meta({ description: 'Local time it closes on the same day, HH:MM after opens (24:00: midnight)' }),
  })
  .refine((h) => h.closes > h.opens, { path: ['closes'], message: 'closes is after opens' })
  .meta({ id: 'OpeningInterval' });

const openingHours = z
  .array(openingIntervalSchema)
  .min(1)
  .max(50)
  .refine((hours) => overlappingIntervals(hours) === null, 'two intervals of one weekday overlap')
  .meta({
    description:
      "Weekly hours in the resource's time zone, one entry per opening interval; a booking lies inside one interval",
  });

const timeZone = z
  .string()
  .min(1)
  .max(64)
  .refine(isTimeZone, 'an IANA time zone, e.g. Asia/Shanghai')
  .meta({ description: 'IANA time zone the opening hours are read in (default: RESOURCE_TIME_ZONE)' });

const resourceFields = {
  kind: z.enum(resourceKinds),
  name: z.string().trim().min(1).max(200),
  description: z.string().trim().min(1).max(2000),
  capacity: z
    .number()
    .int()
    .min(1)
    .max(1000)
    .meta({ description: 'How many bookings may overlap at any moment (a van 1, a sports ground 3 groups)' }),
  timeZone,
  openingHours,
  requiresApproval: z
    .boolean()
    .meta({ description: 'Bookings wait for the owner’s approval (requested) instead of being confirmed' }),
  bookableBy: z.enum(bookingRules).meta({
    description:
      'paired: the communities paired with the owning unit (for a community’s resource: the units paired with it); street: any unit or community of the owner’s street; district: of its district',
  }),
};

export const createResourceBody = z.strictObject({
  owner: partySchema,
  kind: resourceFields.kind,
  name: resourceFields.name,
  description: resourceFields.description.optional(),
  capacity: resourceFields.capacity.default(1),
  timeZone: resourceFields.timeZone.optional(),
  openingHours: resourceFields.openingHours,
  requiresApproval: resourceFields.requiresApproval.default(false),
  bookableBy: resourceFields.bookableBy.default('paired'),
});
export type CreateResourceBody = z.infer<typeof createResourceBody>;

export const patchResourceBody = changingSomething(
  z.strictObject({
    kind: resourceFields.kind.optional(),
    name: resourceFields.name.optional(),
    description: resourceFields.description.nullable().optional(),
    capacity: resourceFields.capacity.optional(),
    timeZone: resourceFields.timeZone.optional(),
    openingHours: resourceFields.openingHours.optional(),
    requiresApproval: resourceFields.requiresApproval.optional(),
    bookableBy: resourceFields.bookableBy.optional(),
    active: z.boolean().optional().meta({ description: 'false: the resource takes no new bookings' }),
  }),
);
export type PatchResourceBody = z.infer<typeof patchResourceBody>;

export const listResourcesQuery = pageQuery.extend({
  kind: z.enum(resourceKinds).optional(),
  unitId: z.uuid().optional().meta({ description: 'Only the resources of this unit' }),
  communityId: z.uuid().optional().meta({ description: 'Only the resources of this community' }),
  active: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional()
    .meta({ description: 'Only active (true) or inactive (false) resources' }),
});
export type ListResourcesQuery = z.infer<typeof listResourcesQuery>;

export const resourceSchema = z
  .object({
    id: z.uuid(),
    owner: partySchema,
    kind: z.enum(resourceKinds),
    name: z.string(),
    description: z.string().nullable(),
    capacity: z.number().int(),
    timeZone: z.string(),
    openingHours: z.array(openingIntervalSchema),
    requiresApproval: z.boolean(),
    bookableBy: z.enum(bookingRules),
    active: z.boolean(),
    version: z.number().int().meta({ description: 'Changes with every edit; the ETag is "v<version>"' }),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Resource' });
export type ResourceView = z.infer<typeof resourceSchema>;

export const createBookingBody = z
  .strictObject({
    booker: partySchema.meta({
      description:
        'The unit or community the booking is for: community staff book for their community, unit admins for their unit',
    }),
    startsAt: isoDate,
    endsAt: isoDate.meta({ description: 'End of the slot (exclusive), after startsAt' }),
    purpose: z.string().trim().min(1).max(500).optional(),
  })
  .refine((b) => Date.parse(b.endsAt) > Date.parse(b.startsAt), {
    path: ['endsAt'],
    message: 'endsAt must be after startsAt',
  });
export type CreateBookingBody = z.infer<typeof createBookingBody>;

export const bookingReasonBody = z
  .strictObject({
    reason: z.string().trim().min(1).max(1000).optional(),
  })
  .default({});
export type BookingReasonBody = z.infer<typeof bookingReasonBody>;

export const listBookingsQuery = pageQuery.extend({
  status: z.enum(bookingStatuses).optional(),
  resourceId: z.uuid().optional(),
  from: isoDate.optional().meta({ description: 'Only bookings ending after this instant' }),
  to: isoDate.optional().meta({ description: 'Only bookings starting before this instant' }),
});
export type ListBookingsQuery = z.infer<typeof listBookingsQuery>;
export const listResourceBookingsQuery = listBookingsQuery.omit({ resourceId: true });

export const bookingSchema = z
  .object({
    id: z.uuid(),
    resourceId: z.uuid(),
    owner: partySchema,
    booker: partySchema,
    startsAt: z.iso.datetime(),
    endsAt: z.iso.datetime(),
    status: z.enum(bookingStatuses),
    purpose: z.string().nullable(),
    remindAt: z.iso.datetime(),
    remindedAt: z.iso.datetime().nullable(),
    decidedAt: z.iso.datetime().nullable(),
    cancelledAt: z.iso.datetime().nullable(),
    cancelledBy: z.enum(['owner', 'booker']).nullable(),
    reason: z.string().nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Booking' });
export type BookingView = z.infer<typeof bookingSchema>;
