import { randomUUID } from 'node:crypto';
import type { TestContext } from '../helpers/context.js';
import { type City, call } from './index.js';

/** Open every day, all day, in Asia/Shanghai. */
export const allWeek = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '00:00', closes: '24:00' }));

/**
 * A slot `days` days from the clock's day, from `from` to `to` o'clock in Shanghai (UTC+8, no
 * daylight saving), as ISO instants; with `minutes`, shifted by that many minutes.
 */
export function slot(ctx: TestContext, days: number, from: number, to: number, minutes = 0) {
  const now = ctx.clock.now();
  const day = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + days);
  const at = (hour: number) => new Date(day + (hour - 8) * 3_600_000 + minutes * 60_000).toISOString();
  return { startsAt: at(from), endsAt: at(to) };
}

/** Publishes a resource through the API; the body's fields override a van of unit A open all week. */
export async function createResource(
  ctx: TestContext,
  city: City,
  extra: Record<string, unknown> = {},
  key = city.keys.admin,
) {
  const res = await call(ctx, key, {
    method: 'POST',
    url: '/v1/resources',
    payload: {
      owner: { type: 'unit', id: city.unitA.id },
      kind: 'vehicle',
      name: 'Ambulance van',
      capacity: 1,
      openingHours: allWeek,
      ...extra,
    },
  });
  if (res.statusCode !== 201) throw new Error(`createResource: ${res.statusCode} ${res.body}`);
  return res.json() as { id: string; version: number; capacity: number };
}

/** Books a slot through the API. */
export const book = (
  ctx: TestContext,
  key: string,
  resourceId: string,
  booker: { type: 'unit' | 'community'; id: string },
  when: { startsAt: string; endsAt: string },
) =>
  call(ctx, key, {
    method: 'POST',
    url: `/v1/resources/${resourceId}/bookings`,
    payload: { booker, ...when },
  });

/**
 * Books as a client under load does: with an Idempotency-Key, sent again while the service answers
 * 503 (every connection of its pool busy), after a pause, so each attempt ends in one decided answer.
 */
export async function bookAsClient(
  ctx: TestContext,
  key: string,
  resourceId: string,
  booker: { type: 'unit' | 'community'; id: string },
  when: { startsAt: string; endsAt: string },
) {
  const idempotencyKey = randomUUID();
  for (let attempt = 1; ; attempt++) {
    const res = await call(ctx, key, {
      method: 'POST',
      url: `/v1/resources/${resourceId}/bookings`,
      payload: { booker, ...when },
      headers: { 'idempotency-key': idempotencyKey },
    });
    if (res.statusCode !== 503 || attempt === 100) return res;
    await new Promise((r) => setTimeout(r, 50 * Math.min(attempt, 10)));
  }
}
