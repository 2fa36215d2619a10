import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { timerJobId } from '../../src/modules/sla/deadlines.js';
import { type City, call, countRows, createCity, createKey, createMember } from '../factories/index.js';
import { orderBody } from '../factories/orders.js';
import { createTestContext, type TestContext } from '../helpers/context.js';
import { publishOrder, readOrder, rowsOf, SLA_TABLES, setPolicy, slaOf, timersOf } from './sla-fixtures.js';

describe('SLA policies, extensions and the breach list', () => {
  let ctx: TestContext;
  let city: City;
  let sla: ReturnType<typeof slaOf>;
  beforeAll(async () => {
    ctx = await createTestContext({ SLA_RECONCILE_EVERY_MS: '3600000' });
    city = await createCity(ctx.database);
    sla = slaOf(ctx);
  });
  afterAll(async () => ctx.close());

  const put = (key: string, url: string, payload: object) => call(ctx, key, { method: 'PUT', url, payload });

  it('lists the seeded policies to staff, with ISO 8601 durations, and pages through them', async () => {
    const res = await call(ctx, city.keys.staffA1, {
      method: 'GET',
      url: '/v1/sla-policies?categoryCode=home_visit',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toContainEqual(
      expect.objectContaining({
        categoryCode: 'home_visit',
        priority: 'routine',
        claimWithin: 'P1D',
        completeWithin: 'P3D',
        responseWithin: 'PT2H',
        maxLevel: 2,
      }),
    );
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await call(ctx, city.keys.streetA, {
        method: 'GET',
        url: `/v1/sla-policies?limit=7${cursor ? `&cursor=${cursor}` : ''}`,
      });
      expect(page.statusCode).toBe(200);
      seen.push(
        ...page
          .json()
          .items.map((p: { categoryCode: string; priority: string }) => `${p.categoryCode}/${p.priority}`),
      );
      cursor = page.json().nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(30);
    expect(new Set(seen).size).toBe(30);
    expect((await call(ctx, city.keys.unitA, { method: 'GET', url: '/v1/sla-policies' })).statusCode).toBe(
      403,
    );
  });

  it('an admin sets a policy in seconds, hours or days; it is audited and new orders follow it', async () => {
    const res = await put(city.keys.admin, '/v1/sla-policies/micro_wish/urgent', {
      claimWithin: 'PT5S',
      completeWithin: 'P1D',
      responseWithin: 'PT2H',
      maxLevel: 1,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      categoryCode: 'micro_wish',
      priority: 'urgent',
      claimWithin: 'PT5S',
      completeWithin: 'P1D',
      responseWithin: 'PT2H',
      maxLevel: 1,
    });
    const [audit] = await rowsOf<{ action: string; after: { claimWithin: string } }>(
      ctx,
      "select action, after from audit_events where entity_type = 'sla_policy'",
    );
    expect(audit).toMatchObject({ action: 'sla_policy.updated', after: { claimWithin: 'PT5S' } });
    const order = await publishOrder(ctx, city, { categoryCode: 'micro_wish', priority: 'urgent' });
    expect(Date.parse(order.sla.claimBy) - ctx.clock.now().getTime()).toBe(5_000);
    expect(Date.parse(order.sla.completeBy) - ctx.clock.now().getTime()).toBe(86_400_000);
  });

  it('refuses bad policies with problem documents and changes nothing', async () => {
    const before = await countRows(ctx.database, SLA_TABLES);
    const current = (
      await call(ctx, city.keys.admin, { method: 'GET', url: '/v1/sla-policies?categoryCode=errand' })
    ).json();
    const ok = { claimWithin: 'PT5S', completeWithin: 'PT1H', responseWithin: 'PT10M', maxLevel: 2 };
    const cases: [string, string, object, number, string][] = [
      [
        city.keys.admin,
        '/v1/sla-policies/errand/urgent',
        { ...ok, claimWithin: 'PT' },
        400,
        'validation_failed',
      ],
      [
        city.keys.admin,
        '/v1/sla-policies/errand/urgent',
        { ...ok, claimWithin: '5 seconds' },
        400,
        'validation_failed',
      ],
      [
        city.keys.admin,
        '/v1/sla-policies/errand/urgent',
        { ...ok, completeWithin: 'P1M' },
        400,
        'validation_failed',
      ],
      [
        city.keys.admin,
        '/v1/sla-policies/errand/urgent',
        { ...ok, responseWithin: 'PT0.5S' },
        400,
        'validation_failed',
      ],
      [
        city.keys.admin,
        '/v1/sla-policies/errand/urgent',
        { ...ok, responseWithin: '-PT5S' },
        400,
        'validation_failed',
      ],
      [
        city.keys.admin,
        '/v1/sla-policies/errand/urgent',
        { ...ok, claimWithin: 'P2D' },
        400,
        'validation_failed',
      ],
      [city.keys.admin, '/v1/sla-policies/errand/urgent', { ...ok, maxLevel: 3 }, 400, 'validation_failed'],
      [
        city.keys.admin,
        '/v1/sla-policies/errand/urgent',
        { ...ok, escalateTo: 'mayor' },
        400,
        'validation_failed',
      ],
      [city.keys.admin, '/v1/sla-policies/errand/critical', ok, 400, 'validation_failed'],
      [city.keys.admin, '/v1/sla-policies/no_such_category/urgent', ok, 404, 'not_found'],
      [city.keys.streetA, '/v1/sla-policies/errand/urgent', ok, 403, 'forbidden'],
    ];
    for (const [key, url, payload, status, code] of cases) {
      const res = await put(key, url, payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(status);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().code).toBe(code);
    }
    expect(await countRows(ctx.database, SLA_TABLES)).toEqual(before);
    expect(
      (
        await call(ctx, city.keys.admin, { method: 'GET', url: '/v1/sla-policies?categoryCode=errand' })
      ).json(),
    ).toEqual(current);
  });

  it('an extension moves the deadline later and plans its timer; the old timer then does nothing and the new one fires', async () => {
    await setPolicy(ctx, city, 'errand', 'urgent', {
      claimWithin: 'PT5S',
      completeWithin: 'PT1H',
      responseWithin: 'PT10M',
      maxLevel: 2,
    });
    const order = await publishOrder(ctx, city, { categoryCode: 'errand', priority: 'urgent' });
    const oldClaimBy = new Date(order.sla.claimBy);
    const until = new Date(oldClaimBy.getTime() + 20_000);
    const res = await call(ctx, city.keys.staffA1, {
      method: 'POST',
      url: `/v1/orders/${order.id}/extend`,
      payload: { kind: 'claim', until: until.toISOString(), reason: 'Waiting for the school term to start' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ version: order.version + 1, sla: { claimBy: until.toISOString() } });
    expect(res.headers.etag).toBe(`"v${order.version + 1}"`);
    const [audit] = await rowsOf<{ after: Record<string, unknown> }>(
      ctx,
      "select after from audit_events where entity_id = $1 and action = 'order.deadline_extended'",
      [order.id],
    );
    expect(audit!.after).toMatchObject({
      kind: 'claim',
      previous: oldClaimBy.toISOString(),
      until: until.toISOString(),
      reason: 'Waiting for the school term to start',
    });
    expect((await timersOf(ctx, 'orderId', order.id)).map((t) => t.job_id)).toContain(
      timerJobId('claim', order.id, until),
    );

    ctx.clock.advance(6_000);
    expect(await sla.checkOrderDeadline(order.id, 'claim', oldClaimBy, 'timer')).toBe('moved');
    await sla.reconcile();
    expect((await readOrder(ctx, city, order.id)).breaches).toEqual([]);
    ctx.clock.advance(20_000);
    expect(await sla.checkOrderDeadline(order.id, 'claim', until, 'timer')).toBe('escalate');
    expect((await readOrder(ctx, city, order.id)).breaches.map((b) => b.deadline)).toEqual([
      until.toISOString(),
    ]);
  });

  it('refuses extensions to the past, to an earlier time, of a met deadline, or by others, and changes nothing', async () => {
    const order = await publishOrder(ctx, city, { categoryCode: 'errand', priority: 'urgent', headcount: 1 });
    const claimBy = Date.parse(order.sla.claimBy);
    const now = ctx.clock.now().getTime();
    const at = (ms: number) => new Date(ms).toISOString();
    const extend = (key: string, payload: object) =>
      call(ctx, key, { method: 'POST', url: `/v1/orders/${order.id}/extend`, payload });
    const before = await countRows(ctx.database, SLA_TABLES);
    const cases: [string, object, number, string][] = [
      [city.keys.staffA1, { kind: 'claim', until: at(now - 1_000), reason: 'x' }, 422, 'deadline_not_later'],
      [
        city.keys.staffA1,
        { kind: 'claim', until: at(claimBy - 1_000), reason: 'x' },
        422,
        'deadline_not_later',
      ],
      [
        city.keys.staffA1,
        { kind: 'complete', until: at(claimBy + 1_000), reason: 'x' },
        422,
        'deadline_not_later',
      ],
      [city.keys.staffA1, { kind: 'claim', until: 'tomorrow', reason: 'x' }, 400, 'validation_failed'],
      [
        city.keys.staffA1,
        { kind: 'response', until: at(claimBy + 60_000), reason: 'x' },
        400,
        'validation_failed',
      ],
      [city.keys.staffA1, { kind: 'claim', until: at(claimBy + 60_000) }, 400, 'validation_failed'],
      [city.keys.staffB1, { kind: 'claim', until: at(claimBy + 60_000), reason: 'x' }, 404, 'not_found'],
      [city.keys.unitA, { kind: 'claim', until: at(claimBy + 60_000), reason: 'x' }, 403, 'forbidden'],
    ];
    for (const [key, payload, status, code] of cases) {
      const res = await extend(key, payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(status);
      expect(res.json().code).toBe(code);
    }
    const member = await createMember(ctx.database, { communityId: city.communityA1.id });
    await call(ctx, city.keys.staffA1, {
      method: 'POST',
      url: `/v1/orders/${order.id}/claims`,
      payload: { memberId: member.id },
    });
    const filled = await countRows(ctx.database, SLA_TABLES);
    const met = await extend(city.keys.staffA1, { kind: 'claim', until: at(claimBy + 60_000), reason: 'x' });
    expect(met.statusCode).toBe(409);
    expect(met.json()).toMatchObject({ code: 'invalid_transition', currentStatus: 'filled' });
    expect(await countRows(ctx.database, SLA_TABLES)).toEqual(filled);
    expect(filled.claims).toBe((before.claims ?? 0) + 1);
    expect((await readOrder(ctx, city, order.id)).sla.claimBy).toBe(order.sla.claimBy);
  });

  it('lists breaches in scope with filters and a cursor', async () => {
    await setPolicy(ctx, city, 'errand', 'emergency', {
      claimWithin: 'PT5S',
      completeWithin: 'PT1M',
      responseWithin: 'PT10M',
      maxLevel: 2,
    });
    const a1 = await publishOrder(ctx, city, { categoryCode: 'errand', priority: 'emergency' });
    const b1 = (
      await call(ctx, city.keys.staffB1, {
        method: 'POST',
        url: '/v1/orders',
        payload: orderBody(city, {
          communityId: city.communityB1.id,
          categoryCode: 'errand',
          priority: 'emergency',
        }),
      })
    ).json();
    const from = ctx.clock.advance(61_000).toISOString();
    await sla.reconcile();
    const list = async (key: string, query: string) => {
      const res = await call(ctx, key, { method: 'GET', url: `/v1/sla/breaches?${query}` });
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as {
        items: { orderId: string; kind: string; levelAfter: number; detectedBy: string }[];
        nextCursor: string | null;
      };
    };
    const mine = await list(city.keys.admin, `from=${encodeURIComponent(from)}`);
    expect(
      mine.items
        .filter((b) => b.orderId === a1.id)
        .map((b) => b.kind)
        .sort(),
    ).toEqual(['claim', 'complete']);
    expect(mine.items.every((b) => b.detectedBy === 'reconciler')).toBe(true);
    expect(
      (await list(city.keys.admin, `kind=complete&from=${encodeURIComponent(from)}`)).items.every(
        (b) => b.kind === 'complete',
      ),
    ).toBe(true);
    expect((await list(city.keys.admin, 'level=2')).items.every((b) => b.levelAfter === 2)).toBe(true);
    const streetB = await list(city.keys.admin, `regionId=${city.streetB.id}`);
    expect(streetB.items.map((b) => b.orderId)).toEqual([b1.id, b1.id]);
    expect((await list(city.keys.staffB1, '')).items.every((b) => b.orderId === b1.id)).toBe(true);
    expect(
      (
        await list(city.keys.admin, `to=${encodeURIComponent(new Date(Date.parse(from) - 1).toISOString())}`)
      ).items.some((b) => b.orderId === a1.id),
    ).toBe(false);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await list(city.keys.streetA, `limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...page.items.map((b) => b.orderId));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen.length).toBe((await list(city.keys.streetA, 'limit=200')).items.length);
    expect(seen).not.toContain(b1.id);

    const outside = await call(ctx, city.keys.staffB1, {
      method: 'GET',
      url: `/v1/sla/breaches?regionId=${city.communityA1.id}`,
    });
    expect(outside.statusCode).toBe(404);
    const memberKey = await createKey(ctx.database, 'member', {
      memberId: (await createMember(ctx.database, { communityId: city.communityA1.id })).id,
    });
    expect((await call(ctx, memberKey, { method: 'GET', url: '/v1/sla/breaches' })).statusCode).toBe(403);
  });
});
