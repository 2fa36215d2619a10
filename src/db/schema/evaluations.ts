import { integer, jsonb, pgTable, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from './columns.js';

/** The weights of each part of the yearly unit score, by name. */
export type UnitScoreWeights = Record<
  'reportIn' | 'ordersTaken' | 'hours' | 'onTime' | 'rating' | 'resources',
  number
>;

/** Versions of the unit evaluation's weights: a change adds a version, none is edited (the latest applies). */
export const evaluationWeights = pgTable('evaluation_weights', {
  version: integer('version').primaryKey(),
  weights: jsonb('weights').$type<UnitScoreWeights>().notNull(),
  createdBy: uuid('created_by'),
  createdAt: createdAt(),
});
