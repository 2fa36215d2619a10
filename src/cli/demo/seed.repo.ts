import { and, eq, sql } from 'drizzle-orm';
import type { PgInsertValue, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client.js';
import {
  householdPairings,
  households,
  memberReportIns,
  members,
  type Priority,
  pairings,
  regions,
  resources,
  slaPolicies,
  units,
} from '../../db/schema/index.js';

/** The tables the demo city is seeded into, by name. */
const cityTables = {
  regions,
  units,
  pairings,
  members,
  reportIns: memberReportIns,
  households,
  householdPairings,
  resources,
};
export type CityTable = keyof typeof cityTables;
export type CityRow<K extends CityTable> = PgInsertValue<(typeof cityTables)[K]>;

const BATCH = 1_000;

/**
 * Inserts rows in batches; rows already there (same deterministic id) are left as they are.
 * Answers how many it added, and reports each batch as it goes.
 */
export async function insertNewRows<K extends CityTable>(
  db: Db,
  table: K,
  rows: CityRow<K>[],
  onBatch: (rows: number) => void,
): Promise<number> {
  const target: PgTable = cityTables[table];
  let added = 0;
  for (let i = 0; i < rows.length; i += BATCH) {
    const batch = rows.slice(i, i + BATCH);
    const inserted = await db
      .insert(target)
      .values(batch as PgInsertValue<PgTable>[])
      .onConflictDoNothing()
      .returning({ one: sql<number>`1` });
    added += inserted.length;
    onBatch(batch.length);
  }
  return added;
}

/** The stored SLA policy of a category and priority, if there is one. */
export async function findPolicy(db: Db, categoryCode: string, priority: Priority) {
  const [row] = await db
    .select()
    .from(slaPolicies)
    .where(and(eq(slaPolicies.categoryCode, categoryCode), eq(slaPolicies.priority, priority)));
  return row;
}
