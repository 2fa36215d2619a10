import { getTableColumns, type InferSelectModel, type Table } from 'drizzle-orm';

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

/**
 * A row that a hand-written statement returned (`tx.execute`, snake_case columns, driver values) in
 * the shape the query builder gives: hot paths write their SQL themselves, because building a
 * statement with the query builder costs several times what sending it does.
 */
export function rowOf<T extends Table>(table: T, raw: Record<string, unknown>): InferSelectModel<T> {
  const out: Record<string, unknown> = {};
  for (const [key, column, fromDriver] of planOf(table)) {
    const value = raw[column];
    out[key] = value === null || value === undefined ? null : fromDriver(value);
  }
  return out as InferSelectModel<T>;
}
