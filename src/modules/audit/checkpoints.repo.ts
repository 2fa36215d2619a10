import { desc, eq, lt } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { auditCheckpoints } from '../../db/schema/index.js';

export type CheckpointRow = typeof auditCheckpoints.$inferSelect;

export async function insertCheckpoint(db: Db, row: CheckpointRow): Promise<CheckpointRow> {
  const [inserted] = await db.insert(auditCheckpoints).values(row).returning();
  return inserted!;
}

/** Checkpoints newest first, before the cursor id: `limit + 1` rows, for toPage. */
export const checkpointsBefore = (db: Db, before: string | undefined, limit: number) =>
  db
    .select()
    .from(auditCheckpoints)
    .where(before ? lt(auditCheckpoints.id, before) : undefined)
    .orderBy(desc(auditCheckpoints.id))
    .limit(limit + 1);

export async function findCheckpoint(db: Db, id: string): Promise<CheckpointRow | undefined> {
  const [row] = await db.select().from(auditCheckpoints).where(eq(auditCheckpoints.id, id));
  return row;
}
