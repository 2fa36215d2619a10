import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';

/** migrations/ sits at the package root, above both src/db and dist/db. */
export function migrationsFolder(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    const candidate = join(dir, 'migrations');
    if (existsSync(join(candidate, 'meta', '_journal.json'))) return candidate;
    dir = dirname(dir);
  }
  throw new Error(`migrations folder not found above ${fileURLToPath(import.meta.url)}`);
}

const MIGRATION_LOCK = 7_311_001;

/** Applies pending migrations. Replicas starting together serialise on an advisory lock. */
export async function runMigrations(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await migrate(drizzle(client), { migrationsFolder: migrationsFolder() });
  } finally {
    await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
    client.release();
  }
}

/**
 * Applies pending migrations over a session of their own at `url` (DATABASE_DIRECT_URL): the
 * advisory lock is held by the session, which a transaction pooler would hand to another client
 * between statements, and some migrations cannot run inside a pooler's transaction.
 */
export async function runMigrationsAt(url: string): Promise<void> {
  const pool = new pg.Pool({ connectionString: url, max: 1, connectionTimeoutMillis: 5_000 });
  pool.on('error', () => {});
  try {
    await runMigrations(pool);
  } finally {
    await pool.end();
  }
}
