import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { execute } from '../../db/exec.js';

/** The cheapest statement Postgres answers: readiness asks only that it answers. */
export async function pingDatabase(db: Db): Promise<void> {
  await execute(db, sql`select 1`);
}
