import { createHash } from 'node:crypto';
import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import pg, { type PoolClient, type QueryResult, type QueryResultRow } from 'pg';
import type { DbOrTx } from './client.js';

const dialect = new PgDialect();
const names = new Map<string, string>();

/** A stable name per statement text: Postgres parses and plans it once per connection, then binds. */
function nameOf(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `wd_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    names.set(text, name);
  }
  return name;
}

/**
 * The connection of a transaction: drizzle keeps it on the transaction's session (not a public
 * property; if a release moves it, statements fall back to the transaction's own execute).
 */
function sessionClient(tx: object): PoolClient | null {
  const client = (tx as { session?: { client?: unknown } }).session?.client;
  return client instanceof pg.Client ? (client as PoolClient) : null;
}

/**
 * Runs a hand-written statement of a hot path. It runs as a named prepared statement (on the pool, or on
 * the transaction's connection), so a connection parses and plans each text once instead of on every
 * call. Timestamps come back as Date
 * (the driver's parsing), not as the text the query builder's own statements give.
 */
export async function execute<T extends QueryResultRow>(handle: DbOrTx, query: SQL): Promise<QueryResult<T>> {
  const { sql: text, params } = dialect.sqlToQuery(query);
  // Only the root handle carries the pool; a transaction runs on the connection its session holds.
  const client = '$client' in handle ? handle.$client : sessionClient(handle);
  if (!client) return (await handle.execute<T>(query)) as QueryResult<T>;
  return client.query<T>({ name: nameOf(text), text, values: params });
}
