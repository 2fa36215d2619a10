import { z } from 'zod';
import { type Role, roles } from '../../db/schema/enums.js';
import { pageQuery } from '../../lib/pagination.js';
import { durationField } from '../categories/duration.js';

const scopeBody = z
  .strictObject({ regionId: z.uuid().optional(), unitId: z.uuid().optional(), memberId: z.uuid().optional() })
  .meta({ description: 'At most one of regionId, unitId, memberId, as the role needs' });

/** The scope each role carries: which field, and whether it may be left out. */
export const scopeShapes: Record<
  Role,
  { field: 'regionId' | 'unitId' | 'memberId' | null; optional: boolean; says: string }
> = {
  admin: { field: null, optional: true, says: 'an admin key has no scope' },
  ops: { field: 'regionId', optional: true, says: 'an ops key has no scope or a regionId' },
  street_officer: {
    field: 'regionId',
    optional: false,
    says: 'a street_officer key needs scope.regionId (a street or district)',
  },
  community_staff: {
    field: 'regionId',
    optional: false,
    says: 'a community_staff key needs scope.regionId (a community)',
  },
  unit_admin: { field: 'unitId', optional: false, says: 'a unit_admin key needs scope.unitId' },
  member: { field: 'memberId', optional: false, says: 'a member key needs scope.memberId' },
};

export const createKeyBody = z
  .strictObject({
    name: z.string().trim().min(1).max(100).meta({ description: 'Who or what holds the key' }),
    role: z.enum(roles),
    scope: scopeBody.default({}),
    expiresAt: z.iso
      .datetime({ offset: true })
      .optional()
      .meta({ description: 'The key stops working at this time, which must be in the future' }),
  })
  .superRefine((v, ctx) => {
    const shape = scopeShapes[v.role];
    const given = (['regionId', 'unitId', 'memberId'] as const).filter((f) => v.scope[f] !== undefined);
    const fits =
      shape.field === null
        ? given.length === 0
        : given.length === 0
          ? shape.optional
          : given.length === 1 && given[0] === shape.field;
    if (!fits) ctx.addIssue({ code: 'custom', path: ['scope'], message: shape.says });
  });
export type CreateKeyBody = z.infer<typeof createKeyBody>;

const thirtyDays = { seconds: 30 * 86_400, text: 'P30D' };

/** Every field has a default, so a bare POST (no body at all) rotates with a 24-hour grace period. */
export const rotateKeyBody = z
  .strictObject({
    gracePeriod: durationField(thirtyDays, 'How long the old key keeps working').prefault('PT24H'),
    expiresAt: z.iso.datetime({ offset: true }).optional().meta({
      description: "Expiry of the new key, in the future; by default the old key's own expiry, if it had one",
    }),
  })
  .prefault({});
export type RotateKeyBody = z.infer<typeof rotateKeyBody>;

export const listKeysQuery = pageQuery.extend({ role: z.enum(roles).optional() });
export type ListKeysQuery = z.infer<typeof listKeysQuery>;

export const apiKeySchema = z
  .object({
    id: z.uuid(),
    prefix: z
      .string()
      .meta({ description: 'The public part of the key (wd_<prefix>_...), safe to show and log' }),
    name: z.string(),
    role: z.enum(roles),
    scope: z.object({
      regionId: z.uuid().nullable(),
      unitId: z.uuid().nullable(),
      memberId: z.uuid().nullable(),
    }),
    rotatedFrom: z.uuid().nullable().meta({ description: 'The key this one replaced by rotation' }),
    createdAt: z.iso.datetime(),
    lastUsedAt: z.iso.datetime().nullable().meta({ description: 'Recorded to the minute' }),
    expiresAt: z.iso.datetime().nullable(),
    revokedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'ApiKey' });
export type ApiKeyView = z.infer<typeof apiKeySchema>;

export const createdKeySchema = apiKeySchema
  .extend({
    key: z.string().meta({ description: 'The plaintext key: shown in this response only, never again' }),
  })
  .meta({ id: 'ApiKeyWithSecret' });
export type CreatedKeyView = z.infer<typeof createdKeySchema>;
