import { integer, numeric, pgTable, text } from 'drizzle-orm/pg-core';
import { createdAt } from './columns.js';

/** A kind of work (micro-wish, home visit, ...): default SLA and points multiplier. */
export const categories = pgTable('categories', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  nameZh: text('name_zh').notNull(),
  description: text('description').notNull().default(''),
  group: text('group').notNull().default('community'),
  keywords: text('keywords').array().notNull().default([]),
  defaultClaimWithinS: integer('default_claim_within_s').notNull(),
  defaultCompleteWithinS: integer('default_complete_within_s').notNull(),
  pointsMultiplier: numeric('points_multiplier', { precision: 6, scale: 2, mode: 'number' })
    .notNull()
    .default(1),
  createdAt: createdAt(),
});
