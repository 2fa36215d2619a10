import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type City, call, createCity, createKey, createMember } from '../factories/index.js';
import { orderBody } from '../factories/orders.js';
import { createTestContext, type TestContext } from '../helpers/context.js';

interface Party {
  id: string;
  key: string;
}

/**
 * Hundreds of simultaneous answers, withdrawals, claim changes and timer checks on the same
 * transfers: each transfer is closed exactly once, a claim is never held twice nor lost, and every
 * member's active-claim counter equals its live claims.
 */
describe('claim transfers under concurrency', () => {
  let ctx: TestContext;
  let city: City;
  beforeAll(async () => {
    ctx = await createTestContext({ CLAIM_TRANSFER_AUTO_ACCEPT_S: '60' });
    city = await createCity(ctx.database);
  });
  afterAll(async () => ctx.close());

  const rows = async <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
    (await ctx.database.pool.query(text, params)).rows as T[];
  const post = (key: string, url: string, payload?: object) =>
    call(ctx, key, { method: 'POST', url, ...(payload ? { payload } : {}) });

  async function party(): Promise<Party> {
    const m = await createMember(ctx.database, { communityId: city.communityA1.id });
    return { id: m.id, key: await createKey(ctx.database, 'member', { memberId: m.id }) };
  }

  /** n orders of two slots, each with one claim held by its own member. */
  async function heldClaims(n: number) {
    const out: { orderId: string; claimId: string; holder: Party; base: string }[] = [];
    for (let i = 0; i < n; i += 1) {
      const holder = await party();
      const order = (
        await call(ctx, city.keys.staffA1, {
          method: 'POST',
          url: '/v1/orders',
          payload: orderBody(city, { title: `Race ${i}` }),
        })
      ).json() as { id: string };
      const claim = (await post(holder.key, `/v1/orders/${order.id}/claims`, { memberId: holder.id })).json();
      out.push({
        orderId: order.id,
        claimId: claim.id,
        holder,
        base: `/v1/orders/${order.id}/claims/${claim.id}`,
      });
    }
    return out;
  }

  /** The invariants that hold whatever the interleaving: slots, capacity, one live claim per member, the trail. */
  async function expectConsistent(orderIds: string[]) {
    const slots = await rows<{ slots_held: number; holding: number }>(
      `select o.slots_held, (select count(*)::int from claims c where c.order_id = o.id and c.status in ('held','checked_in','completed')) as holding
       from orders o where o.id = any($1::uuid[])`,
      [orderIds],
    );
    for (const s of slots) expect(s.slots_held).toBe(s.holding);
    const capacity = await rows<{ id: string; active_claims: number; live: number }>(
      `select m.id, m.active_claims, (select count(*)::int from claims c where c.member_id = m.id and c.status in ('held','checked_in')) as live
       from members m`,
    );
    for (const m of capacity) expect(m.active_claims, m.id).toBe(m.live);
    const open = await rows(
      "select claim_id from claim_transfers where status = 'open' group by claim_id having count(*) > 1",
    );
    expect(open).toEqual([]);
    for (const id of orderIds) {
      const verify = await call(ctx, city.keys.admin, {
        method: 'GET',
        url: `/v1/audit/verify?entityId=${id}`,
      });
      expect(verify.json()).toMatchObject({ ok: true, broken: [] });
    }
  }

  it('an accept racing a withdrawal and the claim being withdrawn: exactly one wins', async () => {
    const claims = await heldClaims(40);
    const offers = [];
    for (const c of claims) {
      const taker = await party();
      const t = (
        await post(c.holder.key, `${c.base}/transfers`, { kind: 'offer', toMemberId: taker.id })
      ).json();
      offers.push({ ...c, taker, transferId: t.id as string });
    }
    const results = await Promise.all(
      offers.map(async (o) => {
        const calls = [
          ...Array.from(
            { length: 3 },
            () => ['accept', post(o.taker.key, `/v1/claim-transfers/${o.transferId}/accept`)] as const,
          ),
          ...Array.from(
            { length: 2 },
            () => ['withdraw', post(o.holder.key, `/v1/claim-transfers/${o.transferId}/withdraw`)] as const,
          ),
          ['release', call(ctx, o.holder.key, { method: 'DELETE', url: o.base })] as const,
        ];
        const answers = await Promise.all(calls.map(async ([what, p]) => ({ what, res: await p })));
        return { o, answers };
      }),
    );
    expect(results.flatMap((r) => r.answers).length).toBe(240);
    for (const { o, answers } of results) {
      const won = (what: string) => answers.filter((a) => a.what === what && a.res.statusCode === 200).length;
      for (const a of answers)
        if (a.res.statusCode !== 200)
          expect([404, 409], `${a.what}: ${a.res.body}`).toContain(a.res.statusCode);
      const [t] = await rows<{ status: string; end_cause: string | null }>(
        'select status, end_cause from claim_transfers where id = $1',
        [o.transferId],
      );
      const [claim] = await rows<{ member_id: string; status: string }>(
        'select member_id, status from claims where id = $1',
        [o.claimId],
      );
      if (t!.status === 'accepted') {
        expect([won('accept'), won('withdraw'), won('release')]).toEqual([1, 0, 0]);
        expect(claim).toEqual({ member_id: o.taker.id, status: 'held' });
      } else if (t!.status === 'withdrawn') {
        expect([won('accept'), won('withdraw')]).toEqual([0, 1]);
        expect(claim!.member_id).toBe(o.holder.id);
        expect(claim!.status).toBe(won('release') ? 'withdrawn' : 'held');
      } else {
        expect(t).toEqual({ status: 'ended', end_cause: 'claim_withdrawn' });
        expect([won('accept'), won('withdraw'), won('release')]).toEqual([0, 0, 1]);
        expect(claim).toEqual({ member_id: o.holder.id, status: 'withdrawn' });
      }
    }
    await expectConsistent(offers.map((o) => o.orderId));
  }, 120_000);

  it('a hundred members asking for one claim at once: one request is open, the others get 409 transfer_open', async () => {
    const [c] = await heldClaims(1);
    const askers = await Promise.all(Array.from({ length: 100 }, party));
    const answers = await Promise.all(
      askers.map((a) =>
        post(a.key, `${c!.base}/transfers`, { kind: 'request', toMemberId: a.id, reason: 'I can go today' }),
      ),
    );
    expect(answers.filter((r) => r.statusCode === 201).length).toBe(1);
    for (const r of answers.filter((x) => x.statusCode !== 201))
      expect(r.json(), r.body).toMatchObject({ status: 409, code: 'transfer_open' });
    const open = await rows("select 1 from claim_transfers where claim_id = $1 and status = 'open'", [
      c!.claimId,
    ]);
    expect(open.length).toBe(1);
  }, 60_000);

  it('the holder answering a request as its time runs out, the asker withdrawing and the timer and reconciler: one closes it', async () => {
    const claims = await heldClaims(30);
    const requests = [];
    for (const c of claims) {
      const asker = await party();
      const t = (
        await post(asker.key, `${c.base}/transfers`, {
          kind: 'request',
          toMemberId: asker.id,
          reason: 'mine?',
        })
      ).json();
      requests.push({ ...c, asker, transferId: t.id as string });
    }
    ctx.clock.advance(61_000);
    const timers = ctx.app.services.transferTimers;
    const [reconciled, ...perRequest] = await Promise.all([
      timers.reconcile(),
      ...requests.map(async (r) => {
        const [accept, decline, withdraw, timer] = await Promise.all([
          post(r.holder.key, `/v1/claim-transfers/${r.transferId}/accept`),
          post(r.holder.key, `/v1/claim-transfers/${r.transferId}/decline`),
          post(r.asker.key, `/v1/claim-transfers/${r.transferId}/withdraw`),
          timers.autoAccept(r.transferId),
        ]);
        return { r, accept, decline, withdraw, timer };
      }),
    ]);
    let closedByReconciler = 0;
    const movers = async (id: string) =>
      (
        await rows<{ actor_id: string }>(
          "select actor_id from audit_events where action = 'claim_transfer.accepted' and after->'transfer'->>'transferId' = $1",
          [id],
        )
      ).map((a) => a.actor_id);
    for (const { r, accept, decline, withdraw, timer } of perRequest) {
      const [t] = await rows<{ status: string; auto_accepted: boolean }>(
        'select status, auto_accepted from claim_transfers where id = $1',
        [r.transferId],
      );
      const byApi = [accept, decline, withdraw].filter((x) => x.statusCode === 200).length;
      for (const x of [accept, decline, withdraw]) if (x.statusCode !== 200) expect(x.statusCode).toBe(409);
      const byTimer = timer === 'moved' ? 1 : 0;
      const auto = t!.status === 'accepted' && t!.auto_accepted;
      if (auto && !byTimer) closedByReconciler += 1;
      expect(byApi + byTimer + (auto && !byTimer ? 1 : 0)).toBe(1);
      // A claim that moved by itself moved once, by whichever check won.
      if (auto)
        expect(await movers(r.transferId)).toEqual([
          byTimer ? 'claim_transfer_timer' : 'claim_transfer_reconciler',
        ]);
      const [claim] = await rows<{ member_id: string }>('select member_id from claims where id = $1', [
        r.claimId,
      ]);
      expect(claim!.member_id).toBe(t!.status === 'accepted' ? r.asker.id : r.holder.id);
    }
    // The reconciler also meets requests left open by the tests before: it acted at least on these.
    expect(reconciled.acted).toBeGreaterThanOrEqual(closedByReconciler);
    await expectConsistent(requests.map((r) => r.orderId));
  }, 120_000);
});
