import { z } from 'zod';
import { skills } from '../../domain/skills.js';
import { changingSomething, givenTogether } from '../../http/schema-rules.js';
import { pageQuery } from '../../lib/pagination.js';

const phone = z.string().regex(/^\+?[0-9]{6,20}$/, 'digits only, 6 to 20, optionally starting with +');
const skillList = z
  .array(z.enum(skills))
  .max(skills.length)
  .transform((list) => [...new Set(list)]);
const lat = z.number().min(-90).max(90);
const lng = z.number().min(-180).max(180);

export const createMemberBody = givenTogether(
  z.strictObject({
    name: z.string().trim().min(1).max(100),
    phone,
    unitId: z.uuid().optional().meta({
      description: 'Absent for residents volunteering on their own; a unit admin defaults to its unit',
    }),
    isPartyMember: z.boolean().default(true),
    skills: skillList.default([]),
    communityId: z
      .uuid()
      .optional()
      .meta({ description: 'The community reported in to (报到); community staff default to theirs' }),
    gridId: z.uuid().optional().meta({ description: 'A grid inside communityId' }),
    homeLat: lat.optional(),
    homeLng: lng.optional(),
    maxActiveClaims: z.number().int().min(1).max(20).default(3),
    available: z.boolean().default(true),
  }),
  'homeLat',
  'homeLng',
);
export type CreateMemberBody = z.infer<typeof createMemberBody>;

export const patchMemberBody = changingSomething(
  givenTogether(
    z.strictObject({
      name: z.string().trim().min(1).max(100).optional(),
      phone: phone.optional(),
      unitId: z.uuid().nullable().optional(),
      isPartyMember: z.boolean().optional(),
      skills: skillList.optional(),
      gridId: z
        .uuid()
        .nullable()
        .optional()
        .meta({ description: 'A grid of the current community; move communities with report-in' }),
      homeLat: lat.nullable().optional(),
      homeLng: lng.nullable().optional(),
      maxActiveClaims: z.number().int().min(1).max(20).optional(),
      available: z.boolean().optional(),
    }),
    'homeLat',
    'homeLng',
  ),
);
export type PatchMemberBody = z.infer<typeof patchMemberBody>;

export const reportInBody = z.strictObject({
  communityId: z.uuid(),
  gridId: z
    .uuid()
    .optional()
    .meta({ description: 'A grid inside the new community; otherwise the grid is cleared' }),
});
export type ReportInBody = z.infer<typeof reportInBody>;

export const listMembersQuery = pageQuery.extend({
  communityId: z.uuid().optional(),
  unitId: z.uuid().optional(),
});
export type ListMembersQuery = z.infer<typeof listMembersQuery>;

export const memberSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    phone: z.string(),
    personalDataMasked: z.boolean().meta({
      description: 'true when name and phone are masked and the home location is rounded to about 1 km',
    }),
    unitId: z.uuid().nullable(),
    isPartyMember: z.boolean(),
    skills: z.array(z.enum(skills)),
    communityId: z.uuid().nullable(),
    gridId: z.uuid().nullable(),
    homeLat: z.number().nullable(),
    homeLng: z.number().nullable(),
    maxActiveClaims: z.number().int(),
    activeClaims: z.number().int(),
    available: z.boolean(),
    status: z.enum(['active', 'inactive']),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Member' });
export type MemberView = z.infer<typeof memberSchema>;

export const reportInSchema = z.object({
  communityId: z.uuid(),
  reportedAt: z.iso.datetime(),
  leftAt: z.iso.datetime().nullable(),
});

export const memberDetailSchema = memberSchema
  .extend({
    reportIns: z.array(reportInSchema).meta({ description: 'Report-in history (报到), oldest first' }),
  })
  .meta({ id: 'MemberDetail' });
export type MemberDetailView = z.infer<typeof memberDetailSchema>;
