import { createHash } from 'node:crypto';
import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { QueryResult, QueryResultRow } from 'pg';
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
 * Runs a hand-written statement of a hot path. Outside a transaction it goes to the pool as a named
 * prepared statement, so a connection parses and plans each text once instead of on every request;
 * in a transaction it runs on the transaction's connection (unnamed). Timestamps come back as Date
 * outside a transaction and as text inside one (the query builder's parsing): callers accept both.
 */
export async function execute<T extends QueryResultRow>(handle: DbOrTx, query: SQL): Promise<QueryResult<T>> {
  // Only the root handle carries the pool; a transaction handle does not.
  if (!('$client' in handle)) return (await handle.execute<T>(query)) as QueryResult<T>;
  const { sql: text, params } = dialect.sqlToQuery(query);
  return handle.$client.query<T>({ name: nameOf(text), text, values: params });
}
