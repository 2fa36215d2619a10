import type pg from 'pg';
import { v7 } from 'uuid';
import { monthStart } from '../../src/db/partitions.js';

/** Mid-month, `n` months before the month of `from` (negative: ahead). */
export const monthsAgo = (n: number, from = new Date()) =>
  new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() - n, 15, 12));

/** The partition of `table` holding the month of `at`. */
export const partitionOf = (table: string, at: Date) =>
  `${table}_p${monthStart(at).slice(0, 7).replace('-', '')}`;

/**
 * Rows stamped `at` written straight to the tables, as traffic of that month left them: a delivery
 * (its UUIDv7 id made at `at`) to the endpoint, a published outbox row and a stored idempotent
 * answer. Answers the delivery's id.
 */
export async function monthOfRows(pool: pg.Pool, at: Date, endpointId: string, apiKeyId: string) {
  const id = v7({ msecs: at.getTime() });
  await pool.query(
    `insert into webhook_deliveries (id, endpoint_id, message_id, event_type, payload, created_at, status)
     values ($1, $2, $3, 'order.published', '{}', $4, 'succeeded')`,
    [id, endpointId, `msg_${id}`, at],
  );
  await pool.query(
    `insert into outbox (queue, job_name, payload, created_at, published_at) values ('maintenance', 'x', '{}', $1, $1)`,
    [at],
  );
  await pool.query(
    `insert into idempotency_keys (api_key_id, key, route, request_hash, created_at)
     values ($1, $2, 'POST /v1/orders', 'h', $3)`,
    [apiKeyId, `k-${at.toISOString()}`, at],
  );
  return id;
}
