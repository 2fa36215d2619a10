import { sql } from 'drizzle-orm';
import type { Config } from '../config.js';
import type { Db } from './client.js';
import { execute } from './exec.js';
import { transaction } from './transaction.js';

/**
 * Upkeep of the monthly partitions of the tables that grow without end (migration 0014; see
 * docs/operations.md, "Partitions"): months ahead are created before they begin, rows that fell into
 * a default partition are moved into their month's partition, and months past their retention are
 * retired: the audit trail's moved to the `archive` schema (still read by `audit_trail`), the others
 * dropped. Each step is its own short transaction under a lock timeout, so a step that would wait
 * behind a long query gives up and is retried by the next run instead of holding writes up.
 */

export const partitionedTables = [
  'audit_events',
  'outbox',
  'webhook_deliveries',
  'idempotency_keys',
] as const;
export type PartitionedTable = (typeof partitionedTables)[number];

export interface PartitionPolicy {
  /** Months created ahead of the current one. */
  monthsAhead: number;
  /** Per table: partitions that ended at or before this time are retired. */
  retireBefore: Record<PartitionedTable, Date>;
  /** Tables whose retired partitions are archived rather than dropped. */
  archived: readonly PartitionedTable[];
  lockTimeoutMs: number;
}

export interface PartitionReport {
  created: string[];
  retired: string[];
  /** Partitions a step could not get its lock for this time (retried on the next run). */
  skipped: string[];
}

/** The first day (UTC) of the month `n` months after the month holding `at`, as YYYY-MM-DD. */
export function monthStart(at: Date, n = 0): string {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + n, 1)).toISOString().slice(0, 10);
}

const isLockTimeout = (err: unknown) =>
  (err as { code?: unknown }).code === '55P03' ||
  (err as { cause?: { code?: unknown } }).cause?.code === '55P03';

const SKIPPED = Symbol('skipped');

/** Runs one step under the lock timeout; SKIPPED when it gave up waiting for a lock. */
async function step<T>(
  db: Db,
  lockTimeoutMs: number,
  work: (tx: Db) => Promise<T>,
): Promise<T | typeof SKIPPED> {
  try {
    return await transaction(db, async (tx) => {
      await execute(tx, sql`select set_config('lock_timeout', ${`${Math.trunc(lockTimeoutMs)}ms`}, true)`);
      return work(tx);
    });
  } catch (err) {
    if (isLockTimeout(err)) return SKIPPED;
    throw err;
  }
}

/** The months (YYYY-MM-DD) of the rows in a table's default partition. */
async function strayMonths(db: Db, table: PartitionedTable): Promise<string[]> {
  const { rows } = await execute<{ month: string }>(
    db,
    sql`select to_char(m, 'YYYY-MM-DD') as month
          from partition_row_months(${table}, (${table} || '_default')::regclass) m order by m`,
  );
  return rows.map((r) => r.month);
}

async function createMonth(db: Db, table: PartitionedTable, month: string): Promise<boolean> {
  const { rows } = await execute<{ created: boolean }>(
    db,
    sql`select partition_create(${table}, ${month}::date) as created`,
  );
  return rows[0]?.created === true;
}

async function retireMonths(
  db: Db,
  table: PartitionedTable,
  before: Date,
  archive: boolean,
): Promise<string[]> {
  const { rows } = await execute<{ name: string }>(
    db,
    sql`select name from partition_retire(${table}, ${before}::timestamptz, ${archive}) as name`,
  );
  return rows.map((r) => r.name);
}

/** One run of the upkeep at time `now` (the service's clock). */
export async function maintainPartitions(
  db: Db,
  now: Date,
  policy: PartitionPolicy,
): Promise<PartitionReport> {
  const report: PartitionReport = { created: [], retired: [], skipped: [] };
  const ahead = Array.from({ length: policy.monthsAhead + 1 }, (_, i) => monthStart(now, i));
  for (const table of partitionedTables) {
    const months = [...new Set([...ahead, ...(await strayMonths(db, table))])].sort();
    for (const month of months) {
      const name = `${table}_p${month.slice(0, 7).replace('-', '')}`;
      const created = await step(db, policy.lockTimeoutMs, (tx) => createMonth(tx, table, month));
      if (created === SKIPPED) report.skipped.push(name);
      else if (created) report.created.push(name);
    }
    const archive = policy.archived.includes(table);
    const retired = await step(db, policy.lockTimeoutMs, (tx) =>
      retireMonths(tx, table, policy.retireBefore[table], archive),
    );
    if (retired === SKIPPED) report.skipped.push(`${table} (retirement)`);
    else report.retired.push(...retired);
  }
  return report;
}

/** The partitions of a table (archived ones included), oldest first, and the rows of its default partition. */
export async function partitionsOf(
  db: Db,
  table: PartitionedTable,
): Promise<{ live: string[]; archived: string[]; defaultRows: number }> {
  const { rows } = await execute<{ schema: string; name: string }>(
    db,
    sql`select n.nspname as schema, c.relname as name
          from pg_class c join pg_namespace n on n.oid = c.relnamespace
         where c.relname ~ ('^' || ${table} || '_p[0-9]{6}$') and c.relkind = 'r'
           and n.nspname in ('public', 'archive')
         order by c.relname`,
  );
  const { rows: dflt } = await execute<{ n: number }>(
    db,
    sql`select count(*)::int as n from ${sql.identifier(`${table}_default`)}`,
  );
  return {
    live: rows.filter((r) => r.schema === 'public').map((r) => r.name),
    archived: rows.filter((r) => r.schema === 'archive').map((r) => r.name),
    defaultRows: dflt[0]?.n ?? 0,
  };
}

/** The policy the configuration sets, at time `now`. */
export function partitionPolicy(
  config: Pick<
    Config,
    | 'PARTITION_MONTHS_AHEAD'
    | 'AUDIT_ARCHIVE_AFTER_MONTHS'
    | 'OUTBOX_RETENTION_MONTHS'
    | 'WEBHOOK_DELIVERY_RETENTION_MONTHS'
    | 'IDEMPOTENCY_RETENTION_S'
    | 'PARTITION_LOCK_TIMEOUT_MS'
  >,
  now: Date,
): PartitionPolicy {
  const monthsBack = (n: number) => new Date(`${monthStart(now, -n)}T00:00:00Z`);
  return {
    monthsAhead: config.PARTITION_MONTHS_AHEAD,
    retireBefore: {
      audit_events: monthsBack(config.AUDIT_ARCHIVE_AFTER_MONTHS),
      outbox: monthsBack(config.OUTBOX_RETENTION_MONTHS),
      webhook_deliveries: monthsBack(config.WEBHOOK_DELIVERY_RETENTION_MONTHS),
      // Every row of a month that ended a retention ago is past it: the hourly sweep deleted them.
      idempotency_keys: new Date(now.getTime() - config.IDEMPOTENCY_RETENTION_S * 1000),
    },
    archived: ['audit_events'],
    lockTimeoutMs: config.PARTITION_LOCK_TIMEOUT_MS,
  };
}

/** Rows in each table's default partition: 0 unless a clock is off or the upkeep has not run. */
export async function defaultPartitionRows(db: Db): Promise<{ key: PartitionedTable; n: number }[]> {
  const { rows } = await execute<{ key: PartitionedTable; n: number }>(
    db,
    sql`select 'audit_events' as key, count(*)::int as n from audit_events_default
        union all select 'outbox', count(*)::int from outbox_default
        union all select 'webhook_deliveries', count(*)::int from webhook_deliveries_default
        union all select 'idempotency_keys', count(*)::int from idempotency_keys_default`,
  );
  return rows;
}
