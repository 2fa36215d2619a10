import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/lib/ids.js';
import type { DomainEventInput } from '../../src/outbox/outbox.repo.js';
import { type City, call, createCity, createKey } from '../factories/index.js';
import { orderBody } from '../factories/orders.js';
import { createTestContext, type TestContext } from '../helpers/context.js';
import { emitDomainEvent, eventually, WebhookReceiver } from '../helpers/webhook-receiver.js';

interface FeedEvent {
  id: string;
  cursor: string;
  type: string;
  timestamp: string;
  data: Record<string, unknown>;
}
interface Page {
  items: FeedEvent[];
  nextCursor: string | null;
  endCursor: string;
}

describe('GET /v1/events: the event feed', () => {
  let ctx: TestContext;
  let city: City;

  const feed = async (key: string, query: Record<string, string | number> = {}) => {
    const qs = new URLSearchParams(
      Object.entries(query).map(([k, v]): [string, string] => [k, String(v)]),
    ).toString();
    const res = await call(ctx, key, { method: 'GET', url: `/v1/events${qs ? `?${qs}` : ''}` });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Page;
  };
  /** Every page from `after` to the end, following nextCursor. */
  const all = async (key: string, query: Record<string, string | number> = {}) => {
    const items: FeedEvent[] = [];
    let page = await feed(key, query);
    items.push(...page.items);
    while (page.nextCursor) {
      page = await feed(key, { ...query, after: page.nextCursor });
      items.push(...page.items);
    }
    return { items, endCursor: page.endCursor };
  };
  const inA1 = (type: string, data: Record<string, unknown> = {}): DomainEventInput => ({
    type,
    regionPath: city.communityA1.path,
    unitIds: [city.unitA.id],
    data,
  });

  beforeAll(async () => {
    ctx = await createTestContext();
    city = await createCity(ctx.database);
  });
  afterAll(async () => ctx.close());

  it('serves each event with the payload of its webhook deliveries and their webhook-id', async () => {
    const receiver = await WebhookReceiver.start();
    try {
      const workers = await ctx.startWorkers(['webhooks']);
      const endpoint = await call(ctx, city.keys.admin, {
        method: 'POST',
        url: '/v1/webhook-endpoints',
        payload: { url: `${receiver.baseUrl}/all`, events: ['*'] },
      });
      expect(endpoint.statusCode, endpoint.body).toBe(201);
      const start = (await feed(city.keys.admin)).endCursor;
      const posted = await call(ctx, city.keys.staffA1, {
        method: 'POST',
        url: '/v1/orders',
        payload: orderBody(city, { publish: true }),
      });
      expect(posted.statusCode, posted.body).toBe(201);
      const [delivery] = await receiver.waitFor(1, '/all');
      const { items } = await feed(city.keys.admin, { after: start });
      const event = items.find((e) => `msg_${e.id}` === delivery!.headers['webhook-id']);
      expect(event).toBeDefined();
      const { type, timestamp, data } = event!;
      expect({ type, timestamp, data }).toEqual(JSON.parse(delivery!.body));
      expect(type).toBe('order.published');
      await workers.close();
    } finally {
      await receiver.close();
    }
  });

  it('pages in order, resumes exactly after any cursor, and filters by types, orderId and since', async () => {
    const start = (await feed(city.keys.admin)).endCursor;
    const orderId = newId();
    const ids: string[] = [];
    for (let i = 0; i < 7; i++)
      ids.push(
        await emitDomainEvent(ctx, {
          ...inA1(i % 2 ? 'claim.created' : 'order.updated', { n: i }),
          orderId: i < 3 ? orderId : newId(),
        }),
      );
    const paged = await all(city.keys.staffA1, { after: start, limit: 2 });
    expect(paged.items.map((e) => e.id)).toEqual(ids);
    expect(paged.items.map((e) => e.data.n)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    // From any event's cursor: exactly the events after it.
    for (let k = 0; k < ids.length; k++)
      expect(
        (await all(city.keys.staffA1, { after: paged.items[k]!.cursor })).items.map((e) => e.id),
      ).toEqual(ids.slice(k + 1));
    // Polling with the end cursor: nothing, then only what is new.
    expect((await feed(city.keys.staffA1, { after: paged.endCursor })).items).toEqual([]);
    const later = await emitDomainEvent(ctx, inA1('order.updated'));
    expect((await feed(city.keys.staffA1, { after: paged.endCursor })).items.map((e) => e.id)).toEqual([
      later,
    ]);

    const claims = await all(city.keys.staffA1, { after: start, types: 'claim.created' });
    expect(claims.items.map((e) => e.id)).toEqual([ids[1], ids[3], ids[5]]);
    const both = await all(city.keys.staffA1, { after: start, types: 'claim.created,order.updated' });
    expect(both.items).toHaveLength(8);
    expect((await all(city.keys.staffA1, { after: start, orderId })).items.map((e) => e.id)).toEqual(
      ids.slice(0, 3),
    );
    const since = (await all(city.keys.staffA1, { after: start })).items[4]!.timestamp;
    // The feed holds back what follows a transaction still running in the database (its horizon):
    // read until a transaction of the context's background work has ended.
    const fromSince = await eventually(async () => {
      const read = await all(city.keys.staffA1, { after: start, since });
      return read.items.length >= 4 ? read : null;
    }, 5_000);
    expect(fromSince.items.length).toBeGreaterThanOrEqual(4);
    expect(fromSince.items.every((e) => e.timestamp >= since)).toBe(true);
  });

  it('never skips an event committed after a later one: a running transaction holds the feed back', async () => {
    const start = (await feed(city.keys.admin)).endCursor;
    const client = await ctx.database.pool.connect();
    try {
      // Transaction A writes an event first and commits last.
      await client.query('begin');
      const { rows } = await client.query<{ id: string }>(
        `select $1::uuid as id, outbox_emit(jsonb_build_array(jsonb_build_object(
           'id', $1::uuid, 'type', 'order.updated', 'region_path', $2::text, 'data', '{"slow":true}'::jsonb)), '[]')`,
        [newId(), city.communityA1.path],
      );
      const slow = rows[0]!.id;
      const fast = await emitDomainEvent(ctx, inA1('order.updated', { fast: true }));
      // B has committed, but A (older) has not: the feed stops before both, and its end cursor too.
      const during = await feed(city.keys.admin, { after: start });
      expect(during.items.map((e) => e.id)).not.toContain(fast);
      await client.query('commit');
      const after = await all(city.keys.admin, { after: during.endCursor });
      expect(after.items.map((e) => e.id)).toEqual([slow, fast]);
    } finally {
      client.release();
    }
  });

  it('refuses a cursor it did not make, and an unknown type', async () => {
    for (const after of [
      'nope',
      Buffer.from('1.x').toString('base64url'),
      `${(await feed(city.keys.admin)).endCursor}=`,
    ]) {
      const res = await call(ctx, city.keys.admin, { method: 'GET', url: `/v1/events?after=${after}` });
      expect(res.statusCode).toBe(400);
      expect(res.json().errors[0].path).toBe('querystring.after');
    }
    const bad = await call(ctx, city.keys.admin, {
      method: 'GET',
      url: '/v1/events?types=order.published,order.nope',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('unknown event type order.nope');
  });

  it('deletes events past the retention and answers 410 cursor_expired for a cursor before them', async () => {
    const start = (await feed(city.keys.admin)).endCursor;
    const first = await emitDomainEvent(ctx, inA1('order.updated'));
    const old = await emitDomainEvent(ctx, inA1('order.updated'));
    const kept = await emitDomainEvent(ctx, inA1('order.updated'));
    await ctx.database.pool.query(
      `update domain_events set created_at = now() - interval '31 days' where id = $1`,
      [old],
    );
    const { items } = await all(city.keys.admin, { after: start });
    const cursorOf = (id: string) => items.find((e) => e.id === id)!.cursor;

    expect(await ctx.app.services.events.purge()).toEqual({ deleted: 1 });
    for (const after of [start, cursorOf(first)]) {
      const gone = await call(ctx, city.keys.staffA1, { method: 'GET', url: `/v1/events?after=${after}` });
      expect(gone.statusCode).toBe(410);
      expect(gone.headers['content-type']).toContain('application/problem+json');
      expect(gone.json()).toMatchObject({ status: 410, code: 'cursor_expired' });
    }
    expect((await all(city.keys.admin, { after: cursorOf(old) })).items.map((e) => e.id)).toEqual([kept]);
    expect((await all(city.keys.admin)).items.map((e) => e.id)).not.toContain(old);
    expect(await ctx.app.services.events.purge()).toEqual({ deleted: 0 });
  });

  it('is refused to a key with no scope, and needs a key', async () => {
    const scopeless = await createKey(ctx.database, 'unit_admin');
    expect((await call(ctx, scopeless, { method: 'GET', url: '/v1/events' })).statusCode).toBe(403);
    expect((await call(ctx, null, { method: 'GET', url: '/v1/events' })).statusCode).toBe(401);
  });

  it('hands a token for browsers that opens the stream, and nothing else', async () => {
    const res = await call(ctx, city.keys.unitA, { method: 'POST', url: '/v1/events/stream-tokens' });
    expect(res.statusCode, res.body).toBe(201);
    const { token, expiresAt } = res.json();
    expect(token).toMatch(/^wdst_/);
    expect(new Date(expiresAt).getTime()).toBeGreaterThan(Date.now());
    const asBearer = await call(ctx, token, { method: 'GET', url: '/v1/events' });
    expect(asBearer.statusCode).toBe(401);
    const inQuery = await call(ctx, null, { method: 'GET', url: `/v1/events?access_token=${token}` });
    expect(inQuery.statusCode).toBe(401);
  });
});
