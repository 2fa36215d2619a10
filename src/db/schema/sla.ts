import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { categories } from './categories.js';
import { createdAt, id, ref, tz, updatedAt } from './columns.js';
import { breachKinds, priorities } from './enums.js';
import { orders } from './orders.js';
import { regions } from './regions.js';

/** Deadlines per category × priority; escalation levels: 1 = street, 2 = district. */
export const slaPolicies = pgTable(
  'sla_policies',
  {
    categoryCode: text('category_code')
      .notNull()
      .references(() => categories.code),
    priority: text('priority', { enum: priorities }).notNull(),
    claimWithinS: integer('claim_within_s').notNull(),
    completeWithinS: integer('complete_within_s').notNull(),
    /** How long the officers of an escalation level have to respond. */
    responseWithinS: integer('response_within_s').notNull(),
    maxLevel: integer('max_level').notNull().default(2),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.categoryCode, t.priority] }),
    check('sla_max_level_check', sql`${t.maxLevel} between 0 and 2`),
  ],
);

export const slaBreaches = pgTable(
  'sla_breaches',
  {
    id: id(),
    orderId: ref('order_id', () => orders.id),
    escalationId: uuid('escalation_id'),
    kind: text('kind', { enum: breachKinds }).notNull(),
    deadline: tz('deadline').notNull(),
    detectedAt: tz('detected_at').notNull(),
    lateMs: integer('late_ms').notNull(),
    levelAfter: integer('level_after').notNull(),
    detectedBy: text('detected_by', { enum: ['timer', 'reconciler'] }).notNull(),
  },
  (t) => [
    // A deadline is breached once, however many timers fire for it. Response deadlines are per
    // escalation: two escalations of one order may share a respond-by instant.
    unique('sla_breaches_once').on(t.orderId, t.kind, t.deadline, t.escalationId).nullsNotDistinct(),
    index('sla_breaches_detected_idx').on(t.detectedAt),
  ],
);

export const escalations = pgTable(
  'escalations',
  {
    id: id(),
    orderId: ref('order_id', () => orders.id),
    level: integer('level').notNull(),
    regionId: ref('region_id', () => regions.id),
    regionPath: text('region_path').notNull(),
    trigger: text('trigger', {
      enum: ['manual', 'claim_breach', 'complete_breach', 'response_breach'],
    }).notNull(),
    reason: text('reason').notNull(),
    status: text('status', { enum: ['open', 'responded', 'breached', 'closed'] })
      .notNull()
      .default('open'),
    respondBy: tz('respond_by').notNull(),
    respondedAt: tz('responded_at'),
    respondedBy: uuid('responded_by'),
    note: text('note'),
    assignUnitIds: uuid('assign_unit_ids').array().notNull().default(sql`'{}'::uuid[]`),
    /** The whistlers' rating (1–5) of the answer, given once after it, with their comment. */
    answerRating: integer('answer_rating'),
    answerComment: text('answer_comment'),
    answerRatedBy: uuid('answer_rated_by'),
    answerRatedAt: tz('answer_rated_at'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('escalations_order_level_idx').on(t.orderId, t.level),
    index('escalations_responded_idx').on(t.respondedAt).where(sql`${t.respondedAt} is not null`),
    check('escalations_answer_rating_check', sql`${t.answerRating} between 1 and 5`),
    index('escalations_open_idx').on(t.respondBy).where(sql`${t.status} = 'open'`),
    index('escalations_region_idx').on(t.regionPath.op('text_pattern_ops')),
  ],
);
