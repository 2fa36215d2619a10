import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/lib/ids.js';
import { type City, call, createCity, createMember } from '../factories/index.js';
import { createTestContext, type TestContext } from '../helpers/context.js';
import { eventsOf, publishOrder, readOrder, rowsOf, setPolicy, slaOf } from './sla-fixtures.js';

/** The top of the ladder: expiry, and escalations whose officers do not answer. Test clock, direct checks. */
describe('escalations up the ladder', () => {
  let ctx: TestContext;
  let city: City;
  let sla: ReturnType<typeof slaOf>;
  beforeAll(async () => {
    ctx = await createTestContext({ SLA_RECONCILE_EVERY_MS: '3600000' });
    city = await createCity(ctx.database);
    sla = slaOf(ctx);
    await setPolicy(ctx, city, 'errand', 'urgent', {
      claimWithin: 'PT5S',
      completeWithin: 'PT30S',
      responseWithin: 'PT10S',
      maxLevel: 2,
    });
    // legal_aid/urgent tops out at the street.
    await setPolicy(ctx, city, 'legal_aid', 'urgent', {
      claimWithin: 'PT5S',
      completeWithin: 'PT30S',
      responseWithin: 'PT10S',
      maxLevel: 1,
    });
  });
  afterAll(async () => ctx.close());

  it('expires an unfilled order at the top of the ladder, giving back claims and withdrawing offers', async () => {
    const holder = await createMember(ctx.database, { communityId: city.communityA1.id });
    const invited = await createMember(ctx.database, { communityId: city.communityA1.id });
    const order = await publishOrder(ctx, city, {
      priority: 'urgent',
      headcount: 2,
      categoryCode: 'legal_aid',
    });
    await call(ctx, city.keys.staffA1, {
      method: 'POST',
      url: `/v1/orders/${order.id}/claims`,
      payload: { memberId: holder.id },
    });
    const offerId = newId();
    await ctx.database.pool.query(
      `insert into offers (id, order_id, member_id, wave, rank, score, score_parts, expires_at) values ($1, $2, $3, 1, 1, 0.5, '{}', $4)`,
      [offerId, order.id, invited.id, new Date(ctx.clock.now().getTime() + 3_600_000)],
    );
    expect((await rowsOf(ctx, 'select active_claims from members where id = $1', [holder.id]))[0]).toEqual({
      active_claims: 1,
    });

    ctx.clock.advance(5_000);
    expect(await sla.checkOrderDeadline(order.id, 'claim', new Date(order.sla.claimBy), 'timer')).toBe(
      'escalate',
    );
    const atStreet = await readOrder(ctx, city, order.id);
    ctx.clock.advance(5_000);
    expect(await sla.checkOrderDeadline(order.id, 'claim', new Date(atStreet.sla.claimBy), 'timer')).toBe(
      'expire',
    );

    const read = await readOrder(ctx, city, order.id);
    expect(read).toMatchObject({ status: 'expired', escalationLevel: 1 });
    expect(read.breaches.map((b) => [b.kind, b.levelAfter])).toEqual([
      ['claim', 1],
      ['claim', 1],
    ]);
    expect(await rowsOf(ctx, 'select status from claims where order_id = $1', [order.id])).toEqual([
      { status: 'cancelled' },
    ]);
    expect((await rowsOf(ctx, 'select active_claims from members where id = $1', [holder.id]))[0]).toEqual({
      active_claims: 0,
    });
    expect(await rowsOf(ctx, 'select status from offers where id = $1', [offerId])).toEqual([
      { status: 'withdrawn' },
    ]);
    expect(await rowsOf(ctx, 'select status from escalations where order_id = $1', [order.id])).toEqual([
      { status: 'closed' },
    ]);
    const [expired] = await eventsOf(ctx, order.id, 'order.expired');
    expect(expired!.data).toMatchObject({ status: 'expired' });
    // The closed escalation's response timer finds nothing to do.
    const [esc] = await rowsOf<{ id: string; respond_by: Date }>(
      ctx,
      'select id, respond_by from escalations where order_id = $1',
      [order.id],
    );
    ctx.clock.advance(60_000);
    expect(await sla.checkResponseDeadline(esc!.id, esc!.respond_by, 'timer')).toBe('met');
  });

  it('an unanswered escalation is breached and the order climbs once more; at the top the breach is recorded', async () => {
    const order = await publishOrder(ctx, city, { priority: 'urgent', categoryCode: 'errand' });
    const whistle = await call(ctx, city.keys.staffA1, {
      method: 'POST',
      url: `/v1/orders/${order.id}/whistle`,
      payload: { reason: 'Nobody answers the phone' },
    });
    expect(whistle.statusCode, whistle.body).toBe(201);
    const street = whistle.json().escalation;

    ctx.clock.advance(9_000);
    expect(await sla.checkResponseDeadline(street.id, new Date(street.respondBy), 'timer')).toBe('early');
    ctx.clock.advance(1_500);
    expect(await sla.checkResponseDeadline(street.id, new Date(street.respondBy), 'timer')).toBe('escalate');

    const escs = await rowsOf<{
      id: string;
      level: number;
      status: string;
      trigger: string;
      respond_by: Date;
    }>(
      ctx,
      'select id, level, status, trigger, respond_by from escalations where order_id = $1 order by level',
      [order.id],
    );
    expect(escs.map((e) => [e.level, e.status, e.trigger])).toEqual([
      [1, 'breached', 'manual'],
      [2, 'open', 'response_breach'],
    ]);
    expect(escs[1]).toMatchObject({ level: 2 });
    const read = await readOrder(ctx, city, order.id);
    expect(read.escalationLevel).toBe(2);
    expect(read.breaches.map((b) => [b.kind, b.lateMs, b.levelAfter])).toEqual([['response', 500, 2]]);
    const [breached] = await eventsOf(ctx, order.id, 'escalation.breached');
    expect(breached!.data).toMatchObject({ escalationId: street.id, level: 1 });

    ctx.clock.advance(10_000);
    expect(await sla.checkResponseDeadline(escs[1]!.id, escs[1]!.respond_by, 'timer')).toBe('record');
    expect((await readOrder(ctx, city, order.id)).escalationLevel).toBe(2);
    expect(await rowsOf(ctx, 'select status from escalations where id = $1', [escs[1]!.id])).toEqual([
      { status: 'breached' },
    ]);
    // A breach that changes nothing else is audited on its own.
    const [recorded] = await rowsOf<{ after: Record<string, unknown> }>(
      ctx,
      "select after from audit_events where entity_id = $1 and action = 'order.sla_breached'",
      [order.id],
    );
    expect(recorded!.after).toMatchObject({
      kind: 'response',
      escalationId: escs[1]!.id,
      levelAfter: 2,
      escalationStatus: 'breached',
    });
  });
});
