import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type City, call, countRows, createCity, createKey, createMember } from '../factories/index.js';
import { createTestContext, type TestContext } from '../helpers/context.js';
import { eventsOf, publishOrder, readOrder, rowsOf, SLA_TABLES, setPolicy } from './sla-fixtures.js';

interface EscalationView {
  id: string;
  orderId: string;
  level: number;
  regionId: string;
  status: string;
  trigger: string;
  respondBy: string;
}

describe('the whistle (吹哨) and the officers’ answer (报到)', () => {
  let ctx: TestContext;
  let city: City;
  beforeAll(async () => {
    ctx = await createTestContext({ SLA_RECONCILE_EVERY_MS: '3600000' });
    city = await createCity(ctx.database);
    await setPolicy(ctx, city, 'home_visit', 'routine', {
      claimWithin: 'PT1H',
      completeWithin: 'P1D',
      responseWithin: 'PT30M',
      maxLevel: 2,
    });
  });
  afterAll(async () => ctx.close());

  const whistle = (key: string, id: string, payload: object) =>
    call(ctx, key, { method: 'POST', url: `/v1/orders/${id}/whistle`, payload });
  const openFor = async (key: string) => {
    const res = await call(ctx, key, { method: 'GET', url: '/v1/escalations?status=open' });
    expect(res.statusCode, res.body).toBe(200);
    return (res.json().items as EscalationView[]).map((e) => e.id);
  };

  it('staff blow the whistle; the street officers see it, answer it and assign a unit, which may then take the order', async () => {
    const order = await publishOrder(ctx, city);
    const res = await whistle(city.keys.staffA1, order.id, { reason: 'The family asked twice; nobody came' });
    expect(res.statusCode, res.body).toBe(201);
    const { escalation, order: lifted } = res.json() as {
      escalation: EscalationView;
      order: { escalationLevel: number; sla: { claimBy: string } };
    };
    expect(escalation).toMatchObject({
      level: 1,
      regionId: city.streetA.id,
      trigger: 'manual',
      status: 'open',
    });
    expect(Date.parse(escalation.respondBy) - ctx.clock.now().getTime()).toBe(30 * 60_000);
    expect(lifted.escalationLevel).toBe(1);
    expect(Date.parse(lifted.sla.claimBy) - ctx.clock.now().getTime()).toBe(3_600_000);

    expect(await openFor(city.keys.streetA)).toContain(escalation.id);
    expect(await openFor(city.keys.districtOfficer)).toContain(escalation.id);
    expect(await openFor(city.keys.staffA1)).toContain(escalation.id);
    expect(await openFor(city.keys.streetB)).not.toContain(escalation.id);
    expect(await openFor(city.keys.staffB1)).not.toContain(escalation.id);
    expect((await call(ctx, city.keys.unitA, { method: 'GET', url: '/v1/escalations' })).statusCode).toBe(
      403,
    );

    // Unit B is paired only with a community of street B: out of reach until the officers assign it.
    const memberB = await createMember(ctx.database, { unitId: city.unitB.id });
    const keyB = await createKey(ctx.database, 'member', { memberId: memberB.id });
    const claim = () =>
      call(ctx, keyB, {
        method: 'POST',
        url: `/v1/orders/${order.id}/claims`,
        payload: { memberId: memberB.id },
      });
    expect((await claim()).statusCode).toBe(404);

    const respond = (key: string, payload: object) =>
      call(ctx, key, { method: 'POST', url: `/v1/escalations/${escalation.id}/respond`, payload });
    const before = await countRows(ctx.database, SLA_TABLES);
    expect((await respond(city.keys.streetB, { note: 'on it' })).statusCode).toBe(404);
    expect((await respond(city.keys.staffA1, { note: 'on it' })).statusCode).toBe(403);
    const unknownUnit = await respond(city.keys.streetA, {
      note: 'on it',
      assignUnitIds: ['0190a0b0-0000-7000-8000-000000000000'],
    });
    expect(unknownUnit.statusCode).toBe(422);
    expect(unknownUnit.json()).toMatchObject({ code: 'invalid_reference', field: 'assignUnitIds' });
    expect((await respond(city.keys.streetA, { note: '' })).statusCode).toBe(400);
    expect(await countRows(ctx.database, SLA_TABLES)).toEqual(before);

    const answered = await respond(city.keys.streetA, {
      note: 'School B sends two teachers on Saturday',
      assignUnitIds: [city.unitB.id],
    });
    expect(answered.statusCode, answered.body).toBe(200);
    expect(answered.json()).toMatchObject({
      status: 'responded',
      note: 'School B sends two teachers on Saturday',
      assignUnitIds: [city.unitB.id],
    });
    expect(await openFor(city.keys.streetA)).not.toContain(escalation.id);
    const [event] = await eventsOf(ctx, order.id, 'escalation.responded');
    expect(event!.unit_ids).toContain(city.unitB.id);
    expect(event!.data).toMatchObject({
      escalationId: escalation.id,
      level: 1,
      assignUnitIds: [city.unitB.id],
    });
    expect((await claim()).statusCode).toBe(201);

    const again = await respond(city.keys.streetA, { note: 'again' });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'invalid_transition', currentStatus: 'responded' });
    const actions = (
      await rowsOf<{ action: string }>(
        ctx,
        'select action from audit_events where entity_id = $1 order by seq',
        [order.id],
      )
    ).map((r) => r.action);
    expect(actions).toEqual(expect.arrayContaining(['order.escalated', 'escalation.responded']));
  });

  it('a whistle only goes up, to at most the district, and changes nothing when refused', async () => {
    const order = await publishOrder(ctx, city);
    const toDistrict = await whistle(city.keys.staffA1, order.id, {
      reason: 'A burst pipe floods three floors',
      level: 2,
    });
    expect(toDistrict.statusCode, toDistrict.body).toBe(201);
    const escalation = toDistrict.json().escalation as EscalationView;
    expect(escalation).toMatchObject({ level: 2, regionId: city.district.id });
    expect(await openFor(city.keys.districtOfficer)).toContain(escalation.id);
    expect(await openFor(city.keys.streetA)).not.toContain(escalation.id);

    const before = await countRows(ctx.database, SLA_TABLES);
    const lower = await whistle(city.keys.staffA1, order.id, { reason: 'again', level: 1 });
    expect(lower.statusCode).toBe(409);
    expect(lower.json()).toMatchObject({
      code: 'escalation_level_invalid',
      currentLevel: 2,
      requestedLevel: 1,
    });
    const beyond = await whistle(city.keys.staffA1, order.id, { reason: 'again' });
    expect(beyond.statusCode).toBe(409);
    expect(beyond.json().code).toBe('escalation_level_invalid');
    expect((await whistle(city.keys.staffA1, order.id, { reason: 'again', level: 3 })).statusCode).toBe(400);
    expect((await whistle(city.keys.staffA1, order.id, { level: 1 })).statusCode).toBe(400);
    expect((await whistle(city.keys.staffB1, order.id, { reason: 'not mine' })).statusCode).toBe(404);
    expect((await whistle(city.keys.unitA, order.id, { reason: 'not staff' })).statusCode).toBe(403);
    expect(await countRows(ctx.database, SLA_TABLES)).toEqual(before);
    expect((await readOrder(ctx, city, order.id)).escalationLevel).toBe(2);

    const cancelled = await publishOrder(ctx, city);
    await call(ctx, city.keys.staffA1, {
      method: 'POST',
      url: `/v1/orders/${cancelled.id}/cancel`,
      payload: { reason: 'Resident moved' },
    });
    const late = await whistle(city.keys.staffA1, cancelled.id, { reason: 'too late' });
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ code: 'invalid_transition', currentStatus: 'cancelled' });
  });

  it('a retried whistle with the same Idempotency-Key escalates once', async () => {
    const order = await publishOrder(ctx, city);
    const send = () =>
      call(ctx, city.keys.staffA1, {
        method: 'POST',
        url: `/v1/orders/${order.id}/whistle`,
        headers: { 'idempotency-key': `whistle-${order.id}` },
        payload: { reason: 'No answer' },
      });
    const first = await send();
    const second = await send();
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(201);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.json().escalation.id).toBe(first.json().escalation.id);
    expect(await rowsOf(ctx, 'select level from escalations where order_id = $1', [order.id])).toEqual([
      { level: 1 },
    ]);
  });

  it('lists escalations by level and order with a cursor', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await call(ctx, city.keys.admin, {
        method: 'GET',
        url: `/v1/escalations?limit=1${cursor ? `&cursor=${cursor}` : ''}`,
      });
      seen.push(...res.json().items.map((e: EscalationView) => e.id));
      cursor = res.json().nextCursor;
    } while (cursor);
    const all = (await rowsOf<{ id: string }>(ctx, 'select id from escalations order by id')).map(
      (r) => r.id,
    );
    expect(seen).toEqual(all);
    const level2 = await call(ctx, city.keys.admin, { method: 'GET', url: '/v1/escalations?level=2' });
    expect(level2.json().items.every((e: EscalationView) => e.level === 2)).toBe(true);
    const [one] = await rowsOf<{ id: string; order_id: string }>(
      ctx,
      'select id, order_id from escalations where level = 1 order by id limit 1',
    );
    const byOrder = await call(ctx, city.keys.admin, {
      method: 'GET',
      url: `/v1/escalations?orderId=${one!.order_id}`,
    });
    expect(byOrder.json().items.every((e: EscalationView) => e.orderId === one!.order_id)).toBe(true);
    const single = await call(ctx, city.keys.streetA, { method: 'GET', url: `/v1/escalations/${one!.id}` });
    expect(single.json()).toMatchObject({ id: one!.id, level: 1, regionId: city.streetA.id });
    expect(
      (await call(ctx, city.keys.streetB, { method: 'GET', url: `/v1/escalations/${one!.id}` })).statusCode,
    ).toBe(404);
  });
});
