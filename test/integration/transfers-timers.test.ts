import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RECONCILER_SCHEDULER_ID } from '../../src/jobs/processors/sla.js';
import { type City, call, createCity, createKey, createMember } from '../factories/index.js';
import { orderBody } from '../factories/orders.js';
import { createTestContext, type TestContext } from '../helpers/context.js';
import { flushPrefix, waitFor } from './sla-fixtures.js';

const AUTO_ACCEPT_S = 2;

/**
 * Requests for a claim left unanswered, with real BullMQ workers: the request's timer moves the
 * claim; after Redis lost every key, the reconciler moves the passed ones and puts back the timers
 * of those still ahead. Time is passed by moving the test clock.
 */
function timerSuite(title: string, reconcileEveryMs: number, body: (t: () => Setup) => void) {
  describe(title, () => {
    let setup: Setup;
    beforeAll(async () => {
      const ctx = await createTestContext({
        CLAIM_TRANSFER_AUTO_ACCEPT_S: String(AUTO_ACCEPT_S),
        SLA_RECONCILE_EVERY_MS: String(reconcileEveryMs),
      });
      const city = await createCity(ctx.database);
      await ctx.startWorkers(['sla', 'webhooks']);
      setup = { ctx, city };
    });
    afterAll(async () => setup.ctx.close());
    body(() => setup);
  });
}

interface Setup {
  ctx: TestContext;
  city: City;
}

/** A held claim and an open request for it; the request's row. */
async function openRequest({ ctx, city }: Setup) {
  const member = async () => {
    const m = await createMember(ctx.database, { communityId: city.communityA1.id });
    return { id: m.id, key: await createKey(ctx.database, 'member', { memberId: m.id }) };
  };
  const holder = await member();
  const asker = await member();
  const order = (
    await call(ctx, city.keys.staffA1, { method: 'POST', url: '/v1/orders', payload: orderBody(city) })
  ).json();
  const claim = (
    await call(ctx, holder.key, {
      method: 'POST',
      url: `/v1/orders/${order.id}/claims`,
      payload: { memberId: holder.id },
    })
  ).json();
  const res = await call(ctx, asker.key, {
    method: 'POST',
    url: `/v1/orders/${order.id}/claims/${claim.id}/transfers`,
    payload: { kind: 'request', toMemberId: asker.id, reason: 'I can do it today' },
  });
  expect(res.statusCode).toBe(201);
  return { holder, asker, claimId: claim.id as string, transferId: res.json().id as string };
}

const transferRow = async ({ ctx }: Setup, id: string) =>
  (
    await ctx.database.pool.query<{ status: string; auto_accepted: boolean }>(
      'select status, auto_accepted from claim_transfers where id = $1',
      [id],
    )
  ).rows[0]!;

const moveActor = async ({ ctx }: Setup, id: string) =>
  (
    await ctx.database.pool.query<{ actor_type: string; actor_id: string }>(
      "select actor_type, actor_id from audit_events where action = 'claim_transfer.accepted' and after->'transfer'->>'transferId' = $1",
      [id],
    )
  ).rows;

timerSuite('a request moves by its timer', 600_000, (get) => {
  it('moves the claim when its time is up, by the timer', async () => {
    const s = get();
    const r = await openRequest(s);
    await waitFor('the timer in Redis', () =>
      s.ctx.queues.get('sla').getJob(`claim-transfer-${r.transferId}`),
    );
    s.ctx.clock.advance(AUTO_ACCEPT_S * 1000 + 1);
    await waitFor('the claim moved', async () => (await transferRow(s, r.transferId)).status === 'accepted');
    expect(await transferRow(s, r.transferId)).toEqual({ status: 'accepted', auto_accepted: true });
    expect(await moveActor(s, r.transferId)).toEqual([
      { actor_type: 'timer', actor_id: 'claim_transfer_timer' },
    ]);
    const { rows } = await s.ctx.database.pool.query('select member_id from claims where id = $1', [
      r.claimId,
    ]);
    expect(rows[0].member_id).toBe(r.asker.id);
  });
});

timerSuite('requests after Redis lost its data', 2_000, (get) => {
  it('the reconciler moves the passed request and puts back the timer of the one still ahead', async () => {
    const s = get();
    const passed = await openRequest(s);
    const queue = s.ctx.queues.get('sla');
    await waitFor('the timer in Redis', () => queue.getJob(`claim-transfer-${passed.transferId}`));
    s.ctx.clock.advance(AUTO_ACCEPT_S * 1000 + 1);
    const ahead = await openRequest(s);
    await waitFor('the second timer in Redis', () => queue.getJob(`claim-transfer-${ahead.transferId}`));

    expect(await flushPrefix(s.ctx)).toBeGreaterThan(0);
    expect(await queue.getJobScheduler(RECONCILER_SCHEDULER_ID)).toBeUndefined();

    await waitFor(
      'the passed request moved',
      async () => (await transferRow(s, passed.transferId)).status === 'accepted',
    );
    expect(await moveActor(s, passed.transferId)).toEqual([
      { actor_type: 'timer', actor_id: 'claim_transfer_reconciler' },
    ]);
    // The request still ahead is untouched, and its timer is back in Redis.
    expect((await transferRow(s, ahead.transferId)).status).toBe('open');
    await waitFor('the re-planned timer', () => queue.getJob(`claim-transfer-${ahead.transferId}`));
    s.ctx.clock.advance(AUTO_ACCEPT_S * 1000 + 1);
    await waitFor(
      'the second request moved',
      async () => (await transferRow(s, ahead.transferId)).status === 'accepted',
    );
    expect(await moveActor(s, ahead.transferId)).toHaveLength(1);
  });
});
