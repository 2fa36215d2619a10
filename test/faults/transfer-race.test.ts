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

interface Party {
  id: string;
  key: string;
}
interface Answer {
  what: string;
  status: number;
  body: { code?: string };
}

const AUTO_ACCEPT_S = 3;

/**
 * Claims handed over across real processes: two API processes take the answers, withdrawals and
 * claim withdrawals at once, while two worker processes run the requests' timers and the reconciler
 * as the requests come due. Whatever the interleaving, each transfer closes one way, the claim is
 * held exactly once, and the counters agree.
 */
describe('claim transfers across two API processes and two workers', () => {
  let env: ServiceEnv;
  let apis: ServiceProcess[];
  let city: City;
  beforeAll(async () => {
    env = await createServiceEnv();
    city = await createCity(env.database);
    const vars = {
      DATABASE_POOL_SIZE: '20',
      CLAIM_TRANSFER_AUTO_ACCEPT_S: String(AUTO_ACCEPT_S),
      SLA_RECONCILE_EVERY_MS: '1000',
    };
    apis = await Promise.all([startService('api', env, { vars }), startService('api', env, { vars })]);
    await startService('worker', env, { vars });
    await startService('worker', env, { vars });
  }, 90_000);
  afterAll(async () => {
    await stopAllServices();
    await env.close();
  });

  let n = 0;
  const send = (key: string, method: string, path: string, body?: unknown) =>
    fetch(`${apis[n++ % 2]!.baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${key}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    }).then(async (r) => ({
      status: r.status,
      body: (await r.json()) as Record<string, unknown> & { code?: string },
    }));
  const rows = async <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
    (await env.database.pool.query(text, params)).rows as T[];

  async function party(): Promise<Party> {
    const m = await createMember(env.database, { communityId: city.communityA1.id });
    return { id: m.id, key: await createKey(env.database, 'member', { memberId: m.id }) };
  }

  async function heldClaim(i: number) {
    const holder = await party();
    const order = await send(
      city.keys.staffA1,
      'POST',
      '/v1/orders',
      orderBody(city, { title: `Hand-over ${i}` }),
    );
    expect(order.status).toBe(201);
    const claim = await send(holder.key, 'POST', `/v1/orders/${order.body.id}/claims`, {
      memberId: holder.id,
    });
    expect(claim.status).toBe(201);
    return {
      holder,
      orderId: order.body.id as string,
      claimId: claim.body.id as string,
      base: `/v1/orders/${order.body.id}/claims/${claim.body.id}`,
    };
  }

  it('offers and requests answered through both processes while the timers run: one way each', async () => {
    const OFFERS = 20;
    const REQUESTS = 20;
    const offers = [];
    for (let i = 0; i < OFFERS; i += 1) {
      const c = await heldClaim(i);
      const taker = await party();
      const t = await send(c.holder.key, 'POST', `${c.base}/transfers`, {
        kind: 'offer',
        toMemberId: taker.id,
      });
      expect(t.status).toBe(201);
      offers.push({ ...c, taker, transferId: t.body.id as string });
    }
    const held = [];
    for (let i = 0; i < REQUESTS; i += 1)
      held.push({ ...(await heldClaim(OFFERS + i)), asker: await party() });
    // The requests are opened together and answered just before their timers fire, so both race.
    const requests = await Promise.all(
      held.map(async (c) => {
        const t = await send(c.asker.key, 'POST', `${c.base}/transfers`, {
          kind: 'request',
          toMemberId: c.asker.id,
          reason: 'I can go',
        });
        expect(t.status).toBe(201);
        return {
          ...c,
          transferId: t.body.id as string,
          autoAcceptAt: Date.parse(t.body.autoAcceptAt as string),
        };
      }),
    );
    const due = Math.min(...requests.map((r) => r.autoAcceptAt));
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - 300 - Date.now())));
    const tagged = (what: string, p: Promise<{ status: number; body: { code?: string } }>) =>
      p.then((r): Answer => ({ what, ...r }));
    const [offerAnswers, requestAnswers] = await Promise.all([
      Promise.all(
        offers.map((o) =>
          Promise.all([
            tagged('accept', send(o.taker.key, 'POST', `/v1/claim-transfers/${o.transferId}/accept`)),
            tagged('accept', send(o.taker.key, 'POST', `/v1/claim-transfers/${o.transferId}/accept`)),
            tagged('withdraw', send(o.holder.key, 'POST', `/v1/claim-transfers/${o.transferId}/withdraw`)),
            tagged('withdraw', send(o.holder.key, 'POST', `/v1/claim-transfers/${o.transferId}/withdraw`)),
            tagged('release', send(o.holder.key, 'DELETE', o.base)),
          ]),
        ),
      ),
      Promise.all(
        requests.map((r) =>
          Promise.all([
            tagged('accept', send(r.holder.key, 'POST', `/v1/claim-transfers/${r.transferId}/accept`)),
            tagged('decline', send(r.holder.key, 'POST', `/v1/claim-transfers/${r.transferId}/decline`)),
            tagged('withdraw', send(r.asker.key, 'POST', `/v1/claim-transfers/${r.transferId}/withdraw`)),
          ]),
        ),
      ),
    ]);
    const all = [...offerAnswers.flat(), ...requestAnswers.flat()];
    for (const a of all)
      if (a.status !== 200) expect([404, 409], `${a.what}: ${JSON.stringify(a.body)}`).toContain(a.status);

    const transfers = await rows<{
      id: string;
      status: string;
      auto_accepted: boolean;
      end_cause: string | null;
    }>('select id, status, auto_accepted, end_cause from claim_transfers');
    const byId = new Map(transfers.map((t) => [t.id, t]));
    expect(transfers.filter((t) => t.status === 'open')).toEqual([]);
    offers.forEach((o, i) => {
      const won = (what: string) =>
        offerAnswers[i]!.filter((a) => a.what === what && a.status === 200).length;
      const t = byId.get(o.transferId)!;
      const closes = won('accept') + won('withdraw') + (t.status === 'ended' ? 1 : 0);
      expect(closes, JSON.stringify(t)).toBe(1);
      if (t.status === 'accepted') expect(won('release')).toBe(0);
      if (t.status === 'ended') expect(t.end_cause).toBe('claim_withdrawn');
    });
    requests.forEach((r, i) => {
      const t = byId.get(r.transferId)!;
      const byApi = requestAnswers[i]!.filter((a) => a.status === 200).length;
      expect(byApi + (t.auto_accepted ? 1 : 0), JSON.stringify(t)).toBe(1);
    });

    const claims = await rows<{ id: string; member_id: string; status: string }>(
      'select id, member_id, status from claims where id = any($1::uuid[])',
      [[...offers, ...requests].map((x) => x.claimId)],
    );
    const claimOf = new Map(claims.map((c) => [c.id, c]));
    for (const o of offers) {
      const t = byId.get(o.transferId)!;
      expect(claimOf.get(o.claimId)!.member_id).toBe(t.status === 'accepted' ? o.taker.id : o.holder.id);
    }
    for (const r of requests) {
      const t = byId.get(r.transferId)!;
      expect(claimOf.get(r.claimId)).toMatchObject({
        member_id: t.status === 'accepted' ? r.asker.id : r.holder.id,
        status: 'held',
      });
    }
    const slots = await rows<{ slots_held: number; holding: number }>(
      `select o.slots_held, (select count(*)::int from claims c where c.order_id = o.id and c.status in ('held','checked_in','completed')) as holding from orders o`,
    );
    for (const s of slots) expect(s.slots_held).toBe(s.holding);
    const capacity = await rows<{ active_claims: number; live: number }>(
      `select m.active_claims, (select count(*)::int from claims c where c.member_id = m.id and c.status in ('held','checked_in')) as live from members m`,
    );
    for (const m of capacity) expect(m.active_claims).toBe(m.live);
    const verify = await send(env.adminKey, 'GET', '/v1/audit/verify');
    expect(verify.body).toMatchObject({ ok: true, broken: [] });
    console.log(
      'transfers closed:',
      JSON.stringify(
        transfers.reduce<Record<string, number>>((acc, t) => {
          const k = `${t.status}${t.auto_accepted ? ' (auto)' : ''}`;
          acc[k] = (acc[k] ?? 0) + 1;
          return acc;
        }, {}),
      ),
    );
  }, 120_000);
});
