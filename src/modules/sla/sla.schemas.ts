import { z } from 'zod';
import { breachKinds, priorities } from '../../db/schema/enums.js';
import {
  durationSeconds,
  FIXED_DURATION,
  formatDuration,
  MAX_DURATION_S,
  MIN_DURATION_S,
} from '../../domain/sla-clock.js';
import { cursorField, pageOf, pageQuery } from '../../lib/pagination.js';

const isoDate = z.iso.datetime({ offset: true });

const DURATION_RULE = `an ISO 8601 duration from PT1S to ${formatDuration(MAX_DURATION_S)} in whole seconds, without years or months (PT5S, PT2H, P1D)`;

/** An ISO 8601 duration in a body, handed to the service as whole seconds. */
const duration = (description: string) =>
  z
    .string()
    .max(64)
    .regex(FIXED_DURATION, DURATION_RULE)
    .transform((text, ctx) => {
      const s = durationSeconds(text);
      if (s === null || s < MIN_DURATION_S || s > MAX_DURATION_S) {
        ctx.addIssue({ code: 'custom', message: DURATION_RULE });
        return z.NEVER;
      }
      return s;
    })
    .meta({ description: `${description} (ISO 8601 duration: PT5S, PT2H, P1D)`, example: 'PT2H' });

export const policyParams = z.object({
  categoryCode: z.string().min(1).max(64),
  priority: z.enum(priorities),
});

export const putPolicyBody = z
  .strictObject({
    claimWithin: duration(
      'How long after publishing (or after an escalation) an order may wait to be fully claimed',
    ),
    completeWithin: duration('How long after publishing the work must be completed'),
    responseWithin: duration('How long the officers of an escalation level have to respond'),
    maxLevel: z
      .number()
      .int()
      .min(0)
      .max(2)
      .meta({ description: 'Top of the automatic ladder: 0 community only, 1 street, 2 district' }),
  })
  .refine((p) => p.completeWithin >= p.claimWithin, {
    message: 'completeWithin must be at least claimWithin',
    path: ['completeWithin'],
  });
export type PutPolicyBody = z.infer<typeof putPolicyBody>;

/** A policy cursor is the last `category|priority` of the page. */
const isPolicyKey = (key: string) => {
  const [code, priority, ...rest] = key.split('|');
  return (
    !!code && code.length <= 64 && (priorities as readonly string[]).includes(priority ?? '') && !rest.length
  );
};

export const listPoliciesQuery = pageQuery.extend({
  cursor: cursorField(/^[A-Za-z0-9_-]{11,99}$/, isPolicyKey, 'category code and priority'),
  categoryCode: z.string().min(1).max(64).optional(),
});

export const policySchema = z
  .object({
    categoryCode: z.string(),
    priority: z.enum(priorities),
    claimWithin: z.string().meta({ description: 'ISO 8601 duration' }),
    completeWithin: z.string().meta({ description: 'ISO 8601 duration' }),
    responseWithin: z.string().meta({ description: 'ISO 8601 duration' }),
    maxLevel: z.number().int(),
    updatedAt: z.string(),
  })
  .meta({ id: 'SlaPolicy' });
export type PolicyView = z.infer<typeof policySchema>;
export const policyPage = pageOf(policySchema);

export const extendBody = z.strictObject({
  kind: z.enum(['claim', 'complete']),
  until: isoDate.meta({ description: 'The new deadline: in the future and later than the current one' }),
  reason: z.string().trim().min(1).max(1000),
});
export type ExtendBody = z.infer<typeof extendBody>;

export const listBreachesQuery = pageQuery.extend({
  regionId: z.uuid().optional(),
  orderId: z.uuid().optional().meta({ description: 'Only the breaches of this order' }),
  kind: z.enum(breachKinds).optional(),
  level: z.coerce
    .number()
    .int()
    .min(0)
    .max(2)
    .optional()
    .meta({ description: 'Escalation level of the order after the breach' }),
  from: isoDate.optional().meta({ description: 'Detected at or after' }),
  to: isoDate.optional().meta({ description: 'Detected at or before' }),
});

export const breachListItem = z
  .object({
    id: z.uuid(),
    orderId: z.uuid(),
    escalationId: z.uuid().nullable(),
    communityId: z.uuid(),
    categoryCode: z.string(),
    kind: z.enum(breachKinds),
    deadline: z.string(),
    detectedAt: z.string(),
    lateMs: z.number().int(),
    levelAfter: z.number().int(),
    detectedBy: z.enum(['timer', 'reconciler']),
  })
  .meta({ id: 'SlaBreach' });
export type BreachView = z.infer<typeof breachListItem>;
export const breachPage = pageOf(breachListItem);

const escalationStatuses = ['open', 'responded', 'breached', 'closed'] as const;

export const escalationSchema = z
  .object({
    id: z.uuid(),
    orderId: z.uuid(),
    level: z.number().int().meta({ description: '1 street, 2 district' }),
    regionId: z.uuid(),
    trigger: z.enum(['manual', 'claim_breach', 'complete_breach', 'response_breach']),
    reason: z.string(),
    status: z.enum(escalationStatuses),
    respondBy: z.string(),
    respondedAt: z.string().nullable(),
    respondedBy: z.uuid().nullable().meta({ description: 'API key that responded' }),
    note: z.string().nullable(),
    assignUnitIds: z.array(z.uuid()),
    answerRating: z
      .object({
        rating: z.number().int().min(1).max(5),
        comment: z.string().nullable(),
        ratedBy: z.uuid().meta({ description: 'API key that rated the answer' }),
        ratedAt: z.string(),
      })
      .nullable()
      .meta({ description: "The whistlers' rating of the answer (once, after it); null until rated" }),
    createdAt: z.string(),
  })
  .meta({ id: 'Escalation' });
export type EscalationView = z.infer<typeof escalationSchema>;
export const escalationPage = pageOf(escalationSchema);

export const listEscalationsQuery = pageQuery.extend({
  status: z.enum(escalationStatuses).optional(),
  level: z.coerce.number().int().min(1).max(2).optional(),
  orderId: z.uuid().optional(),
});

export const whistleBody = z.strictObject({
  reason: z.string().trim().min(1).max(1000),
  level: z
    .number()
    .int()
    .min(1)
    .max(2)
    .optional()
    .meta({ description: 'Defaults to one above the current level' }),
});
export type WhistleBody = z.infer<typeof whistleBody>;

export const respondBody = z.strictObject({
  note: z.string().trim().min(1).max(2000),
  assignUnitIds: z
    .array(z.uuid())
    .max(50)
    .default([])
    .meta({ description: 'Units asked to take part: they may claim the order from now on' }),
});
export type RespondBody = z.infer<typeof respondBody>;

export const rateAnswerBody = z.strictObject({
  rating: z.number().int().min(1).max(5).meta({ description: '1 (poor) to 5 (excellent)' }),
  comment: z.string().trim().min(1).max(2000).optional(),
});
export type RateAnswerBody = z.infer<typeof rateAnswerBody>;

export const escalationParams = z.object({ id: z.uuid() });
