import { asc, gt } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { categories, slaPolicies } from '../../db/schema/index.js';

export type CategoryRow = typeof categories.$inferSelect;
export type NewCategory = typeof categories.$inferInsert;
export type NewSlaPolicy = typeof slaPolicies.$inferInsert;

/** Categories after a code, in code order, and one more, so the caller can tell whether more follow. */
export async function listCategories(db: Db, q: { after?: string; limit: number }): Promise<CategoryRow[]> {
  return db
    .select()
    .from(categories)
    .where(q.after ? gt(categories.code, q.after) : undefined)
    .orderBy(asc(categories.code))
    .limit(q.limit + 1);
}

/** Inserts the category unless its code is taken (undefined then). */
export async function insertCategory(db: Db, values: NewCategory): Promise<CategoryRow | undefined> {
  const [row] = await db.insert(categories).values(values).onConflictDoNothing().returning();
  return row;
}

/** The SLA policies a new category starts with (the SLA module changes them afterwards). */
export async function insertSlaPolicies(db: Db, values: NewSlaPolicy[]): Promise<void> {
  await db.insert(slaPolicies).values(values);
}
