import type { offers } from '../../db/schema/index.js';
import type { ScoreParts } from '../../domain/match-score.js';
import type { OfferDto } from './offers.schemas.js';

export type OfferRow = typeof offers.$inferSelect;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

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
    respondedAt: iso(o.respondedAt),
    declineReason: o.declineReason,
  };
}
