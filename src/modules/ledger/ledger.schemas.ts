import { z } from 'zod';
import { accountTypes } from '../../db/schema/enums.js';
import { hasAtMostTwoDecimals } from '../../domain/points.js';
import { pageOf, pageQuery } from '../../lib/pagination.js';

/**
 * An amount of points or hours as the ledger keeps it: at most 2 decimals, at most 10,000,000 either
 * way; `floor` is the lower bound the OpenAPI description states.
 */
const amount = (
  what: string,
  floor: { minimum: number } | { exclusiveMinimum: number } = { minimum: -10_000_000 },
) =>
  z
    .number()
    .refine(hasAtMostTwoDecimals, `${what} has at most 2 decimals`)
    .refine((v) => Math.abs(v) <= 10_000_000, `${what} is at most 10,000,000`)
    .meta({ ...floor, maximum: 10_000_000, description: 'At most 2 decimals' });
const isoDate = z.iso.datetime({ offset: true });

/** Creating writes accept Idempotency-Key; other headers pass through untouched. */
export const idParams = z.strictObject({ id: z.uuid() });

export const createMerchantBody = z.strictObject({
  name: z.string().trim().min(1).max(200),
  regionId: z.uuid(),
  address: z.string().trim().min(1).max(500).optional(),
});
export type CreateMerchantBody = z.infer<typeof createMerchantBody>;

export const merchantSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  regionId: z.uuid(),
  address: z.string().nullable(),
  createdAt: isoDate,
});
export const merchantPage = pageOf(merchantSchema);

export const redemptionBody = z.strictObject({
  memberId: z.uuid(),
  merchantId: z.uuid(),
  points: amount('points', { exclusiveMinimum: 0 })
    .refine((v) => v > 0, 'points must be positive')
    .describe('Positive, at most 2 decimals'),
  note: z.string().trim().min(1).max(500).optional(),
});
export type RedemptionBody = z.infer<typeof redemptionBody>;

export const redemptionSchema = z.object({
  id: z.uuid().describe('The ledger transaction id'),
  memberId: z.uuid(),
  merchantId: z.uuid(),
  points: z.number(),
  note: z.string().nullable(),
  balance: z.number().describe("The member's balance after the redemption"),
  createdAt: isoDate,
});

export const adjustmentBody = z
  .strictObject({
    memberId: z.uuid(),
    points: amount('points').describe('Positive to add, negative to take away'),
    hours: amount('hours').default(0).describe('A correction of credited hours, positive or negative'),
    reason: z.string().trim().min(3).max(500),
  })
  .refine((b) => b.points !== 0 || b.hours !== 0, {
    message: 'an adjustment moves points or hours',
    path: ['points'],
  });
export type AdjustmentBody = z.infer<typeof adjustmentBody>;

export const adjustmentSchema = z.object({
  id: z.uuid().describe('The ledger transaction id'),
  memberId: z.uuid(),
  communityId: z.uuid(),
  points: z.number(),
  hours: z.number(),
  reason: z.string(),
  balance: z.number(),
  totalHours: z.number(),
  createdAt: isoDate,
});

export const entrySchema = z.object({
  id: z.uuid(),
  txnId: z.uuid(),
  kind: z.enum(['credit', 'redemption', 'adjustment']),
  points: z.number(),
  hours: z.number(),
  counterpartyType: z.enum(accountTypes),
  counterpartyId: z.uuid(),
  claimId: z.uuid().nullable(),
  orderId: z.uuid().nullable(),
  note: z.string().nullable(),
  createdAt: isoDate,
});

export const memberLedgerSchema = pageOf(entrySchema).extend({
  memberId: z.uuid(),
  balance: z.number(),
  totalHours: z.number(),
});

export const merchantLedgerQuery = pageQuery.extend({
  from: isoDate.optional().meta({ description: 'Redemptions at or after' }),
  to: isoDate.optional().meta({ description: 'Redemptions before' }),
});
export const merchantLedgerSchema = pageOf(
  z.object({
    id: z.uuid(),
    txnId: z.uuid(),
    memberId: z.uuid(),
    points: z.number(),
    note: z.string().nullable(),
    createdAt: isoDate,
  }),
).extend({
  merchantId: z.uuid(),
  from: isoDate.nullable(),
  to: isoDate.nullable(),
  redemptions: z.number().int().describe('Redemptions in the period'),
  totalPoints: z.number().describe('Points redeemed in the period: what the merchant settles'),
});
