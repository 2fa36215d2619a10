import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type City, createCity, createKey, createMember } from '../factories/index.js';
import { orderBody } from '../factories/orders.js';
import {
  createServiceEnv,
  type ServiceEnv,
  type ServiceProcess,
  startService,
  stopAllServices,
} from '../helpers/processes.js';

/**
 * Hundreds of simultaneous claims through two API processes on one database: the winners are
 * exactly the headcount of each order and every loser gets a clean 409.
 */
describe('claim race across two API processes', () => {
  let env: ServiceEnv;
  let apis: ServiceProcess[];
  let city: City;
  beforeAll(async () => {
    env = await createServiceEnv();
    city = await createCity(env.database);
    apis = await Promise.all([
      startService('api', env, { vars: { DATABASE_POOL_SIZE: '20' } }),
      startService('api', env, { vars: { DATABASE_POOL_SIZE: '20' } }),
    ]);
  }, 60_000);
  afterAll(async () => {
    await stopAllServices();
    await env.close();
  });

  const post = (i: number, key: string, path: string, body: unknown) =>
    fetch(`${apis[i % 2]!.baseUrl}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }).then(async (r) => ({ status: r.status, body: (await r.json()) as { code?: string; id?: string } }));

  /** Orders posted through both processes in turn; their ids. */
  async function postOrders(count: number, extra: (i: number) => Record<string, unknown>) {
    const orders: string[] = [];
    for (let i = 0; i < count; i++) {
      const res = await post(i, city.keys.staffA1, '/v1/orders', orderBody(city, extra(i)));
      expect(res.status).toBe(201);
      orders.push(res.body.id!);
    }
    return orders;
  }

  /** Members of community A1, each with its own member key. */
  async function claimants(count: number, maxActiveClaims: number) {
    const members = await Promise.all(
      Array.from({ length: count }, () =>
        createMember(env.database, { communityId: city.communityA1.id, maxActiveClaims }),
      ),
    );
    const keys = await Promise.all(members.map((m) => createKey(env.database, 'member', { memberId: m.id })));
    return { members, keys };
  }

  it('never overfills an order, a member, or lets a member claim twice', async () => {
    const ORDERS = 5;
    const HEADCOUNT = 3;
    const MEMBERS = 60;
    const orders = await postOrders(ORDERS, (i) => ({ headcount: HEADCOUNT, title: `Race ${i}` }));
    const { members, keys } = await claimants(MEMBERS, 2);
    const racer = members[0]!;

    const attempts: Promise<{ status: number; body: { code?: string } }>[] = [];
    let n = 0;
    for (const orderId of orders)
      members.forEach((m, i) => {
        attempts.push(post(n++, keys[i]!, `/v1/orders/${orderId}/claims`, { memberId: m.id }));
      });
    // One member racing itself on one order, through both processes.
    for (let i = 0; i < 40; i++)
      attempts.push(post(n++, keys[0]!, `/v1/orders/${orders[0]}/claims`, { memberId: racer.id }));
    const results = await Promise.all(attempts);

    const won = results.filter((r) => r.status === 201).length;
    const losers = results.filter((r) => r.status !== 201);
    expect(won).toBe(ORDERS * HEADCOUNT);
    expect(losers.length).toBe(results.length - won);
    for (const l of losers) {
      expect(l.status).toBe(409);
      expect(['order_full', 'already_claimed', 'member_at_capacity']).toContain(l.body.code);
    }
    expect(losers.some((l) => l.body.code === 'order_full')).toBe(true);

    const pool = env.database.pool;
    const perOrder = await pool.query(
      `select o.id, o.status, o.slots_held, o.version, o.headcount,
         (select count(*)::int from claims c where c.order_id = o.id and c.status = 'held') as held
       from orders o where o.id = any($1)`,
      [orders],
    );
    for (const o of perOrder.rows)
      expect(o).toMatchObject({
        status: 'filled',
        slots_held: HEADCOUNT,
        held: HEADCOUNT,
        version: 2 + HEADCOUNT,
      });
    const doubles = await pool.query(
      `select order_id, member_id from claims group by order_id, member_id having count(*) > 1`,
    );
    expect(doubles.rows).toEqual([]);
    const capacity = await pool.query(
      `select m.id, m.active_claims, m.max_active_claims, (select count(*)::int from claims c where c.member_id = m.id and c.status = 'held') as held
       from members m where m.id = any($1)`,
      [members.map((m) => m.id)],
    );
    for (const m of capacity.rows) {
      expect(m.active_claims).toBe(m.held);
      expect(m.held).toBeLessThanOrEqual(m.max_active_claims);
    }
  }, 120_000);

  it('stamps every order timeline in chain order: time never runs backwards along seq', async () => {
    const ORDERS = 10;
    const CLAIMANTS = 40;
    const orders = await postOrders(ORDERS, () => ({ headcount: CLAIMANTS / 2 }));
    const { members, keys } = await claimants(CLAIMANTS, ORDERS);
    // Every claim is an event on its order's chain: half take a slot, the rest join the waitlist.
    let n = 0;
    const results = await Promise.all(
      orders.flatMap((orderId) =>
        members.map((m, i) =>
          post(n++, keys[i]!, `/v1/orders/${orderId}/claims`, { memberId: m.id, waitlist: true }),
        ),
      ),
    );
    expect(results.filter((r) => r.status !== 201)).toEqual([]);

    for (const orderId of orders) {
      const res = await fetch(`${apis[0]!.baseUrl}/v1/orders/${orderId}/timeline`, {
        headers: { authorization: `Bearer ${city.keys.staffA1}` },
      });
      const { items } = (await res.json()) as { items: { seq: number; at: string }[] };
      expect(items.length).toBeGreaterThan(CLAIMANTS);
      for (let i = 1; i < items.length; i++) {
        expect(items[i]!.seq).toBe(items[i - 1]!.seq + 1);
        expect(Date.parse(items[i]!.at), `seq ${items[i]!.seq}`).toBeGreaterThanOrEqual(
          Date.parse(items[i - 1]!.at),
        );
      }
    }
    const verify = await fetch(`${apis[1]!.baseUrl}/v1/audit/verify`, {
      headers: { authorization: `Bearer ${city.keys.admin}` },
    });
    expect(verify.status).toBe(200);
    expect(await verify.json()).toMatchObject({ ok: true });
  }, 120_000);
});
