import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import pg from 'pg';
import { createDatabase, type Database } from '../../src/db/client.js';
import { runMigrations } from '../../src/db/migrate.js';

/** The servers a bench uses: the Postgres server of DATABASE_URL (its database is not touched) and REDIS_URL. */
const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379/0';

/** A migrated scratch database and a Redis prefix of its own, dropped by `close()`. */
export interface Scratch {
  dbName: string;
  databaseUrl: string;
  redisUrl: string;
  redisPrefix: string;
  /** An admin key each service process creates at start-up (BOOTSTRAP_ADMIN_KEY). */
  adminKey: string;
  /** A direct pool, for arranging fixtures and checking rows. */
  database: Database;
  redis: Redis;
  close(): Promise<void>;
}

function urlOf(dbName: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${dbName}`;
  return url.toString();
}

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: urlOf('postgres') });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Scratch databases are named after the bench's pid, so leftovers of a killed run can be told apart and dropped. */
async function dropLeftovers(client: pg.Client): Promise<void> {
  const { rows } = await client.query<{ datname: string }>(
    "select datname from pg_database where datname like 'wd\\_b\\_%'",
  );
  for (const { datname } of rows) {
    const pid = Number(/^wd_b_(\d+)_/.exec(datname)?.[1]);
    if (Number.isInteger(pid) && !pidAlive(pid))
      await client.query(`drop database if exists "${datname}" with (force)`);
  }
}

export async function createScratch(poolSize = 5): Promise<Scratch> {
  const dbName = `wd_b_${process.pid}_${randomBytes(4).toString('hex')}`;
  await admin(async (client) => {
    await dropLeftovers(client);
    await client.query(`create database "${dbName}"`);
  });
  const databaseUrl = urlOf(dbName);
  const database = createDatabase(databaseUrl, poolSize);
  await runMigrations(database.pool);
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
  redis.on('error', () => {});
  const redisPrefix = `wdb${randomBytes(4).toString('hex')}`;
  return {
    dbName,
    databaseUrl,
    redisUrl,
    redisPrefix,
    adminKey: `wd_${randomBytes(6).toString('hex')}_${randomBytes(32).toString('base64url')}`,
    database,
    redis,
    async close() {
      // SCAN rather than KEYS: a memory run leaves hundreds of thousands of keys.
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', `${redisPrefix}:*`, 'COUNT', 5000);
        cursor = next;
        if (keys.length) await redis.unlink(...keys);
      } while (cursor !== '0');
      redis.disconnect();
      await database.close();
      await admin((client) => client.query(`drop database if exists "${dbName}" with (force)`));
    },
  };
}
