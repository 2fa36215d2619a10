/** Offer rows as the API answers with them. */
import type { ScoreParts } from '../../domain/match-score.js';
import type { OfferRow } from './offers.repo.js';
import type { OfferDto } from './offers.schemas.js';

export function toOfferDto(o: OfferRow): OfferDto {
  return {
    id: o.id,
    orderId: o.orderId,
    memberId: o.memberId,
    wave: o.wave,
    rank: o.rank,
    status: o.status,
    score: o.score,
    scoreParts: o.scoreParts as ScoreParts,
    expiresAt: o.expiresAt.toISOString(),
    createdAt: o.createdAt.toISOString(),
    respondedAt: o.respondedAt?.toISOString() ?? null,
    declineReason: o.declineReason,
  };
}
