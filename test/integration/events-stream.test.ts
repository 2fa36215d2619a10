import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFailed } from 'vitest';
import { keyPrefix } from '../../src/auth/keys.js';
import { transaction } from '../../src/db/transaction.js';
import { newId } from '../../src/lib/ids.js';
import { type DomainEventInput, emitEvents } from '../../src/outbox/outbox.repo.js';
import { type City, call, createCity, createKey } from '../factories/index.js';
import { createTestContext, type TestContext } from '../helpers/context.js';
import { openSse, type SseConnection } from '../helpers/sse-client.js';
import { emitDomainEvent } from '../helpers/webhook-receiver.js';

describe('GET /v1/events/stream: the events live, as Server-Sent Events', () => {
  let ctx: TestContext;
  let city: City;
  let base: string;
  const open: SseConnection[] = [];

  const stream = async (key: string | null, query = '', headers: Record<string, string> = {}) => {
    const conn = await openSse(base, `/v1/events/stream${query}`, {
      ...(key ? { authorization: `Bearer ${key}` } : {}),
      ...headers,
    });
    open.push(conn);
    return conn;
  };
  const inA1 = (type = 'order.updated', data: Record<string, unknown> = {}): DomainEventInput => ({
    type,
    regionPath: city.communityA1.path,
    unitIds: [city.unitA.id],
    data,
  });
  const emitMany = (events: DomainEventInput[]) =>
    transaction(ctx.database.db, (tx) => emitEvents(tx, events));
  const eventIds = (conn: SseConnection) =>
    conn.messages.filter((m) => m.event === 'message').map((m) => JSON.parse(m.data).id as string);

  beforeAll(async () => {
    ctx = await createTestContext({ STREAM_MAX_PER_KEY: '2', STREAM_HEARTBEAT_S: '1' });
    city = await createCity(ctx.database);
    base = await ctx.app.listen({ port: 0, host: '127.0.0.1' });
  });
  // What the hub reported (a pass that failed, the listener lost), for a test that fails.
  beforeEach(() =>
    onTestFailed(() => {
      const warnings = ctx.logs.filter((l) => Number(l.level) >= 40).slice(-20);
      console.log('API warnings:', JSON.stringify(warnings, null, 1));
    }),
  );
  afterAll(async () => {
    for (const c of open) c.close();
    await ctx.close();
  });

  it('sends each new event of the scope with its cursor as the id, and heartbeats', async () => {
    const conn = await stream(city.keys.staffA1);
    expect(conn.status).toBe(200);
    expect(conn.headers['content-type']).toContain('text/event-stream');
    const id = await emitDomainEvent(ctx, inA1('order.updated', { n: 1 }));
    const [message] = await conn.waitFor(1);
    const event = JSON.parse(message!.data);
    expect(event).toMatchObject({ id, type: 'order.updated', data: { n: 1 } });
    expect(message!.id).toBe(event.cursor);
    const page = await call(ctx, city.keys.staffA1, { method: 'GET', url: '/v1/events?types=order.updated' });
    expect(page.json().items.at(-1)).toEqual(event);
    await new Promise((r) => setTimeout(r, 1_300));
    expect(conn.comments).toBeGreaterThan(0);
    conn.close();
  });

  it('resumes after Last-Event-ID with every event missed and none twice, then goes on live', async () => {
    const first = await stream(city.keys.staffA1);
    const before = await emitMany([inA1(), inA1(), inA1()]);
    await first.waitFor(3);
    const resumeFrom = first.lastEventId!;
    first.close();
    await first.ended;
    const missed = await emitMany([inA1(), inA1()]);
    const missedToo = await emitDomainEvent(ctx, inA1());
    const again = await stream(city.keys.staffA1, '', { 'last-event-id': resumeFrom });
    await again.waitFor(3);
    const live = await emitDomainEvent(ctx, inA1());
    await again.waitFor(4);
    expect(eventIds(first)).toEqual(before);
    expect(eventIds(again)).toEqual([...missed, missedToo, live]);
    // lastEventId in the query (a new EventSource cannot set the header) resumes the same way.
    const viaQuery = await stream(city.keys.staffA1, `?lastEventId=${resumeFrom}`);
    await viaQuery.waitFor(4);
    expect(eventIds(viaQuery)).toEqual([...missed, missedToo, live]);
    again.close();
    viaQuery.close();
  });

  it('keeps to the asked types and order', async () => {
    const orderId = newId();
    const conn = await stream(city.keys.staffA1, `?types=claim.created&orderId=${orderId}`);
    await emitMany([inA1('claim.created'), { ...inA1('order.updated'), orderId }]);
    const wanted = await emitDomainEvent(ctx, { ...inA1('claim.created'), orderId });
    await conn.waitFor(1);
    await new Promise((r) => setTimeout(r, 200));
    expect(eventIds(conn)).toEqual([wanted]);
    conn.close();
  });

  it('refuses a bad cursor (400), an expired one (410) and a key past its cap of streams (429)', async () => {
    const bad = await stream(city.keys.staffA1, '', { 'last-event-id': 'not-a-cursor' });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).errors[0].path).toBe('headers.last-event-id');

    const gone = await emitDomainEvent(ctx, inA1());
    const { items } = (await call(ctx, city.keys.admin, { method: 'GET', url: '/v1/events' })).json();
    const cursor = items.at(-2).cursor;
    await ctx.database.pool.query(
      `update domain_events set created_at = now() - interval '40 days' where id = $1`,
      [gone],
    );
    await ctx.app.services.events.purge();
    const expired = await stream(city.keys.staffA1, '', { 'last-event-id': cursor });
    expect(expired.status).toBe(410);
    expect(JSON.parse(expired.body)).toMatchObject({ code: 'cursor_expired' });

    const one = await stream(city.keys.unitA);
    const two = await stream(city.keys.unitA);
    const three = await stream(city.keys.unitA);
    expect([one.status, two.status, three.status]).toEqual([200, 200, 429]);
    expect(JSON.parse(three.body)).toMatchObject({ status: 429, code: 'too_many_streams' });
    one.close();
    await one.ended;
    await new Promise((r) => setTimeout(r, 100));
    const four = await stream(city.keys.unitA);
    expect(four.status).toBe(200);
    two.close();
    four.close();
  });

  it('drops a reader that stops reading, with a reason, without slowing the others', async () => {
    const slow = await stream(city.keys.admin);
    const brisk = await stream(city.keys.staffA1);
    slow.pause();
    // Several MB: more than the loopback socket buffers hold, then more than STREAM_BUFFER_BYTES (256 KiB).
    const pad = 'x'.repeat(30_000);
    const ids: string[] = [];
    for (let batch = 0; batch < 8; batch++)
      ids.push(...(await emitMany(Array.from({ length: 50 }, () => inA1('order.updated', { pad })))));
    await brisk.waitFor(ids.length, 20_000);
    expect(eventIds(brisk)).toEqual(ids);
    slow.resume();
    await slow.ended;
    const last = slow.messages.at(-1)!;
    expect(last.event).toBe('dropped');
    expect(JSON.parse(last.data)).toMatchObject({ reason: 'slow_reader' });
    const got = eventIds(slow);
    expect(got.length).toBeLessThan(ids.length);
    expect(got).toEqual(ids.slice(0, got.length));
    // It resumes where it stopped.
    const resumed = await stream(city.keys.admin, '', { 'last-event-id': slow.lastEventId! });
    await resumed.waitFor(ids.length - got.length, 20_000);
    expect(eventIds(resumed)).toEqual(ids.slice(got.length));
    resumed.close();
    brisk.close();
  });

  it('opens with a stream token in the query, as a browser does; refuses a forged or expired one', async () => {
    const minted = await call(ctx, city.keys.unitA, { method: 'POST', url: '/v1/events/stream-tokens' });
    const { token } = minted.json();
    const conn = await stream(null, `?access_token=${encodeURIComponent(token)}`);
    expect(conn.status).toBe(200);
    const id = await emitDomainEvent(ctx, inA1());
    await conn.waitFor(1);
    expect(eventIds(conn)).toEqual([id]);
    conn.close();
    const forged = `${token.slice(0, -3)}${token.endsWith('AAA') ? 'BBB' : 'AAA'}`;
    expect((await stream(null, `?access_token=${forged}`)).status).toBe(401);
    ctx.clock.advance(301_000);
    try {
      expect((await stream(null, `?access_token=${token}`)).status).toBe(401);
    } finally {
      ctx.clock.advance(-301_000);
    }
    const logged = JSON.stringify(ctx.logs);
    expect(logged).not.toContain(token.slice(-43));
  });

  it('ends the streams of a key once it is revoked', async () => {
    const key = await createKey(ctx.database, 'community_staff', { regionId: city.communityA1.id });
    const conn = await stream(key);
    expect(conn.status).toBe(200);
    await ctx.database.pool.query(
      `update api_keys set revoked_at = now() - interval '1 hour' where prefix = $1`,
      [keyPrefix(key)],
    );
    await conn.ended;
    expect(JSON.parse(conn.messages.at(-1)!.data)).toMatchObject({ reason: 'key_revoked' });
  });

  it('ends every stream with event: dropped (shutdown) when the app closes', async () => {
    const conn = await stream(city.keys.staffA1);
    await ctx.app.services.eventStreams.shutdown();
    await conn.ended;
    expect(conn.messages.at(-1)).toMatchObject({ event: 'dropped' });
    expect(JSON.parse(conn.messages.at(-1)!.data)).toMatchObject({ reason: 'shutdown' });
    const refused = await stream(city.keys.staffA1);
    expect(refused.status).toBe(503);
  });
});
