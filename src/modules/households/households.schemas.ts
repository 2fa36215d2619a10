import { z } from 'zod';
import { householdPairingStatuses, householdTags } from '../../db/schema/enums.js';
import { changingSomething, givenTogether } from '../../http/schema-rules.js';
import { pageQuery } from '../../lib/pagination.js';

const phone = z.string().regex(/^\+?[0-9]{6,20}$/, 'digits only, 6 to 20, optionally starting with +');
const tagList = z
  .array(z.enum(householdTags))
  .max(householdTags.length)
  .transform((list) => [...new Set(list)]);
const lat = z.number().min(-90).max(90);
const lng = z.number().min(-180).max(180);
const iso = z.iso.datetime();

export const createHouseholdBody = givenTogether(
  z.strictObject({
    communityId: z.uuid().optional().meta({
      description: 'The community that looks after the household; community staff default to theirs',
    }),
    name: z.string().trim().min(1).max(100),
    phone: phone.optional(),
    address: z.string().trim().min(1).max(300).optional(),
    lat: lat.optional(),
    lng: lng.optional(),
    needs: z
      .string()
      .trim()
      .min(1)
      .max(2000)
      .optional()
      .meta({ description: 'What the household needs, free text' }),
    tags: tagList.default([]),
  }),
  'lat',
  'lng',
);
export type CreateHouseholdBody = z.infer<typeof createHouseholdBody>;

export const patchHouseholdBody = changingSomething(
  givenTogether(
    z.strictObject({
      name: z.string().trim().min(1).max(100).optional(),
      phone: phone.nullable().optional(),
      address: z.string().trim().min(1).max(300).nullable().optional(),
      lat: lat.nullable().optional(),
      lng: lng.nullable().optional(),
      needs: z.string().trim().min(1).max(2000).nullable().optional(),
      tags: tagList.optional(),
    }),
    'lat',
    'lng',
  ),
);
export type PatchHouseholdBody = z.infer<typeof patchHouseholdBody>;

export const listHouseholdsQuery = pageQuery.extend({
  communityId: z.uuid().optional(),
  tag: z.enum(householdTags).optional(),
});
export type ListHouseholdsQuery = z.infer<typeof listHouseholdsQuery>;

export const householdSchema = z
  .object({
    id: z.uuid(),
    communityId: z.uuid(),
    name: z.string(),
    phone: z.string().nullable(),
    address: z.string().nullable(),
    lat: z.number().nullable(),
    lng: z.number().nullable(),
    needs: z.string().nullable(),
    tags: z.array(z.enum(householdTags)),
    personalDataMasked: z.boolean().meta({
      description:
        'true when name and phone are masked, the address and needs withheld and the location rounded to about 1 km (a paired member sees the address, location and needs)',
    }),
    erasedAt: iso.nullable(),
    createdAt: iso,
    updatedAt: iso,
  })
  .meta({ id: 'Household' });
export type HouseholdView = z.infer<typeof householdSchema>;

/** The same body as a member's erasure: why, with no personal data. */
export {
  type EraseBody as EraseHouseholdBody,
  eraseBody as eraseHouseholdBody,
} from '../privacy/privacy.schemas.js';

export const householdErasureSchema = z
  .object({
    household: householdSchema,
    erasedAt: iso,
    pairingsEnded: z.array(z.uuid()).meta({ description: 'Live pairings of the household, ended now' }),
    ordersScrubbed: z
      .number()
      .int()
      .meta({ description: 'Visit orders whose beneficiary name and phone were erased' }),
    storedResponsesScrubbed: z.number().int(),
  })
  .meta({ id: 'HouseholdErasure' });
export type HouseholdErasure = z.infer<typeof householdErasureSchema>;

export const pairingSchema = z
  .object({
    id: z.uuid(),
    householdId: z.uuid(),
    memberId: z.uuid(),
    communityId: z.uuid(),
    rrule: z.string(),
    startsAt: iso,
    visitMinutes: z.number().int(),
    categoryCode: z.string(),
    status: z.enum(householdPairingStatuses),
    publishFrom: iso.meta({
      description: 'Visits from here on are published (the start, a resume or a hand-over)',
    }),
    replacesId: z
      .uuid()
      .nullable()
      .meta({ description: 'The pairing this one took the household over from' }),
    nextVisitAt: iso.nullable().meta({ description: 'The next occurrence not yet published, if any' }),
    endedAt: iso.nullable(),
    createdAt: iso,
    updatedAt: iso,
  })
  .meta({ id: 'HouseholdPairing' });
export type PairingView = z.infer<typeof pairingSchema>;

export const exportHouseholdSchema = z
  .object({
    exportedAt: iso,
    household: householdSchema,
    pairings: z.array(pairingSchema).meta({ description: 'Every pairing, oldest first' }),
    visits: z
      .array(z.object({ pairingId: z.uuid(), occurrenceAt: iso, orderId: z.uuid(), publishedAt: iso }))
      .meta({ description: 'Every published visit, oldest first' }),
  })
  .meta({ id: 'HouseholdExport' });
export type HouseholdExport = z.infer<typeof exportHouseholdSchema>;

const rrule = z
  .string()
  .trim()
  .min(1)
  .max(500)
  .meta({
    description:
      'An iCalendar RRULE (RFC 5545), e.g. `FREQ=MONTHLY;BYMONTHDAY=5` or `RRULE:FREQ=WEEKLY;BYDAY=TU`; without DTSTART (startsAt gives it). At most daily; refused with 422 invalid_rrule otherwise',
    examples: ['FREQ=MONTHLY;BYMONTHDAY=5'],
  });

export const createPairingBody = z.strictObject({
  memberId: z.uuid(),
  rrule,
  startsAt: iso.meta({
    description: 'The first possible visit (its time of day is each visit’s start, UTC)',
  }),
  visitMinutes: z.number().int().min(15).max(1440).default(60).meta({ description: 'Each visit’s window' }),
  categoryCode: z
    .string()
    .min(1)
    .max(50)
    .meta({ description: 'The category of the visit orders (its routine SLA policy sets their deadlines)' }),
});
export type CreatePairingBody = z.infer<typeof createPairingBody>;

export const patchPairingBody = changingSomething(
  z.strictObject({
    rrule: rrule.optional(),
    visitMinutes: z.number().int().min(15).max(1440).optional(),
    categoryCode: z.string().min(1).max(50).optional(),
  }),
);
export type PatchPairingBody = z.infer<typeof patchPairingBody>;

export const handOverBody = z.strictObject({
  memberId: z.uuid().meta({ description: 'The member who takes the household over' }),
});
export type HandOverBody = z.infer<typeof handOverBody>;

export const listPairingsQuery = pageQuery.extend({
  householdId: z.uuid().optional(),
  memberId: z.uuid().optional(),
  status: z.enum(householdPairingStatuses).optional(),
});
export type ListPairingsQuery = z.infer<typeof listPairingsQuery>;
