import { createHash } from 'node:crypto';
import {
  type Column,
  getTableColumns,
  type InferInsertModel,
  type InferSelectModel,
  is,
  SQL,
  sql,
  type Table,
} from 'drizzle-orm';
import { PgDialect, type PgTable } from 'drizzle-orm/pg-core';
import type { QueryResult, QueryResultRow } from 'pg';
import { type Db, namesStatements } from './client.js';

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
 * Runs a hand-written statement as a named prepared statement on the handle's pool or transaction
 * connection, so a connection parses and plans each text once instead of on every call; unnamed
 * (parsed on each call) on a pool made with `preparedStatements: false`, for transaction poolers
 * that do not track named statements. Timestamps come back as Date, as they do from the query
 * builder's statements.
 */
export async function execute<T extends QueryResultRow>(handle: Db, query: SQL): Promise<QueryResult<T>> {
  const { sql: text, params } = dialect.sqlToQuery(query);
  const client = handle.$client;
  return client.query<T>({ name: namesStatements(client) ? nameOf(text) : undefined, text, values: params });
}

type Plan = [key: string, column: string, fromDriver: (value: unknown) => unknown][];
const plans = new WeakMap<Table, Plan>();

function planOf(table: Table): Plan {
  let plan = plans.get(table);
  if (!plan) {
    plan = Object.entries(getTableColumns(table)).map(([key, column]) => [
      key,
      column.name,
      (value: unknown) => column.mapFromDriverValue(value),
    ]);
    plans.set(table, plan);
  }
  return plan;
}

/** A row a hand-written statement returned (snake_case, driver values) in the query builder's shape. */
export function rowOf<T extends Table>(table: T, raw: Record<string, unknown>): InferSelectModel<T> {
  const out: Record<string, unknown> = {};
  for (const [key, column, fromDriver] of planOf(table)) {
    const value = raw[column];
    out[key] = value === null || value === undefined ? null : fromDriver(value);
  }
  return out as InferSelectModel<T>;
}

/**
 * `update <table> set … where id = $id returning *`, written out (see execute) rather than built:
 * the columns of `changes` that are defined, each encoded as the query builder would (or an SQL
 * expression as it is). Undefined when no row has that id.
 */
export async function updateReturning<T extends PgTable & { id: Column }>(
  handle: Db,
  table: T,
  id: string,
  changes: Partial<InferInsertModel<T>>,
): Promise<InferSelectModel<T> | undefined> {
  const columns = getTableColumns(table) as Record<string, Column>;
  const sets = Object.entries(changes)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => {
      const column = columns[key];
      if (!column) throw new Error(`updateReturning: no column ${key}`);
      const encoded =
        value === null ? null : is(value, SQL) ? value : sql.param(column.mapToDriverValue(value));
      return sql`${sql.identifier(column.name)} = ${encoded}`;
    });
  const { rows } = await execute<Record<string, unknown>>(
    handle,
    sql`update ${table} set ${sql.join(sets, sql`, `)} where ${table.id} = ${id} returning *`,
  );
  return rows[0] ? rowOf(table, rows[0]) : undefined;
}
