import { z } from 'zod';
import { offerStatuses } from '../../db/schema/enums.js';
import { PENALTY_WEIGHTS, SCORE_WEIGHTS } from '../../domain/match-score.js';
import { pageOf, pageQuery } from '../../lib/pagination.js';

export const offerIdParams = z.object({ id: z.uuid() });

const scorePartsSchema = z
  .object({
    skillFit: z.number(),
    distance: z.number(),
    fairness: z.number(),
    reliability: z.number(),
    sameGrid: z.number(),
    pendingElsewhere: z.number().optional().meta({
      description:
        "n / (n + 1) for the member's n offers pending on other orders when this one was made; absent on offers made before the part existed (read it as 0)",
    }),
  })
  .meta({
    description: `Each part in [0, 1]; score = Σ weight × part with weights ${JSON.stringify(SCORE_WEIGHTS)}, less Σ weight × part with penalty weights ${JSON.stringify(PENALTY_WEIGHTS)} (see docs/dispatch-and-offers.md).`,
  });

export const offerSchema = z
  .object({
    id: z.uuid(),
    orderId: z.uuid(),
    memberId: z.uuid(),
    wave: z.number().int().meta({ description: 'Matching wave that made the offer (1 = first)' }),
    rank: z.number().int().meta({ description: 'Rank within its wave (1 = best)' }),
    status: z.enum(offerStatuses),
    score: z.number(),
    scoreParts: scorePartsSchema,
    expiresAt: z.string(),
    createdAt: z.string(),
    respondedAt: z.string().nullable(),
    declineReason: z.string().nullable(),
  })
  .meta({ id: 'Offer' });
export type OfferDto = z.infer<typeof offerSchema>;

export const listOffersQuery = pageQuery.extend({
  status: z.enum(offerStatuses).optional(),
  orderId: z.uuid().optional(),
  memberId: z.uuid().optional(),
});
export type ListOffersQuery = z.infer<typeof listOffersQuery>;

export const offerPage = pageOf(offerSchema);

export const declineBody = z.strictObject({ reason: z.string().min(1).max(500).optional() });
