import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planWindow } from '../../src/outbox/timer-horizon.js';
import { type City, call, countRows, createCity, createKey, createMember } from '../factories/index.js';
import { orderBody } from '../factories/orders.js';
import { createTestContext, type TestContext } from '../helpers/context.js';

const TABLES = ['claim_transfers', 'claims', 'audit_events', 'outbox', 'domain_events', 'idempotency_keys'];

/** Claims handed over (转派): offers, requests, answers and withdrawals through the API. */
describe('claim transfers', () => {
  let ctx: TestContext;
  let city: City;
  beforeAll(async () => {
    ctx = await createTestContext({ CLAIM_TRANSFER_AUTO_ACCEPT_S: '3600' });
    city = await createCity(ctx.database);
  });
  afterAll(async () => ctx.close());

  const rows = async <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
    (await ctx.database.pool.query(text, params)).rows as T[];

  /** A member of community A1 with its own key. */
  async function memberWithKey(o: Parameters<typeof createMember>[1] = {}) {
    const member = await createMember(ctx.database, { communityId: city.communityA1.id, ...o });
    return { ...member, key: await createKey(ctx.database, 'member', { memberId: member.id }) };
  }

  /** An open order of community A1 with one claim held by a fresh member; a second slot stays free. */
  async function heldClaim(extra: Record<string, unknown> = {}) {
    const holder = await memberWithKey();
    const order = (
      await call(ctx, city.keys.staffA1, {
        method: 'POST',
        url: '/v1/orders',
        payload: orderBody(city, extra),
      })
    ).json() as { id: string };
    const res = await call(ctx, holder.key, {
      method: 'POST',
      url: `/v1/orders/${order.id}/claims`,
      payload: { memberId: holder.id },
    });
    expect(res.statusCode).toBe(201);
    const claim = res.json() as { id: string };
    return {
      holder,
      orderId: order.id,
      claimId: claim.id,
      base: `/v1/orders/${order.id}/claims/${claim.id}`,
    };
  }

  const post = (key: string, url: string, payload?: object) =>
    call(ctx, key, { method: 'POST', url, ...(payload ? { payload } : {}) });

  const orderRow = async (id: string) =>
    (
      await rows<{ slots_held: number; status: string; claim_by: Date | null; version: number }>(
        'select slots_held, status, claim_by, version from orders where id = $1',
        [id],
      )
    )[0]!;
  const activeClaims = async (memberId: string) =>
    (await rows<{ active_claims: number }>('select active_claims from members where id = $1', [memberId]))[0]!
      .active_claims;
  const claimRow = async (id: string) =>
    (
      await rows<{ member_id: string; status: string; unit_id: string | null }>(
        'select member_id, status, unit_id from claims where id = $1',
        [id],
      )
    )[0]!;

  it('offers a claim to a named member, who accepts: the claim moves with its slot and deadlines', async () => {
    const { holder, orderId, claimId, base } = await heldClaim();
    const taker = await memberWithKey();
    const before = await orderRow(orderId);

    const offered = await post(holder.key, `${base}/transfers`, {
      kind: 'offer',
      toMemberId: taker.id,
      reason: 'I am ill this week',
    });
    expect(offered.statusCode).toBe(201);
    const transfer = offered.json();
    expect(transfer).toMatchObject({
      kind: 'offer',
      status: 'open',
      claimId,
      fromMemberId: holder.id,
      toMemberId: taker.id,
      autoAcceptAt: null,
    });
    // The named member finds it in its list.
    const listed = await call(ctx, taker.key, { method: 'GET', url: '/v1/claim-transfers?status=open' });
    expect(listed.json().items.map((t: { id: string }) => t.id)).toEqual([transfer.id]);

    // The holder may not accept its own offer: it sees the transfer, so 403.
    expect((await post(holder.key, `/v1/claim-transfers/${transfer.id}/accept`)).statusCode).toBe(403);
    const accepted = await post(taker.key, `/v1/claim-transfers/${transfer.id}/accept`);
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({ status: 'accepted', autoAccepted: false });

    expect(await claimRow(claimId)).toMatchObject({ member_id: taker.id, status: 'held' });
    const after = await orderRow(orderId);
    expect(after).toEqual(before);
    expect(await activeClaims(holder.id)).toBe(0);
    expect(await activeClaims(taker.id)).toBe(1);
    // The new holder acts on the claim as its own: it may withdraw it; the old one may not.
    const claims = await call(ctx, taker.key, { method: 'GET', url: `/v1/orders/${orderId}/claims` });
    expect(claims.json().items[0]).toMatchObject({ id: claimId, memberId: taker.id, status: 'held' });

    const audit = await rows<{ action: string; actor_type: string }>(
      "select action, actor_type from audit_events where entity_id = $1 and action like 'claim_transfer.%' order by seq",
      [orderId],
    );
    expect(audit.map((a) => a.action)).toEqual(['claim_transfer.offered', 'claim_transfer.accepted']);
    const events = await rows<{ type: string; member_id: string; data: Record<string, unknown> }>(
      "select type, member_id, data from domain_events where order_id = $1 and type like 'claim_transfer.%' order by tx_id, id",
      [orderId],
    );
    expect(events.map((e) => [e.type, e.member_id])).toEqual([
      ['claim_transfer.offered', taker.id],
      ['claim_transfer.accepted', holder.id],
    ]);
    // The reason is free text: it stays on the transfer and in the trail, never in the events.
    expect(JSON.stringify(events)).not.toContain('ill this week');
    const verify = await call(ctx, city.keys.admin, {
      method: 'GET',
      url: `/v1/audit/verify?entityId=${orderId}`,
    });
    expect(verify.json()).toMatchObject({ ok: true, broken: [] });
    // Each member sees the events addressed to it in its feed.
    const feed = await call(ctx, taker.key, {
      method: 'GET',
      url: '/v1/events?types=claim_transfer.offered',
    });
    expect(feed.json().items.map((e: { data: { transferId: string } }) => e.data.transferId)).toEqual([
      transfer.id,
    ]);
  });

  it('a declined or withdrawn offer leaves the claim where it is; a closed transfer answers 409', async () => {
    const { holder, claimId, base } = await heldClaim();
    const taker = await memberWithKey();
    const first = (
      await post(holder.key, `${base}/transfers`, { kind: 'offer', toMemberId: taker.id })
    ).json();
    const again = await post(holder.key, `${base}/transfers`, { kind: 'offer', toMemberId: taker.id });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'transfer_open', transferId: first.id });

    const declined = await post(taker.key, `/v1/claim-transfers/${first.id}/decline`);
    expect(declined.json()).toMatchObject({ status: 'declined' });
    const late = await post(taker.key, `/v1/claim-transfers/${first.id}/accept`);
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ code: 'transfer_not_open', transferStatus: 'declined' });

    const second = (
      await post(holder.key, `${base}/transfers`, { kind: 'offer', toMemberId: taker.id })
    ).json();
    // Only the holder's side withdraws an offer.
    expect((await post(taker.key, `/v1/claim-transfers/${second.id}/withdraw`)).statusCode).toBe(403);
    const withdrawn = await post(holder.key, `/v1/claim-transfers/${second.id}/withdraw`);
    expect(withdrawn.json()).toMatchObject({ status: 'withdrawn' });
    expect((await post(taker.key, `/v1/claim-transfers/${second.id}/accept`)).json().code).toBe(
      'transfer_not_open',
    );
    expect(await claimRow(claimId)).toMatchObject({ member_id: holder.id, status: 'held' });
    expect(await activeClaims(holder.id)).toBe(1);
    expect(await activeClaims(taker.id)).toBe(0);
  });

  it('a member asks for a claim with a reason; the holder declines, then accepts a unit admin asking for its member', async () => {
    const { holder, claimId, base } = await heldClaim();
    const asker = await memberWithKey();
    const asked = await post(asker.key, `${base}/transfers`, {
      kind: 'request',
      toMemberId: asker.id,
      reason: 'I live next door',
    });
    expect(asked.statusCode).toBe(201);
    const request = asked.json();
    expect(request).toMatchObject({ kind: 'request', status: 'open', reason: 'I live next door' });
    expect(Date.parse(request.autoAcceptAt) - Date.parse(request.createdAt)).toBe(3_600_000);
    // An hour ahead lies beyond the timer horizon: no timer is written with the request; the planner
    // adds it once the time comes within the horizon.
    expect(
      await rows("select job_id from outbox where queue = 'sla' and payload->>'transferId' = $1", [
        request.id,
      ]),
    ).toEqual([]);
    const autoAcceptAt = new Date(request.autoAcceptAt);
    const planned: { jobId?: string; delayMs?: number }[] = [];
    await ctx.app.services.transferTimers.timersAhead(
      planWindow(new Date(autoAcceptAt.getTime() - 5 * 60_000), null),
      async (jobs) => void planned.push(...jobs),
    );
    expect(planned).toContainEqual(
      expect.objectContaining({ jobId: `claim-transfer-${request.id}`, delayMs: 3_600_000 }),
    );
    // The asker may not answer its own request.
    expect((await post(asker.key, `/v1/claim-transfers/${request.id}/accept`)).statusCode).toBe(403);
    expect((await post(holder.key, `/v1/claim-transfers/${request.id}/decline`)).json()).toMatchObject({
      status: 'declined',
    });

    const unitMember = await createMember(ctx.database, { unitId: city.unitA.id });
    const byUnit = await post(city.keys.unitA, `${base}/transfers`, {
      kind: 'request',
      toMemberId: unitMember.id,
      reason: 'Our driver can take it',
    });
    expect(byUnit.statusCode).toBe(201);
    expect(byUnit.json()).toMatchObject({ toUnitId: city.unitA.id });
    const accepted = await post(holder.key, `/v1/claim-transfers/${byUnit.json().id}/accept`);
    expect(accepted.statusCode).toBe(200);
    expect(await claimRow(claimId)).toMatchObject({ member_id: unitMember.id, unit_id: city.unitA.id });
    const listed = await call(ctx, city.keys.staffA1, { method: 'GET', url: `${base}/transfers` });
    expect(listed.json().items.map((t: { status: string }) => t.status)).toEqual(['declined', 'accepted']);
  });

  it('a claim withdrawn, checked in or cancelled with its order ends its open transfer', async () => {
    const cases = [
      {
        cause: 'claim_withdrawn',
        act: (c: Awaited<ReturnType<typeof heldClaim>>) =>
          call(ctx, c.holder.key, { method: 'DELETE', url: c.base }),
      },
      {
        cause: 'claim_checked_in',
        act: (c: Awaited<ReturnType<typeof heldClaim>>) => post(c.holder.key, `${c.base}/check-in`),
      },
      {
        cause: 'claim_cancelled',
        act: (c: Awaited<ReturnType<typeof heldClaim>>) =>
          post(city.keys.staffA1, `/v1/orders/${c.orderId}/cancel`, { reason: 'the resident moved away' }),
      },
    ];
    for (const { cause, act } of cases) {
      const c = await heldClaim();
      const taker = await memberWithKey();
      const t = (
        await post(c.holder.key, `${c.base}/transfers`, { kind: 'offer', toMemberId: taker.id })
      ).json();
      const res = await act(c);
      expect(res.statusCode, `${cause}: ${res.body}`).toBeLessThan(300);
      const read = await call(ctx, taker.key, { method: 'GET', url: `/v1/claim-transfers/${t.id}` });
      expect(read.json()).toMatchObject({ status: 'ended', endCause: cause });
      const accept = await post(taker.key, `/v1/claim-transfers/${t.id}/accept`);
      expect(accept.json()).toMatchObject({ code: 'transfer_not_open', transferStatus: 'ended' });
      const ended = await rows(
        "select 1 from domain_events where type = 'claim_transfer.ended' and data->>'transferId' = $1",
        [t.id],
      );
      expect(ended.length).toBe(1);
      expect(await activeClaims(taker.id)).toBe(0);
    }
  });

  it('refuses bad input and ineligible members with problem documents, and writes nothing', async () => {
    const { holder, base } = await heldClaim();
    const outsider = await memberWithKey({ communityId: city.communityB1.id });
    const neighbour = await memberWithKey();
    const attempts: [string, object, number, string][] = [
      [holder.key, { kind: 'offer' }, 400, 'validation_failed'],
      [holder.key, { kind: 'hand-over', toMemberId: neighbour.id }, 400, 'validation_failed'],
      [holder.key, { kind: 'offer', toMemberId: 'not-a-uuid' }, 400, 'validation_failed'],
      [holder.key, { kind: 'offer', toMemberId: neighbour.id, extra: 1 }, 400, 'validation_failed'],
      [neighbour.key, { kind: 'request', toMemberId: neighbour.id }, 400, 'validation_failed'],
      [neighbour.key, { kind: 'request', toMemberId: neighbour.id, reason: '   ' }, 400, 'validation_failed'],
      [holder.key, { kind: 'offer', toMemberId: outsider.id }, 403, 'not_eligible'],
      [holder.key, { kind: 'offer', toMemberId: holder.id }, 409, 'already_claimed'],
      [holder.key, { kind: 'offer', toMemberId: '01900000-0000-7000-8000-000000000000' }, 404, 'not_found'],
      // A member asks only for itself; staff never ask.
      [neighbour.key, { kind: 'request', toMemberId: holder.id, reason: 'x' }, 404, 'not_found'],
      [city.keys.staffA1, { kind: 'request', toMemberId: neighbour.id, reason: 'x' }, 403, 'forbidden'],
      // Someone else's claim cannot be offered away.
      [neighbour.key, { kind: 'offer', toMemberId: neighbour.id }, 404, 'not_found'],
    ];
    for (const [key, payload, status, code] of attempts) {
      const before = await countRows(ctx.database, TABLES);
      const res = await post(key, `${base}/transfers`, payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(status);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().code).toBe(code);
      expect(await countRows(ctx.database, TABLES)).toEqual(before);
    }
  });

  it('shows a transfer to its parties and the staff above it; others of the community see nothing of it', async () => {
    const { holder, base } = await heldClaim();
    const taker = await memberWithKey();
    const bystander = await memberWithKey();
    const t = (
      await post(holder.key, `${base}/transfers`, {
        kind: 'offer',
        toMemberId: taker.id,
        reason: 'a family matter',
      })
    ).json();
    for (const key of [holder.key, taker.key, city.keys.staffA1, city.keys.streetA]) {
      expect((await call(ctx, key, { method: 'GET', url: `/v1/claim-transfers/${t.id}` })).statusCode).toBe(
        200,
      );
      const listed = await call(ctx, key, { method: 'GET', url: `${base}/transfers` });
      expect(listed.json().items.map((x: { reason: string }) => x.reason)).toEqual(['a family matter']);
    }
    // A member of the same community sees the order, not the transfer.
    expect(
      (await call(ctx, bystander.key, { method: 'GET', url: `/v1/claim-transfers/${t.id}` })).statusCode,
    ).toBe(404);
    expect(
      (await call(ctx, bystander.key, { method: 'GET', url: `${base}/transfers` })).json().items,
    ).toEqual([]);
    for (const what of ['accept', 'decline', 'withdraw'])
      expect((await post(bystander.key, `/v1/claim-transfers/${t.id}/${what}`)).statusCode).toBe(404);
    // Staff see it but never take a claim over for a member.
    const before = await countRows(ctx.database, TABLES);
    expect((await post(city.keys.staffA1, `/v1/claim-transfers/${t.id}/accept`)).statusCode).toBe(403);
    expect((await post(city.keys.staffA1, `/v1/claim-transfers/${t.id}/decline`)).statusCode).toBe(403);
    expect(await countRows(ctx.database, TABLES)).toEqual(before);
  });

  it('replays an offer sent again with the same Idempotency-Key', async () => {
    const { holder, base } = await heldClaim();
    const taker = await memberWithKey();
    const send = () =>
      call(ctx, holder.key, {
        method: 'POST',
        url: `${base}/transfers`,
        payload: { kind: 'offer', toMemberId: taker.id },
        headers: { 'idempotency-key': 'offer-1' },
      });
    const first = await send();
    const second = await send();
    expect(second.statusCode).toBe(201);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.json().id).toBe(first.json().id);
  });

  it('moves an unanswered request when its time is up, once, whoever checks it', async () => {
    const { holder, claimId, base } = await heldClaim();
    const asker = await memberWithKey();
    const request = (
      await post(asker.key, `${base}/transfers`, { kind: 'request', toMemberId: asker.id, reason: 'please' })
    ).json();
    const timers = ctx.app.services.transferTimers;
    expect(await timers.autoAccept(request.id)).toBe('early');
    expect(await timers.reconcile()).toEqual({ checked: 0, acted: 0 });
    ctx.clock.advance(3_600_000);
    const [byTimer, byReconciler] = await Promise.all([timers.autoAccept(request.id), timers.reconcile()]);
    // Exactly one of the two moved the claim; the other found the request closed.
    expect(Number(byTimer === 'moved') + byReconciler.acted).toBe(1);
    expect(await claimRow(claimId)).toMatchObject({ member_id: asker.id, status: 'held' });
    const read = await call(ctx, asker.key, { method: 'GET', url: `/v1/claim-transfers/${request.id}` });
    expect(read.json()).toMatchObject({ status: 'accepted', autoAccepted: true });
    expect(await activeClaims(holder.id)).toBe(0);
    expect(await activeClaims(asker.id)).toBe(1);
    const moves = await rows(
      "select 1 from audit_events where action = 'claim_transfer.accepted' and after->'transfer'->>'transferId' = $1",
      [request.id],
    );
    expect(moves.length).toBe(1);
  });

  it('ends a request when its time is up but the asker no longer fits', async () => {
    const { claimId, base, holder } = await heldClaim();
    const asker = await memberWithKey();
    const request = (
      await post(asker.key, `${base}/transfers`, { kind: 'request', toMemberId: asker.id, reason: 'please' })
    ).json();
    await ctx.database.pool.query('update members set available = false where id = $1', [asker.id]);
    ctx.clock.advance(3_600_000);
    expect(await ctx.app.services.transferTimers.autoAccept(request.id)).toBe('ended');
    const read = await call(ctx, holder.key, { method: 'GET', url: `/v1/claim-transfers/${request.id}` });
    expect(read.json()).toMatchObject({ status: 'ended', endCause: 'member_unavailable' });
    expect(await claimRow(claimId)).toMatchObject({ member_id: holder.id });
  });
});
