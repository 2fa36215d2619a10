import { expect } from 'vitest';
import { createDeadlineTimersService } from '../../src/modules/sla/deadline-timers.service.js';
import { reconcile } from '../../src/modules/sla/timer-reconciler.js';
import { type City, call } from '../factories/index.js';
import { orderBody } from '../factories/orders.js';
import type { TestContext } from '../helpers/context.js';

/** Tables an SLA change writes to: "changes nothing" compares their counts. */
export const SLA_TABLES = [
  'orders',
  'claims',
  'escalations',
  'sla_breaches',
  'sla_policies',
  'audit_events',
  'outbox',
  'domain_events',
];

export interface Policy {
  claimWithin: string;
  completeWithin: string;
  responseWithin: string;
  maxLevel: number;
}

/** Sets a policy through the API, as an admin would. */
export async function setPolicy(
  ctx: TestContext,
  city: City,
  categoryCode: string,
  priority: string,
  policy: Policy,
) {
  const res = await call(ctx, city.keys.admin, {
    method: 'PUT',
    url: `/v1/sla-policies/${categoryCode}/${priority}`,
    payload: policy,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

export interface OrderView {
  id: string;
  status: string;
  version: number;
  escalationLevel: number;
  sla: { claimBy: string; completeBy: string };
  slots: { total: number; held: number };
  breaches: {
    id: string;
    kind: string;
    deadline: string;
    detectedAt: string;
    lateMs: number;
    levelAfter: number;
  }[];
}

/** Posts and publishes an order in community A1 (staff of A1). */
export async function publishOrder(
  ctx: TestContext,
  city: City,
  extra: Record<string, unknown> = {},
): Promise<OrderView> {
  const res = await call(ctx, city.keys.staffA1, {
    method: 'POST',
    url: '/v1/orders',
    payload: orderBody(city, extra),
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

export async function readOrder(ctx: TestContext, city: City, id: string): Promise<OrderView> {
  const res = await call(ctx, city.keys.staffA1, { method: 'GET', url: `/v1/orders/${id}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

/** The timer checks and the reconciler, on the context's database and clock. */
export function slaOf(ctx: TestContext) {
  const deps = { db: ctx.database.db, clock: ctx.clock };
  return { ...createDeadlineTimersService(deps), reconcile: () => reconcile(deps) };
}

export async function rowsOf<T = Record<string, unknown>>(
  ctx: TestContext,
  text: string,
  params: unknown[] = [],
): Promise<T[]> {
  return (await ctx.database.pool.query(text, params)).rows as T[];
}

export const eventsOf = (ctx: TestContext, orderId: string, type: string) =>
  rowsOf<{ unit_ids: string[]; data: Record<string, unknown> }>(
    ctx,
    'select unit_ids, data from domain_events where order_id = $1 and type = $2 order by created_at, id',
    [orderId, type],
  );

/** SLA timer jobs planned through the outbox for an order or escalation. */
export const timersOf = (ctx: TestContext, entityKey: 'orderId' | 'escalationId', id: string) =>
  rowsOf<{ job_name: string; job_id: string; payload: { deadline: string } }>(
    ctx,
    `select job_name, job_id, payload from outbox where queue = 'sla' and payload->>'${entityKey}' = $1 order by id`,
    [id],
  );

/** Waits for a condition checked against the database, up to a limit. */
export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | null | undefined | false>,
  timeoutMs = 15_000,
): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Deletes every Redis key of the context's prefix: what a Redis that lost its data looks like to this deployment. */
export async function flushPrefix(ctx: TestContext): Promise<number> {
  let deleted = 0;
  let cursor = '0';
  do {
    const [next, keys] = await ctx.redis.scan(cursor, 'MATCH', `${ctx.config.REDIS_PREFIX}:*`, 'COUNT', 1000);
    cursor = next;
    if (keys.length) deleted += await ctx.redis.del(...keys);
  } while (cursor !== '0');
  return deleted;
}
