import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import * as schema from './schema/index.js';

/**
 * A handle to Postgres: the pool, or one connection inside a transaction (see `transaction`). Both
 * are the query builder's database object; `$client` (public) is the pool or the connection, on
 * which `execute` runs named prepared statements. Repositories take a `Db` first, so the caller
 * decides whether a statement runs alone or inside its transaction.
 */
export type Db = NodePgDatabase<typeof schema> & { $client: pg.Pool | pg.PoolClient };

export interface Database {
  db: Db;
  pool: pg.Pool;
  close(): Promise<void>;
}

// numeric and bigint columns come back as strings by default; counts and sums are numbers here.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

export interface DatabaseOptions {
  /** Connections of the pool. */
  max?: number;
  /**
   * Whether `execute` sends named prepared statements on this pool's connections (default true).
   * Off behind a transaction pooler that does not track them: each statement is then parsed on
   * every call, as an unnamed statement, which any pooler passes on within its transaction.
   */
  preparedStatements?: boolean;
  connectionTimeoutMillis?: number;
}

/** Pools and their connections on which statements go unnamed (DATABASE_PREPARED_STATEMENTS=false). */
const unnamed = new WeakSet<pg.Pool | pg.PoolClient>();

/** Whether `execute` may name its statements on this pool or connection. */
export const namesStatements = (client: pg.Pool | pg.PoolClient): boolean => !unnamed.has(client);

/**
 * How long a pooled connection may sit idle before it is closed. Long: a connection opened again
 * costs a backend's start and a parse and plan of every named statement it runs, which under a load
 * that comes and goes (pg's default closes connections idle for 10 s) was paid again and again.
 */
const IDLE_TIMEOUT_MS = 300_000;

export function createDatabase(url: string, options: number | DatabaseOptions = {}): Database {
  const opts = typeof options === 'number' ? { max: options } : options;
  const pool = new pg.Pool({
    connectionString: url,
    max: opts.max ?? 10,
    connectionTimeoutMillis: opts.connectionTimeoutMillis ?? 5_000,
    idleTimeoutMillis: IDLE_TIMEOUT_MS,
  });
  const named = opts.preparedStatements ?? true;
  if (!named) unnamed.add(pool);
  // A connection that fails must never crash the process: an idle one is reported here and replaced
  // by the pool; one checked out (a query in flight, a transaction) fails that query, which the
  // request answers with a 503, and is thrown away on release. Without a listener of its own, a
  // checked-out connection's 'error' event has none (the pool's idle listener is detached meanwhile).
  pool.on('error', () => {});
  pool.on('connect', (client) => {
    client.on('error', () => {});
    if (!named) unnamed.add(client);
  });
  const db = drizzle(pool, { schema }) as Db;
  return { db, pool, close: () => pool.end() };
}

const handles = new WeakMap<pg.PoolClient, Db>();

/** The query builder on one pooled connection, made once per connection (connections are reused). */
export function handleOn(client: pg.PoolClient): Db {
  let handle = handles.get(client);
  if (!handle) {
    handle = drizzle(client, { schema }) as Db;
    handles.set(client, handle);
  }
  return handle;
}
