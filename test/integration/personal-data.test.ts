import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maskName, maskPhone } from '../../src/lib/personal.js';
import { type City, call, createCity, createKey } from '../factories/index.js';
import { orderBody } from '../factories/orders.js';
import { createTestContext, type TestContext } from '../helpers/context.js';
import { eventually, subscribe, WebhookReceiver } from '../helpers/webhook-receiver.js';

const BENEFICIARY = { name: 'Grandma Wang', phone: '13600003333' };
const PEOPLE = [
  { name: '王秀兰', phone: '13700001111' },
  { name: '王五', phone: '13700002222' },
];
const RAW = [BENEFICIARY.name, BENEFICIARY.phone, ...PEOPLE.flatMap((p) => [p.name, p.phone])];
const leaks = (text: string) => RAW.filter((v) => text.includes(v));

describe('personal data: masking in lists, webhooks and job payloads', () => {
  let ctx: TestContext;
  let city: City;
  let receiver: WebhookReceiver;
  let orderId: string;
  const memberIds: string[] = [];

  beforeAll(async () => {
    ctx = await createTestContext();
    city = await createCity(ctx.database);
    receiver = await WebhookReceiver.start();
    await ctx.startWorkers();
    await subscribe(ctx, city.keys.admin, { url: receiver.url('/all'), events: ['*'] });

    for (const p of PEOPLE) {
      const res = await call(ctx, city.keys.staffA1, {
        method: 'POST',
        url: '/v1/members',
        payload: { ...p, unitId: city.unitA.id },
      });
      expect(res.statusCode, res.body).toBe(201);
      memberIds.push(res.json().id);
    }
    const order = await call(ctx, city.keys.staffA1, {
      method: 'POST',
      url: '/v1/orders',
      payload: orderBody(city, { headcount: 1, beneficiary: BENEFICIARY }),
    });
    expect(order.statusCode, order.body).toBe(201);
    orderId = order.json().id;
    const memberKey = await createKey(ctx.database, 'member', { memberId: memberIds[0]! });
    const claim = await call(ctx, memberKey, {
      method: 'POST',
      url: `/v1/orders/${orderId}/claims`,
      payload: { memberId: memberIds[0] },
    });
    expect(claim.statusCode, claim.body).toBe(201);

    // order.published, claim.created and order.filled reach the subscriber.
    await eventually(async () => {
      const { rows } = await ctx.database.pool.query<{ types: string[]; pending: number }>(
        "select array_agg(event_type order by event_type) as types, count(*) filter (where status <> 'succeeded')::int as pending from webhook_deliveries",
      );
      const types = rows[0]?.types ?? [];
      return ['claim.created', 'order.filled', 'order.published'].every((t) => types.includes(t)) &&
        rows[0]!.pending === 0
        ? true
        : null;
    });
  });
  afterAll(async () => {
    await ctx?.close();
    await receiver?.close();
  });

  it('masks the beneficiary in order lists and shows it in full only to the staff above its community', async () => {
    const masked = { name: maskName(BENEFICIARY.name), phone: maskPhone(BENEFICIARY.phone) };
    expect(masked).toEqual({ name: 'G***********', phone: '136****3333' });
    for (const key of [city.keys.staffA1, city.keys.admin, city.keys.unitA]) {
      const list = await call(ctx, key, { method: 'GET', url: '/v1/orders?limit=100' });
      expect(list.statusCode).toBe(200);
      expect(list.json().items.find((o: { id: string }) => o.id === orderId).beneficiary).toEqual(masked);
      expect(leaks(list.body)).toEqual([]);
    }
    for (const key of [city.keys.staffA1, city.keys.streetA, city.keys.admin]) {
      const single = await call(ctx, key, { method: 'GET', url: `/v1/orders/${orderId}` });
      expect(single.json().beneficiary).toEqual(BENEFICIARY);
    }
    for (const key of [city.keys.unitA, city.keys.ops]) {
      const single = await call(ctx, key, { method: 'GET', url: `/v1/orders/${orderId}` });
      expect(single.statusCode).toBe(200);
      expect(single.json().beneficiary).toEqual(masked);
      expect(leaks(single.body)).toEqual([]);
    }
  });

  it('masks names and phones in the member list', async () => {
    for (const key of [city.keys.staffA1, city.keys.admin]) {
      const list = await call(ctx, key, {
        method: 'GET',
        url: `/v1/members?communityId=${city.communityA1.id}&limit=100`,
      });
      expect(list.statusCode).toBe(200);
      const listed = list.json().items.filter((m: { id: string }) => memberIds.includes(m.id));
      expect(
        listed.map((m: { name: string; phone: string; personalDataMasked: boolean }) => [
          m.name,
          m.phone,
          m.personalDataMasked,
        ]),
      ).toEqual(PEOPLE.map((p) => [maskName(p.name), maskPhone(p.phone), true]));
      expect(leaks(list.body)).toEqual([]);
    }
  });

  it('sends webhooks that carry no raw name or phone', async () => {
    const bodies = receiver.received('/all').map((r) => r.body);
    expect(bodies.length).toBeGreaterThanOrEqual(3);
    expect(bodies.flatMap(leaks)).toEqual([]);
  });

  it('keeps no raw name or phone in BullMQ jobs, the outbox, domain events or webhook deliveries', async () => {
    const hashes: string[] = [];
    let cursor = '0';
    do {
      const [next, keys] = await ctx.redis.scan(
        cursor,
        'MATCH',
        `${ctx.config.REDIS_PREFIX}:bull:*`,
        'COUNT',
        500,
      );
      cursor = next;
      for (const key of keys) if ((await ctx.redis.type(key)) === 'hash') hashes.push(key);
    } while (cursor !== '0');
    const jobs: string[] = [];
    for (const key of hashes) {
      const job = await ctx.redis.hgetall(key);
      if (job.data !== undefined) jobs.push(`${key} ${JSON.stringify(job)}`);
    }
    // Three webhook deliveries at least, besides the timers (events are fanned out where they are
    // emitted, so the jobs that carry them to receivers are the webhooks queue's; the deliveries of
    // one transaction to one endpoint share a job).
    const deliveries: string[] = [];
    for (const key of hashes.filter((k) => k.includes(':bull:webhooks:'))) {
      const data = JSON.parse((await ctx.redis.hget(key, 'data')) ?? '{}');
      deliveries.push(...(data.deliveryIds ?? (data.deliveryId ? [data.deliveryId] : [])));
    }
    expect(new Set(deliveries).size).toBeGreaterThanOrEqual(3);
    expect(jobs.filter((j) => leaks(j).length > 0)).toEqual([]);

    for (const query of [
      'select payload::text as t from outbox',
      'select data::text as t from domain_events',
      'select payload::text as t from webhook_deliveries',
    ]) {
      const { rows } = await ctx.database.pool.query<{ t: string }>(query);
      expect(rows.length, query).toBeGreaterThan(0);
      expect(
        rows.filter((r) => leaks(r.t).length > 0),
        query,
      ).toEqual([]);
    }
  });

  it('keeps only masked values in audit snapshots', async () => {
    const { rows } = await ctx.database.pool.query<{
      entity_id: string;
      action: string;
      before: string | null;
      after: string | null;
    }>('select entity_id, action, before::text, after::text from audit_events order by id');
    expect(rows.filter((r) => leaks(`${r.before} ${r.after}`).length > 0)).toEqual([]);
    const created = rows.find((r) => r.entity_id === orderId && r.action === 'order.created')!;
    expect(JSON.parse(created.after!)).toMatchObject({
      beneficiaryName: maskName(BENEFICIARY.name),
      beneficiaryPhone: maskPhone(BENEFICIARY.phone),
    });
    for (const [i, id] of memberIds.entries()) {
      const member = rows.find((r) => r.entity_id === id && r.action === 'member.created')!;
      expect(JSON.parse(member.after!)).toMatchObject({
        name: maskName(PEOPLE[i]!.name),
        phone: maskPhone(PEOPLE[i]!.phone),
      });
    }
  });
});
