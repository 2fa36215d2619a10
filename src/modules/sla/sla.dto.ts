/** SLA rows as the API answers with them: durations in ISO 8601, timestamps as ISO strings. */
import { formatDuration } from '../../domain/sla-clock.js';
import type { EscalationRow } from './escalations.repo.js';
import type { BreachListItem, PolicyRow } from './sla.repo.js';
import type { BreachView, EscalationView, PolicyView } from './sla.schemas.js';

export function toPolicyView(p: PolicyRow): PolicyView {
  return {
    categoryCode: p.categoryCode,
    priority: p.priority,
    claimWithin: formatDuration(p.claimWithinS),
    completeWithin: formatDuration(p.completeWithinS),
    responseWithin: formatDuration(p.responseWithinS),
    maxLevel: p.maxLevel,
    updatedAt: p.updatedAt.toISOString(),
  };
}

export function toBreachView(b: BreachListItem): BreachView {
  return { ...b, deadline: b.deadline.toISOString(), detectedAt: b.detectedAt.toISOString() };
}

export function toEscalationView(e: EscalationRow): EscalationView {
  return {
    id: e.id,
    orderId: e.orderId,
    level: e.level,
    regionId: e.regionId,
    trigger: e.trigger,
    reason: e.reason,
    status: e.status,
    respondBy: e.respondBy.toISOString(),
    respondedAt: e.respondedAt?.toISOString() ?? null,
    respondedBy: e.respondedBy,
    note: e.note,
    assignUnitIds: e.assignUnitIds,
    answerRating:
      e.answerRating === null || e.answerRatedAt === null || e.answerRatedBy === null
        ? null
        : {
            rating: e.answerRating,
            comment: e.answerComment,
            ratedBy: e.answerRatedBy,
            ratedAt: e.answerRatedAt.toISOString(),
          },
    createdAt: e.createdAt.toISOString(),
  };
}
